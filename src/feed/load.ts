/**
 * Fetching feeds: one request per feed URL per page, a time limit, and the
 * last good copy kept in this browser for when the network fails. A feed's
 * core is checked on arrival; each widget then checks the sections it shows
 * (readSections). Problems come without messages; the widgets fill those in
 * (explainProblems) only when there are some.
 */
import { decodeFeed } from './encoding.js';
import { FeedError } from './errors.js';
import { feedRequests, requestFeed } from './request.js';
import { report } from './read.js';
import { readCore, type CheckedFeed } from './validate.js';

export const FEED_TIMEOUT_MS = 10_000;

/**
 * The saved copies, loaded when first needed: after a feed arrives (to save it) or when the
 * network fails (to read it). Kept out of the code every visitor loads first; once saved,
 * the module is in the browser's cache for the day the network fails.
 */
const savedCopies = () => import('./saved-copies.js');

export interface LoadedFeed {
  checked: CheckedFeed;
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

/** Where "Try again" on one widget tells the others of the same feed URL (event `retry`, detail: the URL). */
export const feedRetries: EventTarget = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-retries')] ??= new EventTarget()) as EventTarget;

/** Loads, checks and caches the feed at `src` (relative to the page). */
export function loadFeed(src: string, options: { timeoutMs?: number } = {}): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchFeed(url, options.timeoutMs ?? FEED_TIMEOUT_MS).catch(async (error: FeedError) => {
      const saved = await savedCopies().then((copies) => copies.readSavedCopy(url), () => undefined);
      if (!saved) throw error;
      return { checked: readCore(saved.text, url), url, saved: { at: saved.at, error } };
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
  let notUtf8: true | undefined;
  // Where the feed came from: after a redirect (a parish site's /care-feed.json sent on to the program's), its relative links are the program's.
  let base = url;
  try {
    const response = await answer;
    base = response.url || url;
    if (!response.ok) throw new FeedError(`http-${response.status}`, 'http', url, `${response.status} ${response.statusText}`.trim());
    [text, notUtf8] = decodeFeed(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (controller.signal.aborted) throw new FeedError('timeout', 'timeout', url, String(timeoutMs / 1000));
    throw new FeedError('network', 'network', url, (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
  const checked = readCore(text, base);
  // A problem of the file, with the core's: readCore has just left them in run.problems.
  if (notUtf8) report('', 'not-utf-8');
  void savedCopies().then((copies) => copies.saveCopy(url, text), () => undefined);
  return { checked, url };
}
