/**
 * A lookup left open on a phone that was locked, a laptop that slept, a page kept for Back: the timer that would have
 * looked at the clock waited with the page, while the clock went on. Seen again, the list says what is open now.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/referral-lookup/define.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import { referralFeeds } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';
import { installSleepingClock, type SleepingClock } from '../sleeping-clock.js';

const status = (el: Element, name: string) => shadowQueryAll(el, '[part="referral"]')
  .find((li) => li.querySelector('h4')!.textContent!.trim() === name)!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<care-referral-lookup> open now, after the page was asleep', () => {
  let clock: SleepingClock;
  beforeEach(() => (clock = installSleepingClock()));
  afterEach(() => clock.restore());

  for (const [what, from, to, name, before, after] of [
    ['hours later', '2026-11-23T15:15:00Z', '2026-11-24T00:30:00Z', 'Riverside Counselling Clinic', /^Open now, until 5:00\sPM$/, /^Closed, opens tomorrow at 9:00\sAM$/],
    ['past midnight', '2026-11-24T03:00:00Z', '2026-11-24T17:00:00Z', 'Eastside Drop-in Centre', /^Closed, opens tomorrow at 10:00\sAM$/, /^Open now, until 4:00\sPM$/],
    ['across a change of the clocks', '2026-03-07T23:30:00Z', '2026-03-09T14:30:00Z', 'Riverside Counselling Clinic', /^Closed, opens Monday at 9:00\sAM$/, /^Open now, until 5:00\sPM$/],
  ] as const) {
    it(`says what is open now as the page is seen again ${what}`, async () => {
      clock.set(from);
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone="America/Chicago" .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(status(el, name)).to.match(before);
      clock.wake(to);
      await el.updateComplete;
      expect(status(el, name)).to.match(after);
      el.remove();
    });
  }
});
