/**
 * What every widget shares about its feed, through the public surface: "Try again" on one widget
 * brings back every widget of the same feed URL, and an inline feed that arrives after the widget
 * upgraded (a script in the page's head, a widget built by a page's script) is read.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/volunteer-signup/define.js';
import '../../src/feed-element/define.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { failingOnce, feedUrl } from '../mocks/handlers.js';
import { feeds } from '../mocks/feeds.js';
import { recordRequests, startWorker, worker } from '../mocks/browser.js';
import { button, until, visibleText } from '../helpers.js';

describe('feed sources shared by every widget', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());

  it('brings back every widget of a feed URL when "Try again" is pressed on one of them', async () => {
    const url = '/feeds/try-again-shared.json';
    const flaky = failingOnce(url, feeds.finder);
    worker.use(flaky.handler);
    // fixtureSync: a fixture of a plain element waits for a frame, which a test page in a background tab does not get.
    const page = fixtureSync<HTMLElement>(html`<div>
      <care-awareness-banner src=${url}></care-awareness-banner>
      <care-session-finder src=${url}></care-session-finder>
    </div>`);
    const [banner, finder] = [page.querySelector('care-awareness-banner')!, page.querySelector('care-session-finder')!];
    await until(() => visibleText(banner).includes('Try again') && visibleText(finder).includes('Try again'), 4000, 'both widgets showing the failure');
    expect(flaky.requests).to.equal(1);

    const loaded = new Set<Element>();
    for (const widget of [banner, finder]) widget.addEventListener('care-feed-load', () => loaded.add(widget));
    button(banner, 'Try again')!.click();
    await until(() => loaded.size === 2, 4000, 'both widgets loaded again');
    await (finder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(flaky.requests, 'one new request serves both').to.equal(2);
    expect(visibleText(finder)).to.contain('Tuesday peer circle');
    expect(visibleText(banner)).not.to.contain('Try again');
  });

  it('makes one request for a feed URL written with and without a #fragment, by widgets and by <care-feed>', async () => {
    const requests = recordRequests();
    const url = `${feedUrl('rotating')}?fragments=1`;
    const page = fixtureSync<HTMLElement>(html`<div>
      <care-awareness-banner src=${url}></care-awareness-banner>
      <care-awareness-banner src=${`${url}#banner`}></care-awareness-banner>
      <care-feed src=${`${url}#top`}><care-awareness-banner></care-awareness-banner></care-feed>
    </div>`);
    const banners = [...page.querySelectorAll('care-awareness-banner')];
    await until(() => banners.every((b) => visibleText(b).includes('Listening')), 4000, 'the three banners');
    requests.stop();
    expect(requests.list.filter((r) => r.includes('/feeds/rotating.json'))).to.have.length(1);
  });

  for (const tag of ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup']) {
    it(`<${tag}> takes feed = null as no feed property: its inline feed, its src, its <care-feed>`, async () => {
      const page = document.createElement('div');
      const loaded = new Set<EventTarget>();
      const errors: string[] = [];
      page.addEventListener('care-feed-load', (e) => loaded.add(e.target!));
      page.addEventListener('care-feed-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
      document.body.append(page);
      fixtureSync(staticHtml`<div>
        <${unsafeStatic(tag)} id="inline" .feed=${null}><script type="application/json">${JSON.stringify(feeds.finder)}</script></${unsafeStatic(tag)}>
        <${unsafeStatic(tag)} id="src" .feed=${null} src=${feedUrl('finder')}></${unsafeStatic(tag)}>
        <care-feed src=${feedUrl('finder')}><${unsafeStatic(tag)} id="provided" .feed=${null}></${unsafeStatic(tag)}></care-feed>
      </div>`, { parentNode: page });
      const widgets = [...page.querySelectorAll<HTMLElement & { feed: unknown; updateComplete: Promise<unknown> }>(tag)];
      await until(() => loaded.size === 3, 3000, 'every widget loaded');
      // A framework's state: a feed, then "not loaded yet" again.
      widgets[1].feed = feeds.oneMessage;
      await widgets[1].updateComplete;
      loaded.clear();
      widgets[1].feed = null;
      await until(() => loaded.has(widgets[1]), 3000, 'the src read again');
      expect(errors).to.deep.equal([]);
      for (const el of widgets) {
        expect(visibleText(el)).not.to.contain('can’t be shown');
        await expect(el).to.be.accessible();
      }
    });
  }

  it('reads an inline feed that arrives after the widget upgraded, instead of saying there is none', async () => {
    const banner = document.createElement('care-awareness-banner');
    document.body.append(banner);
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feeds.oneMessage);
    banner.append(script);
    await until(() => visibleText(banner).includes('Listening helps more than advice.'), 3000, 'the inline feed');
    banner.remove();
  });
});
