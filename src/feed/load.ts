/**
 * Fetching feeds: one request per feed URL per page, a time limit, and the
 * last good copy kept in this browser for when the network fails. Feeds are
 * checked with checkFeed, so their problems come without messages; the
 * widgets fill those in (explainProblems) only when there are some.
 */
import { checkEncoding } from './encoding.js';
import { FeedError } from './errors.js';
import { readSavedCopy, saveCopy } from './saved-copies.js';
import type { ParsedFeed } from './types.js';
import { checkFeed } from './validate.js';

export const FEED_TIMEOUT_MS = 10_000;

export interface LoadedFeed extends ParsedFeed {
  /** The absolute URL the feed came from. */
  url: string;
  /** Set when the network failed and this is the copy saved on an earlier visit. */
  saved?: { at: string; error: FeedError };
}

/**
 * In-flight and finished loads by URL. Kept on the global object so two copies
 * of the bundle on one page (a module and a classic script) still share it.
 */
const loads: Map<string, Promise<LoadedFeed>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-loads')] ??= new Map()) as Map<string, Promise<LoadedFeed>>;

/** Loads, checks and caches the feed at `src` (relative to the page). */
export function loadFeed(src: string, options: { timeoutMs?: number } = {}): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchFeed(url, options.timeoutMs ?? FEED_TIMEOUT_MS).catch((error: FeedError) => {
      const saved = readSavedCopy(url);
      if (!saved) throw error;
      return { ...checkFeed(saved.text), url, saved: { at: saved.at, error } };
    });
    loads.set(url, load);
    // A failed load is forgotten so that "Try again" makes a new request.
    load.then((result) => result.saved && loads.delete(url), () => loads.delete(url));
  }
  return load;
}

/** Forgets a load so the next loadFeed asks the network again. */
export function forgetFeed(src: string): void {
  loads.delete(new URL(src, document.baseURI).href);
}

async function fetchFeed(url: string, timeoutMs: number): Promise<LoadedFeed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    // No cookies or credentials: the feed is public, and visitors are not tracked.
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) throw new FeedError(`http-${response.status}`, `The feed at ${url} answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    text = await response.text();
    checkEncoding(text);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (controller.signal.aborted) throw new FeedError('timeout', `The feed at ${url} did not arrive within ${timeoutMs / 1000} seconds.`);
    throw new FeedError('network', `The feed at ${url} could not be fetched (${(error as Error).message}). Check the address, and that the server allows this site (CORS).`);
  } finally {
    clearTimeout(timer);
  }
  const parsed = checkFeed(text);
  saveCopy(url, text);
  return { ...parsed, url };
}
