/**
 * The on-page check: a page opened with #care-check shows, above each widget, what it left out of
 * the feed and why, with the fix; visitors (no #care-check) never see it nor download its code.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// The npm package's main entry: every widget, and the check's trigger.
import '../../src/index.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { deepActiveElement, shadowQueryAll, until, visibleText, wait } from '../helpers.js';

/** The finder's feed with a session whose time is written "7pm", and one at a place that is not in the feed. */
const brokenFinderFeed = {
  ...finderFeed,
  sessions: [
    ...finderFeed.sessions,
    { id: 'evening', title: 'Evening circle', place: finderFeed.places[0].id, schedule: { start_date: '2026-11-01', time: '7pm', repeat: 'weekly' } },
    { id: 'typo', title: 'Typo circle', place: 'st-markz', schedule: { start_date: '2026-11-01', time: '19:00', repeat: 'weekly' } },
  ],
};

const checkBox = (widget: Element) => widget.shadowRoot?.querySelector('care-check-list') ?? null;
const checkText = (widget: Element) => (checkBox(widget)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summaryOf = (widget: Element) => checkBox(widget)?.shadowRoot?.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** As a person changes the address: `hashchange` fires. */
const setHash = (hash: string) => {
  location.hash = hash;
};
const requestedCheckCode = () => performance.getEntriesByType('resource').some((e) => e.name.includes('problem-list'));

async function finder(feed: unknown = brokenFinderFeed, attributes = '') {
  const el = await fixture<HTMLElement>(html`<care-session-finder .now=${FINDER_NOW} .feed=${feed} days-ahead=${attributes || '56'}></care-session-finder>`);
  await until(() => shadowQueryAll(el, '[part="summary"]').length > 0, 3000, 'the finder');
  return el;
}

describe('the on-page check (#care-check)', () => {
  afterEach(() => setHash(''));

  it('is not there for visitors, whose browser never downloads its code', async () => {
    const el = await finder();
    await wait(300);
    expect(checkBox(el)).to.equal(null);
    expect(visibleText(el)).not.to.contain('Feed check');
    expect(requestedCheckCode()).to.equal(false);
  });

  it('lists what the finder left out and why, with each fix, and the attributes it could not use', async () => {
    setHash('#care-check');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(JSON.stringify(args));
    let el: HTMLElement;
    try {
      el = await finder(brokenFinderFeed, 'soon');
      await until(() => checkText(el).includes('write it as HH:MM'), 5000, 'the problem messages');
    } finally {
      console.warn = warn;
    }
    expect(requestedCheckCode()).to.equal(true);
    expect(summaryOf(el)).to.equal('Feed check for <care-session-finder>: 2 problems in the feed, 2 entries left out. 1 attribute not used.');
    const items = shadowQueryAll(checkBox(el)!, 'li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // Each entry named by its id too, as its writer finds it: "sessions[4]" is the fifth session.
    expect(items[0]).to.match(/^Left out: sessions\[\d+\]\.schedule\.time \("evening"\): "7pm" is not a time; write it as HH:MM/);
    expect(items[1]).to.match(/^Left out: sessions\[\d+\]\.place \("typo"\): .*st-markz/);
    // The console, where a webmaster looks first, names them alike.
    expect(warnings.join(' ')).to.match(/sessions\[\d+\]\.place \(\\"typo\\"\): /);
    expect(items[2]).to.equal('<care-session-finder> days-ahead="soon" needs a whole number from 1 to 366; 56 is used.');
    // The good sessions still show below it.
    expect(shadowQueryAll(el, '[part="summary"]')[0].textContent).to.contain('6 sessions');
    await expect(el).to.be.accessible();
  });

  it('says so when there is nothing to fix, and what visitors see when the feed cannot be used', async () => {
    setHash('#care-check');
    const good = await finder(finderFeed);
    await until(() => summaryOf(good) !== '', 5000, 'the check');
    expect(summaryOf(good)).to.equal('Feed check for <care-session-finder>: no problems. Everything in the feed that this widget shows is shown.');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const broken = await fixture<HTMLElement>(html`<care-awareness-banner .feed=${{ version: 2, organization: { name: 'Future' } }}></care-awareness-banner>`);
      await until(() => summaryOf(broken) !== '', 5000, 'the check');
      expect(checkText(broken)).to.contain('visitors see a short apology instead of this widget, because:').and.contain('version');
      await expect(broken).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('says why visitors see the copy of the feed their browser saved, with the fix', async () => {
    // A copy saved on an earlier visit (README: where a widget gets its feed), of a feed gone from the server since.
    const url = `${location.origin}/test/mocks/feeds/gone-since.json`;
    localStorage.setItem(`care-widgets:feed:${url}`, JSON.stringify({ at: '2026-03-01T12:00:00.000Z', text: JSON.stringify(feeds.oneMessage) }));
    setHash('#care-check');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
      await until(() => checkText(el).includes('answered'), 5000, 'the reason');
      expect(summaryOf(el)).to.equal(`Feed check for <care-awareness-banner>: the live feed failed, so visitors see the copy their browser saved on ${new Date('2026-03-01T12:00:00.000Z').toLocaleDateString()}. The reason:`);
      expect(checkText(el)).to.match(new RegExp(`The reason: The feed at ${url} answered 404\\b`));
      expect(visibleText(el)).to.contain('Saved copy from');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
      localStorage.clear();
    }
  });

  it('shows the banner’s problems, entries left out first', async () => {
    setHash('#care-check');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<HTMLElement>(html`<care-awareness-banner .feed=${feeds.partlyBroken}></care-awareness-banner>`);
      await until(() => checkText(el).includes('YYYY-MM-DD'), 5000, 'the problem messages');
      const tags = shadowQueryAll(checkBox(el)!, '.tag').map((t) => t.textContent);
      expect(tags[0]).to.equal('Left out:');
      expect(tags.at(-1)).to.equal('Shown, with a fix:');
      expect(checkText(el)).to.contain('messages[3].starts');
      expect(visibleText(el)).to.contain('A message with a hostile link.');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('finds widgets inside other elements’ shadow roots, and widgets added after it loaded', async () => {
    setHash('#care-check');
    const first = await finder(finderFeed);
    await until(() => summaryOf(first) !== '', 5000, 'the check of the first widget');
    // fixtureSync: a fixture of a plain element waits for a frame, which a test page in a background tab does not get.
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const inner = document.createElement('care-awareness-banner');
    Object.assign(inner, { feed: feeds.oneMessage });
    host.attachShadow({ mode: 'open' }).append(inner);
    await until(() => summaryOf(inner) !== '', 5000, 'the check of a widget in a shadow root');
    expect(summaryOf(inner)).to.equal('Feed check for <care-awareness-banner>: no problems. Everything in the feed that this widget shows is shown.');
  });

  it('can be folded and unfolded from the keyboard', async () => {
    setHash('#care-check');
    const wrapper = fixtureSync<HTMLElement>(html`<div><button>before</button><care-session-finder .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder></div>`);
    const el = wrapper.querySelector('care-session-finder')!;
    await until(() => summaryOf(el) !== '', 5000, 'the check');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const summary = deepActiveElement();
    expect(summary?.localName).to.equal('summary');
    expect(summary!.textContent).to.contain('Feed check');
    const details = summary!.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => !details.open, 1000, 'the check to fold');
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, 1000, 'the check to unfold');
  });

  it('comes when #care-check is added to the address, and goes when it is taken away', async () => {
    const el = await finder(finderFeed);
    expect(checkBox(el)).to.equal(null);
    location.hash = 'care-check';
    await until(() => summaryOf(el) !== '', 5000, 'the check');
    location.hash = '';
    await until(() => checkBox(el) === null, 2000, 'the check to go');
    // A widget moved elsewhere on the page after that does not bring it back.
    el.parentElement!.append(el);
    await wait(100);
    expect(checkBox(el)).to.equal(null);
  });
});
