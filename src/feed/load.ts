/**
 * Fetching feeds: one request per feed URL per page, a time limit, and the
 * last good copy kept in this browser for when the network fails. A feed's
 * core is checked on arrival; each widget then checks the sections it shows
 * (readSections). Problems come without messages; the widgets fill those in
 * (explainProblems) only when there are some.
 */
import { FeedError } from './errors.js';
import { feedRequests, requestFeed } from './request.js';
import { readCore, type CheckedFeed } from './validate.js';

export const FEED_TIMEOUT_MS = 10_000;

export interface LoadedFeed {
  checked: CheckedFeed;
  /** The absolute URL the feed came from. */
  url: string;
  /** Set when the network failed and this is the copy saved on an earlier visit. */
  saved?: { at: string; error: FeedError };
}

const STORAGE_PREFIX = 'care-widgets:feed:';
/** Larger feeds are not saved, so a big feed cannot fill a shared computer's storage. */
const MAX_SAVED_CHARS = 500_000;

/**
 * In-flight and finished loads by URL. Kept on the global object so two copies
 * of the bundle on one page (a module and a classic script) still share it.
 */
const loads: Map<string, Promise<LoadedFeed>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-loads')] ??= new Map()) as Map<string, Promise<LoadedFeed>>;

/** Where "Try again" on one widget tells the others of the same feed URL (event `retry`, detail: the URL). */
export const feedRetries: EventTarget = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-retries')] ??= new EventTarget()) as EventTarget;

/** Loads, checks and caches the feed at `src` (relative to the page). */
export function loadFeed(src: string, options: { timeoutMs?: number } = {}): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchFeed(url, options.timeoutMs ?? FEED_TIMEOUT_MS).catch((error: FeedError) => {
      const saved = readSavedCopy(url);
      if (!saved) throw error;
      return { checked: readCore(saved.text), url, saved: { at: saved.at, error } };
    });
    loads.set(url, load);
    // A failed load is forgotten so that "Try again" makes a new request.
    load.then((result) => result.saved && forget(url), () => forget(url));
  }
  return load;
}

/** Forgets a load so the next loadFeed asks the network again. */
export function forgetFeed(src: string): void {
  forget(new URL(src, document.baseURI).href);
}

function forget(url: string): void {
  loads.delete(url);
  feedRequests.delete(url);
}

async function fetchFeed(url: string, timeoutMs: number): Promise<LoadedFeed> {
  const { response: answer, controller } = requestFeed(url);
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await answer;
    if (!response.ok) throw new FeedError(`http-${response.status}`, `The feed at ${url} answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
    text = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (controller.signal.aborted) throw new FeedError('timeout', `The feed at ${url} did not arrive within ${timeoutMs / 1000} seconds.`);
    throw new FeedError('network', `The feed at ${url} could not be fetched (${(error as Error).message}). Check the address, and that the server allows this site (CORS).`);
  } finally {
    clearTimeout(timer);
  }
  const checked = readCore(text);
  saveCopy(url, text);
  return { checked, url };
}

function saveCopy(url: string, text: string): void {
  if (text.length > MAX_SAVED_CHARS) return;
  try {
    localStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ at: new Date().toISOString(), text }));
  } catch {
    // Storage full, disabled or private: the copy is a convenience, not a need.
  }
}

function readSavedCopy(url: string): { at: string; text: string } | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_PREFIX + url) ?? 'null') as { at?: unknown; text?: unknown } | null;
    return saved && typeof saved.at === 'string' && typeof saved.text === 'string' ? { at: saved.at, text: saved.text } : undefined;
  } catch {
    return undefined;
  }
}
