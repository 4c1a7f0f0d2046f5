/**
 * MSW handlers shared by tests and stories: every state a feed URL can be in.
 * `/feeds/<name>.json` serves feeds[name]; the rest are the failures.
 */
import { delay, http, HttpResponse } from 'msw';
import { feeds, type FeedName } from './feeds.js';

export const feedUrl = (name: FeedName) => `/feeds/${name}.json`;

/**
 * A feed URL whose first request fails (the network) and whose later ones answer `feed`: for "Try again".
 * `requests` counts what reached it.
 */
export function failingOnce(url: string, feed: object) {
  const counted = { requests: 0 };
  const handler = http.get(url, () => (++counted.requests === 1 ? HttpResponse.error() : HttpResponse.json(feed)));
  return Object.assign(counted, { handler });
}

export const failingFeedUrls = {
  notFound: '/feeds/missing.json',
  serverError: '/feeds/server-error.json',
  notJson: '/feeds/not-json.json',
  badVersion: '/feeds/bad-version.json',
  networkError: '/feeds/network-error.json',
  slow: '/feeds/slow.json',
  never: '/feeds/never.json',
};

export const handlers = [
  http.get(failingFeedUrls.notFound, () => new HttpResponse('Not found', { status: 404 })),
  http.get(failingFeedUrls.serverError, () => new HttpResponse('Oops', { status: 500 })),
  http.get(failingFeedUrls.notJson, () => new HttpResponse('<!doctype html><title>Page moved</title>', { headers: { 'content-type': 'text/html' } })),
  http.get(failingFeedUrls.badVersion, () => HttpResponse.json({ version: 2, organization: { name: 'Future' } })),
  http.get(failingFeedUrls.networkError, () => HttpResponse.error()),
  http.get(failingFeedUrls.slow, async () => {
    await delay(1500);
    return HttpResponse.json(feeds.oneMessage);
  }),
  http.get(failingFeedUrls.never, () => delay('infinite')),
  http.get('/feeds/:name.json', ({ params }) => {
    const feed = feeds[params.name as FeedName];
    return feed ? HttpResponse.json(feed) : new HttpResponse('Not found', { status: 404 });
  }),
];
