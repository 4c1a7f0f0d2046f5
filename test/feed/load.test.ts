import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { FeedError } from '../../src/feed/errors.js';
import { explainError } from '../../src/feed/explain.js';
import { forgetFeed, loadFeed } from '../../src/feed/load.js';
import { feeds } from '../mocks/feeds.js';
import { failingFeedUrls } from '../mocks/handlers.js';
import { until } from '../helpers.js';
import { recordRequests, startWorker, worker } from '../mocks/browser.js';

async function loadError(src: string, timeoutMs?: number): Promise<FeedError> {
  try {
    await loadFeed(src, { timeoutMs });
  } catch (error) {
    // With its words for the webmaster, which load on demand as the widgets do before their care-feed-error.
    return explainError(error as FeedError);
  }
  throw new Error(`${src} loaded, but was expected to fail`);
}

describe('loadFeed', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => worker.resetHandlers());

  it('gives up after its time limit with a timeout error', async () => {
    const started = performance.now();
    const error = await loadError(failingFeedUrls.never, 200);
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('the server did not answer within 0.2 seconds');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('gives up after 10 seconds when no limit is given', async () => {
    // Ten real seconds would slow every run: a 10-second timer is run at once instead; any other delay is left alone.
    const realSetTimeout = window.setTimeout;
    const delays: number[] = [];
    window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
      delays.push(ms ?? 0);
      return realSetTimeout(handler, ms === 10_000 ? 0 : ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      const error = await loadError(`${failingFeedUrls.never}?default-limit`);
      expect(error.code).to.equal('timeout');
      expect(error.message).to.contain('did not answer within 10 seconds');
      expect(delays).to.include(10_000);
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  // Over a real connection (the test server's download middleware), a feed of 32 KB in ten parts.
  it('lets a download that keeps arriving run past the limit, which is on waiting', async () => {
    // Nine gaps of 200 ms: 1.8 seconds in all, each gap well within the 1-second limit.
    const loaded = await loadFeed('/trickle/200/demo/sample-feed.json', { timeoutMs: 1000 });
    expect(loaded.checked.feed.organization.timezone).to.equal('America/Chicago');
  });

  it('gives up on a download that stops part-way, and says so', async () => {
    // A limit a busy machine's server answers well within (0.3 s was crossed before the headers came, in WebKit).
    const error = await loadError('/stall/demo/sample-feed.json', 2000);
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('stopped arriving part-way: nothing more came for 2 seconds');
  });

  it('says a download broke off, not that the address or the server\'s permission is wrong', async () => {
    const error = await loadError('/broken-off/demo/sample-feed.json');
    expect(error.code).to.equal('network');
    expect(error.message).to.match(/^The download of the feed at \S+ broke off part-way \(.+\)\. The address is right/);
    expect(error.message).not.to.contain('Check the address');
  });

  it('sends no cookies or credentials', async () => {
    let credentials: RequestCredentials | undefined;
    worker.use(http.get('/feeds/credentials.json', ({ request }) => {
      credentials = request.credentials;
      return HttpResponse.json(feeds.oneMessage);
    }));
    await loadFeed('/feeds/credentials.json');
    expect(credentials).to.equal('omit');
  });

  it('resolves a relative src against the page and shares one request', async () => {
    const requests = recordRequests();
    const [a, b] = await Promise.all([loadFeed('/feeds/rotating.json?load-test'), loadFeed(`${location.origin}/feeds/rotating.json?load-test`)]);
    requests.stop();
    expect(a).to.equal(b);
    expect(a.url).to.equal(`${location.origin}/feeds/rotating.json?load-test`);
    expect(requests.list).to.deep.equal(['GET /feeds/rotating.json']);
  });

  it('asks again after a failure, so "try again" can work', async () => {
    let calls = 0;
    worker.use(http.get('/feeds/retry.json', () => (++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(feeds.oneMessage))));
    expect((await loadError('/feeds/retry.json')).code).to.equal('http-503');
    const loaded = await loadFeed('/feeds/retry.json');
    expect(loaded.checked.raw.messages as unknown[]).to.have.length(1);
    expect(calls).to.equal(2);
  });

  it('keeps the last good copy and serves it, marked, when the network fails', async () => {
    worker.use(http.get('/feeds/kept.json', () => HttpResponse.json(feeds.rotating), { once: true }));
    await loadFeed('/feeds/kept.json');
    // The copy is saved just after the feed arrives.
    await until(() => Object.keys(localStorage).some((key) => key.endsWith('/feeds/kept.json')), 3000, 'the copy saved');
    forgetFeed('/feeds/kept.json');
    worker.use(http.get('/feeds/kept.json', () => HttpResponse.error()));
    const loaded = await loadFeed('/feeds/kept.json');
    expect(loaded.checked.raw.messages as unknown[]).to.have.length(3);
    expect(loaded.saved?.error.code).to.equal('network');
    expect(Date.parse(loaded.saved!.at)).to.be.closeTo(Date.now(), 60_000);
  });

  it('fails with a clear error when there is no saved copy', async () => {
    const error = await loadError(failingFeedUrls.notJson);
    expect(error.code).to.equal('not-json');
    expect(error.message).to.contain('not valid JSON');
  });
});
