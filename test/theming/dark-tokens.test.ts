/**
 * A dark theme given through the documented tokens alone (and `color-scheme: dark` on the page) reads in
 * every state of every widget: axe, colour contrast included, while loading, when ready with everything open,
 * after a failed feed with "Try again", over a saved copy, with nothing to list, and in the signup's answers to
 * check, failed send and thanks. Each state draws its words in a colour of the theme's (text, muted, link) or the
 * page's, never a fixed one a dark page cannot read.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { forgetFeed } from '../../src/feed/load.js';
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

/** The theme: the page's own dark background and light text, and lighter tokens, as the theming guide's dark page sets them. */
const DARK = `color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem;
  --care-text: #e9ecef; --care-muted: #b8c0c8; --care-accent: #7fd4bc; --care-link: #9fd3ff;
  --care-surface: rgb(255 255 255 / 0.07); --care-hope-surface: rgb(127 212 188 / 0.14); --care-border: rgb(255 255 255 / 0.45);
  --care-urgent: #ff8f94; --care-urgent-surface: rgb(255 143 148 / 0.16); --care-focus-ring: 3px solid #7fd4bc`;

type Widget = HTMLElement & { feed?: unknown; now?: Date; updateComplete: Promise<unknown> };

const FEEDS: Record<string, { feed: object; now?: Date }> = {
  'care-awareness-banner': { feed: feeds.urgent },
  'care-session-finder': { feed: finderFeed, now: FINDER_NOW },
  'care-referral-lookup': { feed: referralFeeds.lookup, now: LOOKUP_NOW },
  'care-volunteer-signup': { feed: volunteerFeed() },
};

async function mount(tag: string, setup: (el: Widget) => void): Promise<Widget> {
  const area = await fixture<HTMLDivElement>(html`<div style=${DARK}></div>`);
  const el = document.createElement(tag) as Widget;
  el.now = FEEDS[tag].now;
  setup(el);
  area.append(el);
  await el.updateComplete;
  return el;
}

async function signupSent(url: string, part: string): Promise<Widget> {
  // A signup brings back the unsent answers of the one before it in the tab: each starts with none.
  sessionStorage.clear();
  const el = await mount('care-volunteer-signup', (w) => (w.feed = volunteerFeed({ submit: { url, email: 'volunteer@example.org' } })));
  await until(() => inside(el, 'form').length > 0, 15000, 'the form');
  await fillValid(el as Widget & CareVolunteerSignup);
  await press(el as Widget & CareVolunteerSignup, 'Send');
  await until(() => inside(el, `[part="${part}"]`).length > 0, 15000, part);
  return el;
}

describe('theming: a dark theme through the tokens', () => {
  before(async () => {
    document.documentElement.style.colorScheme = 'dark';
    await startWorker();
    worker.use(...signupHandlers);
  });
  after(() => {
    document.documentElement.style.colorScheme = '';
    worker.resetHandlers();
    // Test files share the origin's storage: the copies kept here would be found by the files run after this one.
    localStorage.clear();
  });

  for (const tag of Object.keys(FEEDS)) {
    describe(`<${tag}>`, () => {
      it('reads while loading', async () => {
        const el = await mount(tag, (w) => w.setAttribute('src', failingFeedUrls.never));
        await expect(el).to.be.accessible();
      });

      it('reads after a failed feed, with Try again', async () => {
        const el = await mount(tag, (w) => w.setAttribute('src', failingFeedUrls.notFound));
        await until(() => inside(el, '[part="retry"]').length > 0, 15000, 'Try again');
        await expect(el).to.be.accessible();
      });

      it('reads when ready, with everything open', async () => {
        const el = await mount(tag, (w) => (w.feed = FEEDS[tag].feed));
        if (tag !== 'care-awareness-banner') await openAllDetails(el);
        await expect(el).to.be.accessible();
      });

      it('reads over a saved copy', async () => {
        const url = `/feeds/dark-tokens-${tag}.json`;
        worker.use(http.get(url, () => HttpResponse.json(FEEDS[tag].feed), { once: true }));
        const first = await mount(tag, (w) => w.setAttribute('src', url));
        // The copy is kept a moment after the feed shows (its code loads on demand): on a busy machine, later.
        await until(() => localStorage.getItem(`care-widgets:feed:${new URL(url, location.href).href}`) !== null, 15000, 'the copy kept');
        first.remove();
        forgetFeed(url); // as on a later visit
        worker.use(http.get(url, () => HttpResponse.error()));
        const el = await mount(tag, (w) => w.setAttribute('src', url));
        await until(() => inside(el, '[part="saved-note"]').length > 0, 15000, 'the saved-copy note');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('reads with nothing to list: no sessions, no referrals, only urgent ones, a hostile feed, a search that finds nothing', async () => {
    await expect(await mount('care-session-finder', (w) => (w.feed = { ...finderFeed, sessions: [] }))).to.be.accessible();
    for (const name of ['noReferrals', 'onlyUrgent', 'hostile'] as const) {
      await expect(await mount('care-referral-lookup', (w) => (w.feed = referralFeeds[name]))).to.be.accessible();
    }
    const lookup = await mount('care-referral-lookup', (w) => (w.feed = referralFeeds.lookup));
    const search = inside<HTMLInputElement>(lookup, 'input[type="search"]')[0];
    search.value = 'underwater basket weaving';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => inside(lookup, '[part="empty"]').length > 0, 15000, 'nothing found');
    await expect(lookup).to.be.accessible();
  });

  it('reads in the signup’s answers to check, failed send and thanks', async () => {
    sessionStorage.clear();
    const signup = await mount('care-volunteer-signup', (w) => (w.feed = volunteerFeed()));
    await until(() => inside(signup, 'form').length > 0, 15000, 'the form');
    await press(signup as Widget & CareVolunteerSignup, 'Send');
    await until(() => inside(signup, '[part="field-error"]').length > 0, 15000, 'the field messages');
    await expect(signup).to.be.accessible();
    await expect(await signupSent(signupUrls.rejected, 'failure')).to.be.accessible();
    await expect(await signupSent(signupUrls.ok, 'thanks')).to.be.accessible();
  });
});
