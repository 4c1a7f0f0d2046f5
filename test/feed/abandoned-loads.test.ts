/**
 * A feed download that no widget wants any more (its src changed while the feed was on its way) is
 * stopped, and no copy of it is kept; one that another widget still waits on goes on. Over a real
 * connection (the test server's download middleware): the sample feed in ten parts, 150 ms apart.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import '../../src/feed-element/define.js';
import type { Feed } from '../../src/feed/types.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until, visibleText, wait } from '../helpers.js';

const SLOW = '/trickle/150/demo/sample-feed.json';
/** Long enough for the slow download to have ended: nine gaps of 150 ms, with room to spare. */
const SLOW_DOWNLOAD_MS = 2500;

/** The signal of each feed request the page makes, by the path and query asked for. */
function watchRequests(): { signals: Map<string, AbortSignal>; stop: () => void } {
  const signals = new Map<string, AbortSignal>();
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(String(input), location.href);
    if (init?.signal) signals.set(url.pathname + url.search, init.signal);
    return realFetch(input, init);
  };
  return { signals, stop: () => (window.fetch = realFetch) };
}

/** The feeds a widget shows from now on, as its care-feed-load events give them. */
function loaded(widget: HTMLElement): Feed[] {
  const feeds: Feed[] = [];
  widget.addEventListener('care-feed-load', (event) => feeds.push(event.detail.feed));
  return feeds;
}

const savedUrls = () => Object.keys(localStorage).filter((key) => key.startsWith('care-widgets:feed:'));

describe('a feed download no widget wants any more', () => {
  let requests: ReturnType<typeof watchRequests>;
  before(startWorker);
  beforeEach(() => {
    localStorage.clear();
    requests = watchRequests();
  });
  afterEach(() => {
    requests.stop();
    worker.resetHandlers();
  });

  it('is stopped when a widget changes its src while the old feed is arriving, and leaves no copy', async () => {
    const old = `${SLOW}?changed`;
    const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${old}></care-awareness-banner>`);
    await until(() => requests.signals.has(old), 3000, 'the first request');
    el.setAttribute('src', '/feeds/oneMessage.json');
    await until(() => visibleText(el).includes('Listening'), 4000, 'the new feed');
    expect(requests.signals.get(old)!.aborted, 'the old request stopped').to.equal(true);
    await wait(SLOW_DOWNLOAD_MS);
    expect(savedUrls().some((key) => key.endsWith(old)), 'no copy of the old feed').to.equal(false);
    expect(visibleText(el)).to.contain('Listening');
  });

  it('goes on while another widget still waits on it, which shows it', async () => {
    const shared = `${SLOW}?shared`;
    const page = fixtureSync<HTMLElement>(html`<div>
      <care-awareness-banner src=${shared}></care-awareness-banner>
      <care-awareness-banner src=${shared}></care-awareness-banner>
    </div>`);
    const [moving, staying] = page.querySelectorAll('care-awareness-banner');
    const arrived = loaded(staying);
    await until(() => requests.signals.has(shared), 3000, 'the shared request');
    moving.setAttribute('src', '/feeds/oneMessage.json');
    await until(() => arrived.length > 0, SLOW_DOWNLOAD_MS + 2000, 'the slow feed');
    expect(arrived[0].organization.timezone).to.equal('America/Chicago');
    expect(requests.signals.get(shared)!.aborted).to.equal(false);
    expect(visibleText(moving)).to.contain('Listening');
    // Still one request per URL, and the copy kept.
    expect([...requests.signals.keys()].filter((key) => key === shared)).to.have.length(1);
    await until(() => savedUrls().some((key) => key.endsWith(shared)), 3000, 'the copy saved');
  });

  it('is asked for afresh when a widget changes back to it', async () => {
    const back = `${SLOW}?back`;
    const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${back}></care-awareness-banner>`);
    await until(() => requests.signals.has(back), 3000, 'the first request');
    const first = requests.signals.get(back)!;
    el.setAttribute('src', '/feeds/oneMessage.json');
    await until(() => first.aborted, 3000, 'the first request stopped');
    const arrived = loaded(el);
    el.setAttribute('src', back);
    await until(() => arrived.some((feed) => feed.organization.timezone === 'America/Chicago'), SLOW_DOWNLOAD_MS + 2000, 'the slow feed, asked again');
    expect(requests.signals.get(back)).not.to.equal(first);
  });

  it('is stopped when a <care-feed> changes its src, though it started the request itself', async () => {
    const old = `${SLOW}?provider`;
    const provider = fixtureSync<HTMLElement>(html`<care-feed src=${old}><care-awareness-banner></care-awareness-banner></care-feed>`);
    const banner = provider.querySelector('care-awareness-banner')!;
    await until(() => requests.signals.has(old), 3000, 'the first request');
    provider.setAttribute('src', '/feeds/oneMessage.json');
    await until(() => visibleText(banner).includes('Listening'), 4000, 'the new feed');
    expect(requests.signals.get(old)!.aborted).to.equal(true);
  });
});
