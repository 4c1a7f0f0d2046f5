import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/internal/events.js';
import type { CareFeed } from '../../src/feed-element/feed-element.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds, type FeedName } from '../mocks/feeds.js';
import { feedUrl } from '../mocks/handlers.js';
import { recordRequests, startWorker, worker } from '../mocks/browser.js';
import { until, visibleText, wait } from '../helpers.js';

// A page keeps one load per feed URL, so each test asks for URLs no earlier test loaded.
let urlCount = 0;
const freshUrl = (name: FeedName) => `${feedUrl(name)}?case=${++urlCount}`;

const ROTATING = 'Listening helps more than advice.';
const WIDGET_TAGS = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'] as const;
const URGENT = 'Our helpline is open through the holidays';

/** The next feed a widget loads, told apart by its messages' ids. */
async function nextLoad(el: Element): Promise<string[]> {
  const event = (await oneEvent(el, 'care-feed-load')) as CustomEvent<FeedLoadDetail>;
  return event.detail.feed.messages.map((m) => m.id);
}
const ids = (name: 'rotating' | 'urgent' | 'oneMessage') => feeds[name].messages.map((m) => m.id);

/** The feed requests made while `act` ran and its loads arrived, as "GET /feeds/<name>.json". */
async function feedRequestsDuring(act: () => Promise<unknown>): Promise<string[]> {
  const requests = recordRequests();
  try {
    await act();
  } finally {
    requests.stop();
  }
  return requests.list.filter((r) => r.startsWith('GET /feeds/'));
}

const banner = (root: ParentNode, selector = 'care-awareness-banner') => root.querySelector<CareAwarenessBanner>(selector)!;
const showing = async (el: Element, text: string) => until(() => visibleText(el).includes(text), 3000, `“${text}”`);

