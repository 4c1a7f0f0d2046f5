/**
 * "Try again" and back online at once: a widget whose feed failed asks for it again quietly when the
 * browser says it is online; "Try again" pressed while that request is on its way waits for the same
 * request rather than making a second one (one request per feed URL at a time for the page), and
 * the other way round.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { feeds } from '../mocks/feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { button, until, visibleText, wait } from '../helpers.js';

let count = 0;

/** A feed that fails once, then answers after `ms`; counts its requests. */
function failingThenSlow(ms: number) {
  const url = `/feeds/online-try-again-${++count}.json`;
  const seen = { url, requests: 0 };
  worker.use(http.get(url, async () => {
    if (++seen.requests === 1) return HttpResponse.error();
    await delay(ms);
    return HttpResponse.json(feeds.oneMessage);
  }));
  return seen;
}

const loads = (widget: HTMLElement) => {
  const seen: Event[] = [];
  widget.addEventListener('care-feed-load', (event) => seen.push(event));
  return seen;
};

describe('"Try again" while the request of back online is on its way', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => worker.resetHandlers());

  it('waits for that request: one request for the feed, one care-feed-load', async () => {
    const feed = failingThenSlow(600);
    const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${feed.url}></care-awareness-banner>`);
    await until(() => !!button(el, 'Try again'), 15000, 'the failure');
    const loaded = loads(el);
    window.dispatchEvent(new Event('online'));
    await until(() => feed.requests === 2, 15000, 'the request of back online');
    button(el, 'Try again')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => loaded.length > 0, 15000, 'the feed');
    await wait(300);
    expect(feed.requests, 'the failed one and one more').to.equal(2);
    expect(loaded).to.have.length(1);
    expect(visibleText(el)).to.contain('Listening');
    expect(visibleText(el)).not.to.contain('Try again');
    await expect(el).to.be.accessible();
  });

  it('and back online while the request of "Try again" is on its way asks nothing more', async () => {
    const feed = failingThenSlow(600);
    const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${feed.url}></care-awareness-banner>`);
    await until(() => !!button(el, 'Try again'), 15000, 'the failure');
    const loaded = loads(el);
    button(el, 'Try again')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => feed.requests === 2, 15000, 'the request of "Try again"');
    window.dispatchEvent(new Event('online'));
    await until(() => loaded.length > 0, 15000, 'the feed');
    await wait(300);
    expect(feed.requests, 'the failed one and one more').to.equal(2);
    expect(loaded).to.have.length(1);
  });
});
