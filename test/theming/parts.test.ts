/**
 * A page restyles the widgets' pieces through their parts (custom-elements.json lists them), and what
 * looks alike is named alike in every widget, so that one rule of the page reaches all of it: every
 * control drawn as a button takes `::part(button)` (or the part its widget documents for it: the
 * banner's controls, the lookup's contacts and quick exit), every "Try again" `::part(retry)`, the
 * loading message `::part(loading)` as the empty and error boxes beside it take theirs, the headings
 * over the finder's and the lookup's lists a part, and the signup's field messages `::part(field-error)`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { feeds } from '../mocks/feeds.js';
import { failingFeedUrls } from '../mocks/handlers.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { signupUrls, volunteerFeed } from '../mocks/volunteer-feeds.js';
import { signupHandlers } from '../mocks/volunteer-handlers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until } from '../helpers.js';
import { inside, openAllDetails } from '../host-page/host-page.js';
import { fillValid, press } from '../volunteer-signup/fill.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

/** Each part a page may style, marked by an outline of a colour of its own; a later rule wins where an element has two. */
const PARTS = ['button', 'control', 'contact', 'quick-exit', 'retry', 'loading', 'empty', 'error', 'heading', 'day-heading', 'field-error'];
const colourOf = (i: number) => `rgb(${i + 1}, 2, 3)`;
const pageStyles = PARTS.map((part, i) => `*::part(${part}) { outline: 3px dotted ${colourOf(i)} }`).join('\n');

/** The part of the page's rules that reaches `el`, or "none". */
function partReaching(el: Element): string {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'dotted') return 'none';
  return PARTS[PARTS.findIndex((_, i) => colourOf(i) === style.outlineColor)] ?? 'none';
}

const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const shown = (el: Element) => el.getBoundingClientRect().width > 0;

type Widget = HTMLElement & { feed?: unknown; now?: Date; updateComplete: Promise<unknown> };

async function mount(tag: string, setup: (el: Widget) => void): Promise<Widget> {
  const area = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  setup(el);
  area.append(el);
  await el.updateComplete;
  return el;
}

/** Every control a person sees drawn as a button: buttons, and the disclosures and links given a button's frame. */
function buttonsIn(widget: Element): Element[] {
  return inside(widget, 'button, summary, a').filter((el) => shown(el) && (el.localName === 'button' || getComputedStyle(el).borderTopStyle !== 'none'));
}

describe('theming: parts a page styles', () => {
  let style: HTMLStyleElement;
  before(async () => {
    style = document.createElement('style');
    style.textContent = pageStyles;
    document.head.append(style);
    await startWorker();
    worker.use(...signupHandlers);
  });
  // A signup brings back the unsent answers of the one before it in the tab: each starts with none.
  beforeEach(() => sessionStorage.clear());
  after(() => {
    style.remove();
    worker.resetHandlers();
  });

  it('every control drawn as a button takes ::part(button), or the part its widget documents for it', async () => {
    const widgets = [
      await mount('care-awareness-banner', (el) => (el.feed = feeds.rotating)),
      await mount('care-session-finder', (el) => ((el.now = FINDER_NOW), (el.feed = finderFeed))),
      await mount('care-referral-lookup', (el) => ((el.now = LOOKUP_NOW), (el.feed = referralFeeds.lookup), el.setAttribute('quick-exit', ''))),
    ];
    for (const widget of widgets.slice(1)) await openAllDetails(widget);
    const signup = (await mount('care-volunteer-signup', (el) => (el.feed = volunteerFeed({ submit: { url: signupUrls.rejected, email: 'volunteer@example.org' } })))) as Widget & CareVolunteerSignup;
    await until(() => inside(signup, 'form').length > 0, 15000, 'the form');
    await fillValid(signup);
    await press(signup, 'Send');
    await until(() => inside(signup, '[part="failure"]').length > 0, 15000, 'the failure');
    const unreached: string[] = [];
    for (const widget of [...widgets, signup]) {
      const found = buttonsIn(widget);
      expect(found.length, widget.localName).to.be.above(1);
      for (const el of found) {
        if (!['button', 'control', 'contact', 'quick-exit', 'retry'].includes(partReaching(el))) unreached.push(`<${widget.localName}> "${words(el)}"`);
      }
    }
    expect(unreached).to.deep.equal([]);
  });

  it('every "Try again" takes ::part(retry): the feed’s and the signup’s after a failed send', async () => {
    const reached: string[] = [];
    for (const tag of ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup']) {
      const el = await mount(tag, (w) => w.setAttribute('src', failingFeedUrls.notFound));
      await until(() => inside(el, 'button').some((b) => words(b) === 'Try again'), 15000, `Try again in <${tag}>`);
      reached.push(...inside(el, 'button').filter((b) => words(b) === 'Try again').map((b) => `<${tag}> ${partReaching(b)}`));
    }
    const signup = (await mount('care-volunteer-signup', (el) => (el.feed = volunteerFeed({ submit: { url: signupUrls.serverError } })))) as Widget & CareVolunteerSignup;
    await until(() => inside(signup, 'form').length > 0, 15000, 'the form');
    await fillValid(signup);
    await press(signup, 'Send');
    await until(() => inside(signup, '[part="failure"]').length > 0, 15000, 'the failure');
    reached.push(...inside(signup, '[part="failure"] button').map((b) => `sending ${words(b)}: ${partReaching(b)}`));
    expect(reached).to.deep.equal([
      '<care-awareness-banner> retry',
      '<care-session-finder> retry',
      '<care-referral-lookup> retry',
      '<care-volunteer-signup> retry',
      'sending Try again: retry',
    ]);
  });

  it('the loading message takes ::part(loading), as the empty and error boxes take theirs', async () => {
    const reached: string[] = [];
    for (const tag of ['care-session-finder', 'care-referral-lookup', 'care-volunteer-signup']) {
      const el = await mount(tag, (w) => w.setAttribute('src', failingFeedUrls.never));
      const loading = inside(el, '*').filter((e) => shown(e) && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() === 'Loading…'));
      reached.push(...loading.map((e) => `<${tag}> ${partReaching(e)}`));
    }
    expect(reached).to.deep.equal(['<care-session-finder> loading', '<care-referral-lookup> loading', '<care-volunteer-signup> loading']);
  });

  it('the headings over the finder’s and the lookup’s lists each take a part', async () => {
    const finder = await mount('care-session-finder', (el) => ((el.now = FINDER_NOW), (el.feed = finderFeed)));
    const lookup = await mount('care-referral-lookup', (el) => ((el.now = LOOKUP_NOW), (el.feed = referralFeeds.lookup)));
    const reached = [finder, lookup].flatMap((el) => inside(el, 'h3').filter(shown).map((h) => `"${words(h)}" ${partReaching(h)}`));
    expect(reached).to.include.members(['"Today" day-heading', '"Need help now?" heading', '"More places to get help" heading']);
    expect(reached.filter((line) => line.endsWith(' none'))).to.deep.equal([]);
  });

  it('the signup’s field messages take ::part(field-error)', async () => {
    const signup = (await mount('care-volunteer-signup', (el) => (el.feed = volunteerFeed()))) as Widget & CareVolunteerSignup;
    await until(() => inside(signup, 'form').length > 0, 15000, 'the form');
    await press(signup, 'Send');
    await until(() => inside(signup, '[part="problems"]').length > 0, 15000, 'the answers to check');
    const messages = inside(signup, '[id^="e-"]').filter(shown);
    expect(messages.map(words)).to.include('Enter your name.');
    expect(messages.map(partReaching)).to.deep.equal(messages.map(() => 'field-error'));
  });
});
