/**
 * A widget moved in the page (a framework reordering a list, a site moving the banner into its
 * header) is taken out and put back: it keeps what it shows and what the person did with it, with
 * no "Loading…" in between and no second care-feed-load. Moved into another <care-feed>, it reads
 * that one's feed.
 */
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/volunteer-signup/define.js';
import '../../src/feed-element/define.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { recordRequests, startWorker, worker } from '../mocks/browser.js';
import { button, until, visibleText, wait } from '../helpers.js';
import { control, fill } from '../volunteer-signup/fill.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; now?: Date; feed?: unknown };

const widgets: [tag: string, feed: object, now?: Date][] = [
  ['care-awareness-banner', feeds.rotating],
  ['care-session-finder', finderFeed, FINDER_NOW],
  ['care-referral-lookup', referralFeeds.lookup, LOOKUP_NOW],
  ['care-volunteer-signup', volunteerFeeds.full, LOOKUP_NOW],
];
const urlOf = (tag: string) => `/moving/${tag}.json`;

/** Two places in the page to move a widget between. */
const twoPlaces = () => {
  const page = fixtureSync<HTMLElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
  return [page.querySelector<HTMLElement>('#a')!, page.querySelector<HTMLElement>('#b')!];
};

/** A widget of `tag` in `place`, once it shows its feed. */
async function loaded(tag: string, place: HTMLElement, setUp: (el: Widget) => void): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.now = widgets.find(([t]) => t === tag)![2];
  setUp(el);
  const load = oneEvent(el, 'care-feed-load');
  place.append(el);
  await load;
  await el.updateComplete;
  return el;
}

/** What the page hears and the person sees while `move` runs and the widget settles: loads, and whether it said "Loading…". */
async function duringMove(el: Widget, move: () => void): Promise<{ loads: number; loading: boolean }> {
  let loads = 0;
  let loading = false;
  const onLoad = () => loads++;
  el.addEventListener('care-feed-load', onLoad);
  const watch = new MutationObserver(() => (loading ||= /Loading/.test(visibleText(el))));
  watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  move();
  await el.updateComplete;
  await wait(200);
  watch.disconnect();
  el.removeEventListener('care-feed-load', onLoad);
  return { loads, loading };
}

describe('a widget moved in the page', () => {
  before(async () => {
    await startWorker();
    worker.use(...widgets.map(([tag, feed]) => http.get(urlOf(tag), () => HttpResponse.json(feed))));
  });
  after(() => worker.resetHandlers());
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const [tag, feed] of widgets) {
    it(`<${tag}> from src keeps what it shows: no "Loading…", no second load, no second request`, async () => {
      const [a, b] = twoPlaces();
      const el = await loaded(tag, a, (w) => w.setAttribute('src', urlOf(tag)));
      const shown = visibleText(el);
      const requests = recordRequests();
      const heard = await duringMove(el, () => b.append(el));
      requests.stop();
      expect(heard).to.deep.equal({ loads: 0, loading: false });
      expect(requests.list.filter((url) => url.includes('/moving/'))).to.deep.equal([]);
      expect(visibleText(el)).to.equal(shown);
    });

    it(`<${tag}> with a feed property or an inline feed keeps it, with no second load`, async () => {
      const [a, b] = twoPlaces();
      const byProperty = await loaded(tag, a, (w) => (w.feed = feed));
      expect(await duringMove(byProperty, () => b.append(byProperty))).to.deep.equal({ loads: 0, loading: false });
      const inline = await loaded(tag, a, (w) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(feed);
        w.append(script);
      });
      expect(await duringMove(inline, () => b.append(inline))).to.deep.equal({ loads: 0, loading: false });
    });
  }

  it('banner: a person who paused on a message finds it still there, paused', async () => {
    const [a, b] = twoPlaces();
    const el = await loaded('care-awareness-banner', a, (w) => w.setAttribute('src', urlOf('care-awareness-banner')));
    button(el, 'Next message')!.click();
    await el.updateComplete;
    button(el, 'Pause messages')!.click();
    await el.updateComplete;
    expect(visibleText(el)).to.include('Message 2 of 3');
    b.prepend(el);
    await el.updateComplete;
    await wait(100);
    expect(visibleText(el)).to.include('Message 2 of 3');
    expect(button(el, 'Play messages'), 'still paused').to.not.equal(undefined);
  });

  it('signup: what a person typed stays, and nothing announces "Loading…"', async () => {
    const [a, b] = twoPlaces();
    const el = (await loaded('care-volunteer-signup', a, (w) => w.setAttribute('src', urlOf('care-volunteer-signup')))) as CareVolunteerSignup & Widget;
    await fill(el, 'Your name', 'Ada Lovelace');
    expect(await duringMove(el, () => b.append(el))).to.deep.equal({ loads: 0, loading: false });
    expect(control(el, 'Your name').value).to.equal('Ada Lovelace');
  });

  it('keeps loading a feed still on its way when moved, and shows it once', async () => {
    const url = '/moving/slow.json';
    worker.use(http.get(url, async () => {
      await wait(300);
      return HttpResponse.json(feeds.rotating);
    }));
    const [a, b] = twoPlaces();
    const el = document.createElement('care-awareness-banner') as Widget;
    el.setAttribute('src', url);
    let loads = 0;
    el.addEventListener('care-feed-load', () => loads++);
    a.append(el);
    await el.updateComplete;
    b.append(el);
    await until(() => visibleText(el).includes('Listening helps'), 3000, 'the feed');
    await wait(100);
    expect(loads).to.equal(1);
  });

  it('reads the feed of another <care-feed> it is moved into', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <care-feed id="a" src=${urlOf('care-awareness-banner')}></care-feed>
      <care-feed id="b" src="/feeds/urgent.json"></care-feed>
    </div>`);
    const el = document.createElement('care-awareness-banner') as Widget;
    const first = oneEvent(el, 'care-feed-load');
    page.querySelector('#a')!.append(el);
    await first;
    const second = oneEvent(el, 'care-feed-load');
    page.querySelector('#b')!.append(el);
    await second;
    await until(() => visibleText(el).includes('helpline is open'), 3000, 'the other feed');
  });
});