describe('<care-feed>', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => worker.resetHandlers());

  it('gives every widget inside it its feed, through one request', async () => {
    const src = freshUrl('rotating');
    const requests = await feedRequestsDuring(async () => {
      // fixtureSync: fixture() would wait for an animation frame, which a background tab never gets.
      const provider = fixtureSync<CareFeed>(html`<care-feed src=${src}>
        <care-awareness-banner id="first"></care-awareness-banner>
        <section><div><care-awareness-banner id="deep"></care-awareness-banner></div></section>
        <care-session-finder></care-session-finder>
        <div id="host"></div>
      </care-feed>`);
      // A widget inside another component's shadow root finds the provider too.
      const shadowed = document.createElement('care-awareness-banner');
      provider.querySelector('#host')!.attachShadow({ mode: 'open' }).append(shadowed);
      const widgets = [...provider.querySelectorAll('care-awareness-banner, care-session-finder'), shadowed];
      expect(await Promise.all(widgets.map(nextLoad))).to.deep.equal(widgets.map(() => ids('rotating')));
      for (const el of [banner(provider, '#first'), banner(provider, '#deep'), shadowed]) await showing(el, ROTATING);
    });
    expect(requests).to.deep.equal(['GET /feeds/rotating.json']);
  });

  it('leaves a widget with its own src, or its own inline feed, to that', async () => {
    const shared = freshUrl('rotating');
    const own = freshUrl('urgent');
    const requests = await feedRequestsDuring(async () => {
      const provider = fixtureSync(html`<care-feed src=${shared}>
        <care-awareness-banner id="shared"></care-awareness-banner>
        <care-awareness-banner id="own" src=${own}></care-awareness-banner>
        <care-awareness-banner id="inline"><script type="application/json">${JSON.stringify(feeds.oneMessage)}</script></care-awareness-banner>
      </care-feed>`);
      const [sharedIds, ownIds, inlineIds] = await Promise.all(['#shared', '#own', '#inline'].map((id) => nextLoad(banner(provider, id))));
      expect(sharedIds).to.deep.equal(ids('rotating'));
      expect(ownIds).to.deep.equal(ids('urgent'));
      expect(inlineIds).to.deep.equal(ids('oneMessage'));
      await showing(banner(provider, '#own'), URGENT);
      expect(visibleText(banner(provider, '#shared'))).to.not.include(URGENT);
    });
    expect(requests.sort()).to.deep.equal(['GET /feeds/rotating.json', 'GET /feeds/urgent.json']);
  });

  it('moves every widget inside to its new feed when its src changes, with one request', async () => {
    const provider = fixtureSync<CareFeed>(html`<care-feed src=${freshUrl('rotating')}>
      <care-awareness-banner id="first"></care-awareness-banner>
      <div><care-awareness-banner id="deep"></care-awareness-banner></div>
      <care-awareness-banner id="own" src=${freshUrl('oneMessage')}></care-awareness-banner>
    </care-feed>`);
    const [first, deep, own] = ['#first', '#deep', '#own'].map((id) => banner(provider, id));
    await Promise.all([first, deep, own].map(nextLoad));

    const requests = await feedRequestsDuring(async () => {
      const next = [first, deep].map(nextLoad);
      provider.setAttribute('src', freshUrl('urgent'));
      expect(await Promise.all(next)).to.deep.equal([ids('urgent'), ids('urgent')]);
      await showing(first, URGENT);
      await showing(deep, URGENT);
    });
    expect(requests).to.deep.equal(['GET /feeds/urgent.json']);
    await own.updateComplete;
    expect(visibleText(own)).to.include(ROTATING).and.not.include(URGENT);
  });

  it('is found by a widget put inside it later, which then follows its changes', async () => {
    const provider = fixtureSync<CareFeed>(html`<care-feed src=${freshUrl('rotating')}><div><care-awareness-banner></care-awareness-banner></div></care-feed>`);
    await nextLoad(banner(provider));
    const late = document.createElement('care-awareness-banner');
    const requests = await feedRequestsDuring(async () => {
      const loaded = nextLoad(late);
      provider.querySelector('div')!.append(late);
      expect(await loaded).to.deep.equal(ids('rotating'));
    });
    expect(requests, 'the feed already loaded is reused').to.deep.equal([]);
    const next = nextLoad(late);
    provider.src = freshUrl('urgent');
    expect(await next).to.deep.equal(ids('urgent'));
  });

  it('gives a widget in nested providers the nearest one’s feed', async () => {
    const outer = fixtureSync<CareFeed>(html`<care-feed src=${freshUrl('rotating')}>
      <care-awareness-banner id="outer-widget"></care-awareness-banner>
      <care-feed src=${freshUrl('urgent')}>
        <div><care-awareness-banner id="inner-widget"></care-awareness-banner></div>
      </care-feed>
    </care-feed>`);
    const inner = outer.querySelector<CareFeed>('care-feed')!;
    const [outerWidget, innerWidget] = [banner(outer, '#outer-widget'), banner(outer, '#inner-widget')];
    expect(await Promise.all([outerWidget, innerWidget].map(nextLoad))).to.deep.equal([ids('rotating'), ids('urgent')]);

    // Changing the outer provider moves only the widgets it is nearest to.
    const innerLoads: string[][] = [];
    innerWidget.addEventListener('care-feed-load', (e) => innerLoads.push((e as CustomEvent<FeedLoadDetail>).detail.feed.messages.map((m) => m.id)));
    const outerNext = nextLoad(outerWidget);
    outer.src = freshUrl('oneMessage');
    expect(await outerNext).to.deep.equal(ids('oneMessage'));
    await innerWidget.updateComplete;
    expect(innerLoads).to.deep.equal([]);
    expect(visibleText(innerWidget)).to.include(URGENT);

    const innerNext = nextLoad(innerWidget);
    inner.src = freshUrl('rotating');
    expect(await innerNext).to.deep.equal(ids('rotating'));
  });

  it('lets a widget moved to another provider follow that one only', async () => {
    const wrapper = fixtureSync(html`<div>
      <care-feed id="a" src=${freshUrl('rotating')}><care-awareness-banner></care-awareness-banner></care-feed>
      <care-feed id="b" src=${freshUrl('urgent')}></care-feed>
    </div>`);
    const [a, b] = [wrapper.querySelector<CareFeed>('#a')!, wrapper.querySelector<CareFeed>('#b')!];
    const widget = banner(a);
    expect(await nextLoad(widget)).to.deep.equal(ids('rotating'));

    const moved = nextLoad(widget);
    b.append(widget);
    expect(await moved).to.deep.equal(ids('urgent'));

    // The first provider no longer speaks to it.
    const loads: unknown[] = [];
    widget.addEventListener('care-feed-load', (e) => loads.push(e));
    a.src = freshUrl('oneMessage');
    await a.updateComplete;
    await widget.updateComplete;
    expect(loads).to.deep.equal([]);
    await showing(widget, URGENT);
  });

  for (const tag of WIDGET_TAGS) {
    it(`leaves a <${tag}> moved out of it with no feed: the calm message and care-feed-error, not a second load`, async () => {
      const wrapper = fixtureSync(html`<div><care-feed src=${freshUrl('rotating')}></care-feed><div id="plain"></div></div>`);
      const widget = document.createElement(tag);
      const loaded = oneEvent(widget, 'care-feed-load');
      wrapper.querySelector('care-feed')!.append(widget);
      await loaded;

      const heard: string[] = [];
      widget.addEventListener('care-feed-load', () => heard.push('load'));
      widget.addEventListener('care-feed-error', (e) => heard.push((e as CustomEvent<FeedErrorDetail>).detail.code));
      wrapper.querySelector('#plain')!.append(widget);
      await showing(widget, 'No information has been connected to this widget yet.');
      await wait(100);
      expect(heard).to.deep.equal(['no-feed']);
      await expect(widget).to.be.accessible();
    });
  }

  it('passes on the feed of the <care-feed> around it while it has no src', async () => {
    const outer = fixtureSync<CareFeed>(html`<care-feed src=${freshUrl('rotating')}>
      <care-feed><div><care-awareness-banner></care-awareness-banner></div></care-feed>
    </care-feed>`);
    const inner = outer.querySelector<CareFeed>('care-feed')!;
    const widget = banner(outer);
    expect(await nextLoad(widget)).to.deep.equal(ids('rotating'));
    await showing(widget, ROTATING);

    // The outer one changes: the widget follows, through the inner one.
    let next = nextLoad(widget);
    outer.src = freshUrl('oneMessage');
    expect(await next).to.deep.equal(ids('oneMessage'));

    // The inner one gets a src of its own: the widget takes it, and no longer hears the outer one.
    next = nextLoad(widget);
    inner.setAttribute('src', freshUrl('urgent'));
    expect(await next).to.deep.equal(ids('urgent'));
    await showing(widget, URGENT);
    const loads: unknown[] = [];
    widget.addEventListener('care-feed-load', (e) => loads.push(e));
    outer.src = freshUrl('rotating');
    await outer.updateComplete;
    await widget.updateComplete;
    await wait(100);
    expect(loads).to.deep.equal([]);

    // Its src removed, the inner one passes the outer feed on again.
    next = nextLoad(widget);
    inner.removeAttribute('src');
    expect(await next).to.deep.equal(ids('rotating'));
    await expect(widget).to.be.accessible();
  });

  it('tells the widgets inside that there is no feed until it has a src', async () => {
    const provider = fixtureSync<CareFeed>(html`<care-feed><care-awareness-banner></care-awareness-banner></care-feed>`);
    const widget = banner(provider);
    const error = (await oneEvent(widget, 'care-feed-error')) as CustomEvent<FeedErrorDetail>;
    expect(error.detail.code).to.equal('no-feed');
    expect(error.detail.message).to.include('<care-feed src=');

    const loaded = nextLoad(widget);
    provider.setAttribute('src', freshUrl('rotating'));
    expect(await loaded).to.deep.equal(ids('rotating'));
    await showing(widget, ROTATING);
  });
});
