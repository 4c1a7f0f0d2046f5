/**
 * Back online: a widget that could not load its feed, or shows the copy saved on an earlier visit,
 * asks for the feed again when the browser says it is online, with one request per URL for the
 * page, and shows the fresh feed in place of what it showed: no "Loading…" in between, focus left
 * where it is, one care-feed-load.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import { forgetFeed } from '../../src/feed/load.js';
import { feeds } from '../mocks/feeds.js';
import { failingOnce } from '../mocks/handlers.js';
import { FINDER_NOW } from '../mocks/session-feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until, visibleText, wait } from '../helpers.js';

/** What the widget shows at each change from now on, as a person (or a screen reader) would meet it. */
function shownTexts(widget: Element): string[] {
  const texts: string[] = [];
  new MutationObserver(() => texts.push(visibleText(widget))).observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return texts;
}

const loads = (widget: HTMLElement) => {
  const seen: CustomEvent[] = [];
  widget.addEventListener('care-feed-load', (event) => seen.push(event));
  return seen;
};

const backOnline = () => window.dispatchEvent(new Event('online'));

let count = 0;
const fresh = (name: string) => `/feeds/back-online-${name}-${++count}.json`;

describe('back online', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => worker.resetHandlers());

  it('loads a feed that failed, in place of the failure, without "Loading…" or a move of focus', async () => {
    const url = fresh('failed');
    const flaky = failingOnce(url, feeds.finder);
    worker.use(flaky.handler);
    const page = fixtureSync<HTMLElement>(html`<div><input aria-label="Search this site">
      <care-session-finder src=${url} .now=${FINDER_NOW}></care-session-finder></div>`);
    const [search, finder] = [page.querySelector('input')!, page.querySelector('care-session-finder')!];
    await until(() => visibleText(finder).includes('Try again'), 4000, 'the failure');
    search.focus();
    const shown = shownTexts(finder);
    const loaded = loads(finder);
    backOnline();
    await until(() => loaded.length > 0, 4000, 'the feed');
    await wait(100);
    expect(flaky.requests).to.equal(2);
    expect(visibleText(finder)).not.to.contain('Try again');
    expect(shown.some((text) => text.includes('Loading')), 'no "Loading…" in between').to.equal(false);
    expect(loaded).to.have.length(1);
    expect(document.activeElement).to.equal(search);
  });

  it('shows the fresh feed in place of the saved copy', async () => {
    const url = fresh('saved');
    worker.use(http.get(url, () => HttpResponse.json(feeds.oneMessage), { once: true }));
    const first = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
    await until(() => Object.keys(localStorage).some((key) => key.endsWith(url)), 4000, 'the copy saved');
    first.remove();
    // As on a later visit, offline.
    forgetFeed(url);
    let requests = 0;
    worker.use(http.get(url, () => (++requests === 1 ? HttpResponse.error() : HttpResponse.json(feeds.urgent))));
    const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
    await until(() => visibleText(el).includes('Saved copy'), 4000, 'the saved copy');
    const loaded = loads(el);
    backOnline();
    await until(() => loaded.length > 0, 4000, 'the fresh feed');
    expect(requests).to.equal(2);
    expect(loaded[0].detail.savedAt).to.equal(undefined);
    await until(() => visibleText(el).includes('helpline is open'), 2000, 'the fresh message');
    expect(visibleText(el)).not.to.contain('Saved copy');
  });

  it('asks once for every widget of the same feed, and not for a feed that loaded', async () => {
    const url = fresh('shared');
    const flaky = failingOnce(url, feeds.finder);
    let fine = 0;
    const fineUrl = fresh('fine');
    worker.use(flaky.handler, http.get(fineUrl, () => (fine++, HttpResponse.json(feeds.oneMessage))));
    const page = fixtureSync<HTMLElement>(html`<div>
      <care-awareness-banner src=${url}></care-awareness-banner>
      <care-session-finder src=${url} .now=${FINDER_NOW}></care-session-finder>
      <care-awareness-banner src=${fineUrl}></care-awareness-banner>
    </div>`);
    const [banner, finder, loadedBanner] = [...page.querySelectorAll<HTMLElement>('care-awareness-banner, care-session-finder')];
    await until(() => visibleText(banner).includes('Try again') && visibleText(finder).includes('Try again'), 4000, 'the failures');
    await until(() => visibleText(loadedBanner).includes('Listening'), 4000, 'the feed that loaded');
    const [bannerLoads, finderLoads] = [loads(banner), loads(finder)];
    backOnline();
    await until(() => bannerLoads.length > 0 && finderLoads.length > 0, 4000, 'both widgets loaded');
    await wait(100);
    expect(flaky.requests, 'one new request serves both').to.equal(2);
    expect(fine, 'a feed that loaded is not asked for again').to.equal(1);
  });

  it('leaves a feed given inline alone', async () => {
    const errors: Event[] = [];
    const page = fixtureSync<HTMLElement>(html`<div @care-feed-error=${(event: Event) => errors.push(event)}>
      <care-awareness-banner><script type="application/json">{"version": 1,</script></care-awareness-banner></div>`);
    await until(() => errors.length > 0, 4000, 'the failure');
    backOnline();
    await wait(300);
    expect(errors).to.have.length(1);
    expect(visibleText(page.firstElementChild!)).to.contain('can’t be shown');
  });
});
