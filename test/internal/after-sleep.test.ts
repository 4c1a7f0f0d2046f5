/**
 * The finder and the banner left open on a phone that was locked, a laptop that slept, a page kept for Back: their
 * timers waited with the page while the clock went on. Seen again, each shows what holds now.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { mountLoaded, shadowQueryAll, visibleText } from '../helpers.js';
import { installSleepingClock, type SleepingClock } from '../sleeping-clock.js';

const organization = { name: 'St Anne’s', timezone: 'America/Chicago' };
const weekly = (id: string, title: string, day: string) => ({
  id, title, kind: 'peer-support', online: { url: 'https://meet.example.org/circle' },
  schedule: { days: [day], time: '19:00', duration: 60, start_date: '2026-01-05', repeat: 'weekly' },
});
const finderFeed = { version: 1, organization, sessions: [weekly('mon', 'Monday circle', 'mo'), weekly('thu', 'Thursday circle', 'th')] };
const bannerFeed = {
  version: 1, organization,
  messages: [{ id: 'advent', text: 'Advent evenings: quiet prayer on Mondays.', ends: '2026-11-30' }, { id: 'always', text: 'Listening helps more than advice.' }],
};
const firstTitle = (el: Element) => shadowQueryAll(el, '[part="session"] .title')[0]?.textContent?.trim();

describe('widgets after the page was asleep', () => {
  let clock: SleepingClock;
  beforeEach(() => (clock = installSleepingClock()));
  afterEach(() => clock.restore());

  it('the finder lists what is next as the page is seen again, a day on', async () => {
    clock.set('2026-11-23T23:00:00Z'); // Monday 5 PM in Chicago
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .feed=${finderFeed}></care-session-finder>`);
    expect(firstTitle(el)).to.equal('Monday circle');
    clock.wake('2026-11-24T18:00:00Z'); // Tuesday noon
    await el.updateComplete;
    expect(firstTitle(el)).to.equal('Thursday circle');
    el.remove();
  });

  it('the banner leaves out a message whose last day went by while the page was asleep', async () => {
    clock.set('2026-11-30T20:00:00Z');
    const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner .feed=${bannerFeed}></care-awareness-banner>`);
    expect(visibleText(el)).to.contain('Message 1 of 2');
    clock.wake('2026-12-01T15:00:00Z');
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('Advent');
    expect(visibleText(el)).to.contain('Listening helps more than advice.');
    el.remove();
  });
});
