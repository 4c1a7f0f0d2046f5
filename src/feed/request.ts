/**
 * The one request per feed URL per page. The script-tag loader starts it as
 * soon as it sees a widget's `src`, before any widget code has arrived;
 * loadFeed then takes that request over instead of asking again. Both find
 * the requests on the global object, as they are separate files (and a page
 * may carry both the module and the classic loader).
 */
export interface FeedRequest {
  response: Promise<Response>;
  controller: AbortController;
  /** The widgets the loader started it for, whose code has not taken it over yet. */
  for?: Set<Element>;
  /** Set once a widget's code has taken it over (loadFeed). */
  taken?: true;
}

export const feedRequests: Map<string, FeedRequest> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-requests')] ??= new Map()) as Map<string, FeedRequest>;

/** The request for an absolute feed URL: the one under way, else a new one. */
export function requestFeed(url: string): FeedRequest {
  let request = feedRequests.get(url);
  if (!request) {
    const controller = new AbortController();
    // No cookies or credentials: the feed is public, and visitors are not tracked. Nothing of the page's address, never
    // its path and query (a page such as /help/leaving-an-abusive-partner?…), whatever the page's own policy: one may
    // ask for less than the site's address, and the feed needs none.
    request = { controller, response: fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } }) };
    // Whoever takes the request over handles its failure; until then it must not be reported as unhandled.
    request.response.catch(() => {});
    feedRequests.set(url, request);
  }
  return request;
}

/**
 * A widget's code has arrived and asked for its feed: the request the loader started for it is stopped when no one
 * took it over and no other widget waits for it, as the page changed the widget's `src` (or gave it a feed) meanwhile.
 */
export function codeArrived(widget: Element): void {
  for (const [url, request] of feedRequests) {
    if (request.for?.delete(widget) && !request.for.size && !request.taken) {
      request.controller.abort();
      feedRequests.delete(url);
    }
  }
}

/**
 * The absolute URL of the feed a `src` names, if it names one: not blank (`src="  "` is no
 * `src`, not the page itself), and http(s) (a `javascript:` or `data:` address is never fetched).
 * Without its #fragment, which never reaches the server: `feed.json#banner` is the request of `feed.json`.
 */
export function feedAddress(src: string | null | undefined): string | undefined {
  try {
    const url = src?.trim() && new URL(src, document.baseURI);
    if (url) url.hash = '';
    return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
