/**
 * Fetching feeds: one request per feed URL per page, a time limit on waiting (for the server to answer,
 * then for each part of the download), and the last good copy kept in this browser for when the network fails. A feed's
 * core is checked on arrival; each widget then checks the sections it shows
 * (readSections). Problems come without messages; the widgets fill those in
 * (explainProblems) only when there are some.
 */
import { readFeedText } from './encoding.js';
import { FeedError } from './errors.js';
import { feedRequests, requestFeed } from './request.js';
import { report } from './read.js';
import { readCore, type CheckedFeed } from './validate.js';
import { onDemand } from '../internal/on-demand.js';

export const FEED_TIMEOUT_MS = 10_000;

/**
 * The saved copies, loaded when first needed: after a feed arrives (to save it) or when the
 * network fails (to read it). Kept out of the code every visitor loads first; once saved,
 * the module is in the browser's cache for the day the network fails.
 */
const savedCopies = () => onDemand(() => import('./saved-copies.js'), import.meta.url);

export interface LoadedFeed {
  checked: CheckedFeed;
  /** The absolute URL the feed came from. */
  url: string;
  /** Set when the network failed and this is the copy saved on an earlier visit. */
  saved?: { at: string; error: FeedError };
}

/** A load, with how many widgets wait on it (`signal` given) and whether it has settled. */
type Load = Promise<LoadedFeed> & { waiting?: number; settled?: true };

/**
 * In-flight and finished loads by URL. Kept on the global object so two copies
 * of the bundle on one page (a module and a classic script) still share it.
 */
const loads: Map<string, Load> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-loads')] ??= new Map()) as Map<string, Load>;

/** Where "Try again" on one widget tells the others of the same feed URL (event `retry`, detail: the URL). */
export const feedRetries: EventTarget = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-retries')] ??= new EventTarget()) as EventTarget;

/**
 * Loads, checks and caches the feed at `src` (relative to the page). A caller that gives a `signal` aborts it
 * when it no longer wants the feed (its source changed): once no such caller waits, the download stops, and
 * nothing is saved.
 */
export function loadFeed(src: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<LoadedFeed> {
  const url = new URL(src, document.baseURI).href;
  let load = loads.get(url);
  if (!load) {
    const started: Load = fetchFeed(url, options.timeoutMs ?? FEED_TIMEOUT_MS).catch(async (error: FeedError) => {
      const saved = await savedCopies().then((copies) => copies.readSavedCopy(url), () => undefined);
      if (!saved) throw error;
      // Read against the address it came from, as the fresh feed was (a copy saved without it, against the one asked for).
      return { checked: readCore(saved.text, saved.from ?? url), url, saved: { at: saved.at, error } };
    });
    loads.set(url, (load = started));
    // A failed load is forgotten so that "Try again" makes a new request (unless a newer one has taken its place).
    const drop = () => loads.get(url) === started && forget(url);
    load.then((result) => (started.settled = true) && result.saved && drop(), drop);
  }
  const wanted = load;
  if (options.signal) {
    wanted.waiting = (wanted.waiting ?? 0) + 1;
    options.signal.addEventListener('abort', () => {
      if (!--wanted.waiting! && !wanted.settled && loads.get(url) === wanted) {
        feedRequests.get(url)?.controller.abort();
        forget(url);
      }
    });
  }
  return load;
}

/**
 * Forgets a load that arrived so the next loadFeed asks the network again. A request still on its way is kept
 * (a failed one is forgotten already): "Try again" pressed while back online's request is on its way waits for
 * that one, as the promise is one request per feed URL at a time.
 */
export function forgetFeed(src: string): void {
  const url = new URL(src, document.baseURI).href;
  if (loads.get(url)?.settled) forget(url);
}

function forget(url: string): void {
  loads.delete(url);
  feedRequests.delete(url);
}

async function fetchFeed(url: string, timeoutMs: number): Promise<LoadedFeed> {
  const request = requestFeed(url);
  const { response: answer, controller } = request;
  request.taken = true;
  // The limit is on waiting, for the answer and then for each part of the download: a large feed on a slow
  // connection that keeps arriving is not cut off, one that stops is.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
  };
  let text: string;
  let notUtf8: true | undefined;
  // Where the feed came from: after a redirect (a parish site's /care-feed.json sent on to the program's), its relative links are the program's.
  let base = '';
  wait();
  try {
    const response = await answer;
    if (!response.ok) throw new FeedError(`http-${response.status}`, 'http', url, `${response.status} ${response.statusText}`.trim());
    base = response.url || url;
    wait();
    [text, notUtf8] = await readFeedText(response.body, wait);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    // With where it answered from, once the server has: then the address and its permission (CORS) were right, and
    // the download itself stopped or broke off (problem-messages.ts).
    if (controller.signal.aborted) throw new FeedError('timeout', 'timeout', url, String(timeoutMs / 1000), base);
    throw new FeedError('network', 'network', url, (error as Error).message, base);
  } finally {
    clearTimeout(timer);
  }
  const checked = readCore(text, base);
  // A problem of the file, with the core's: readCore has just left them in run.problems.
  if (notUtf8) report('', 'not-utf-8');
  void savedCopies().then((copies) => copies.saveCopy(url, text, undefined, base), () => undefined);
  return { checked, url };
}
