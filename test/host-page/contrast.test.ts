/**
 * Text keeps 4.5:1 (3:1 when large) on light and dark pages alike, in every widget and in the states
 * that show words in a colour of the widget's own: the signup's field messages, the lookup's flag on
 * details checked over a year ago, the banner's urgent message, the finder's paused and cancelled
 * sessions. The widgets take the page's text colour, so a page that sets it light on dark gets it.
 */
import { expect } from '@open-wc/testing';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, finderSessions } from '../mocks/session-feeds.js';
import { until } from '../helpers.js';
import { inside, openAllDetails, openHostPage, type HostPage } from './host-page.js';
import { ALL_WIDGETS as ALL, lowContrast, type LowContrast } from './contrast.js';


const THEMES = {
  'a light page': 'body { background: #fff; color: #222 }',
  'a light page with grey text': 'body { background: #fafafa; color: #555 }',
  'a dark page': 'body { background: #121212; color: #e8e8e8 }',
  'a dark page with color-scheme dark': ':root { color-scheme: dark } body { background: #121212; color: #e8e8e8 }',
  'a navy page': 'body { background: #0b1e3a; color: #f4f4f4 }',
};

/** The finder's feed with a cancelled session beside the paused one. */
const withCancelled = { ...finderFeed, sessions: [...finderFeed.sessions, { ...finderSessions.paused, id: 'cancelled', title: 'Cancelled art group', status: 'cancelled' }] };

async function everyState(page: HostPage): Promise<Record<string, LowContrast[]>> {
  const found: Record<string, LowContrast[]> = {};
  const [banner, finder, lookup, signup] = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'].map((t) => page.all(t)[0]);
  const check = (name: string, el: Element) => {
    const low = lowContrast(el, page.win);
    if (low.length) found[name] = low;
  };
  check('banner (urgent)', banner);
  await openAllDetails(finder);
  expect(inside(finder, '.badge').map((b) => b.textContent!.trim())).to.include.members(['Paused', 'Cancelled']);
  check('finder (all open, paused and cancelled)', finder);
  await openAllDetails(lookup);
  expect(inside(lookup, '.stale')).to.have.length.above(0);
  check('lookup (all open, one checked over a year ago)', lookup);
  check('signup', signup);
  inside<HTMLButtonElement>(signup, 'button.send')[0].click();
  await until(() => inside(signup, '.field-error').length > 0, 4000, 'the field messages');
  check('signup (field messages)', signup);
  return found;
}

describe('text contrast on light and dark host pages', () => {
  for (const [theme, css] of Object.entries(THEMES)) {
    it(`is at least 4.5:1 on ${theme}`, async () => {
      const page = await openHostPage(ALL, { css, feeds: { 'care-awareness-banner': feeds.urgent, 'care-session-finder': withCancelled } });
      try {
        expect(await everyState(page)).to.deep.equal({});
      } finally {
        page.close();
      }
    });
  }
});
