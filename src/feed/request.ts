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
}

export const feedRequests: Map<string, FeedRequest> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.feed-requests')] ??= new Map()) as Map<string, FeedRequest>;

/** The request for an absolute feed URL: the one under way, else a new one. */
export function requestFeed(url: string): FeedRequest {
  let request = feedRequests.get(url);
  if (!request) {
    const controller = new AbortController();
    // No cookies or credentials: the feed is public, and visitors are not tracked. The site's address only, never
    // the page's path and query (a page such as /help/leaving-an-abusive-partner?…), whatever the page's own policy.
    request = { controller, response: fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'strict-origin', headers: { accept: 'application/json' } }) };
    // Whoever takes the request over handles its failure; until then it must not be reported as unhandled.
    request.response.catch(() => {});
    feedRequests.set(url, request);
  }
  return request;
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
