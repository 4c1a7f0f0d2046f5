/**
 * The finder left open as time passes, with no `now` set: it looks again every minute, so "Today",
 * "Tomorrow", "Happening now" and "Next" move on at midnight and as sessions end. The clock is a
 * stand-in (test/fake-clock.ts), so hours pass at once.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed } from '../mocks/session-feeds.js';
import { finderFeedWith } from './fixtures.js';
import { installClock, type FakeClock } from '../fake-clock.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

const MINUTE = 60_000;
const headings = (el: Element) => shadowQueryAll(el, '[part="day-heading"]').map((h) => h.textContent!.trim());
/** The first rows: title and badge, as a person reads them. */
const firstRows = (el: Element, count = 2) => shadowQueryAll(el, '[part="session"]').slice(0, count).map((row) =>
  [row.querySelector('.title')!.textContent!.trim(), row.querySelector('[part="badge"]')?.textContent!.trim() ?? ''].join(' · '));

describe('<care-session-finder> as time passes', () => {
  let clock: FakeClock;
  const mount = async (start: string) => {
    clock = installClock(new Date(start));
    return (await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .feed=${finderFeed}></care-session-finder>`)).el;
  };
  afterEach(() => clock.restore());

  it('drops a session within a minute of its end, and moves "Next" on', async () => {
    const el = await mount('2026-11-23T16:29:00Z'); // Monday 10:29 in Chicago; the grief group ends at 10:30
    expect(headings(el).slice(0, 2)).to.deep.equal(['Today', 'Tomorrow']);
    expect(firstRows(el)).to.deep.equal(['Grief and loss group · Happening now', 'Tuesday peer circle · Next']);
    await clock.tick(2 * MINUTE);
    expect(headings(el)[0]).to.equal('Tomorrow');
    expect(firstRows(el)).to.deep.equal(['Tuesday peer circle · Next', 'Youth sharing circle · ']);
  });

  it('turns "Tomorrow" into "Today" within a minute of midnight', async () => {
    const el = await mount('2026-11-24T05:58:30Z'); // Monday 23:58:30 in Chicago
    expect(headings(el).slice(0, 2)).to.deep.equal(['Tomorrow', 'Wednesday, November 25']);
    await clock.tick(2 * MINUTE);
    expect(headings(el).slice(0, 2)).to.deep.equal(['Today', 'Tomorrow']);
    expect(firstRows(el, 1)).to.deep.equal(['Tuesday peer circle · Next']);
  });

  it('keeps a session that runs past midnight under "Today" as the day turns', async () => {
    const late = { id: 'late', title: 'Night owls', kind: 'social', online: { url: 'https://meet.example.org/owls' },
      schedule: { start_date: '2026-01-04', time: '22:00', end_time: '01:00', repeat: 'weekly', days: ['su'] } };
    clock = installClock(new Date('2026-11-23T05:58:30Z')); // Sunday 23:58:30 in Chicago
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .feed=${finderFeedWith(late)}></care-session-finder>`);
    expect(headings(el).slice(0, 2)).to.deep.equal(['Today', 'Tomorrow']);
    expect(firstRows(el)).to.deep.equal(['Night owls · Happening now', 'Grief and loss group · Next']);
    await clock.tick(2 * MINUTE);
    expect(headings(el).slice(0, 2)).to.deep.equal(['Today', 'Tomorrow']);
    expect(firstRows(el)).to.deep.equal(['Night owls · Happening now', 'Grief and loss group · Next']);
  });

  it('moves on at the turn of the minute, not a minute after it was put on the page', async () => {
    const el = await mount('2026-11-25T00:29:50Z'); // Tuesday 18:29:50 in Chicago; the circle starts at 18:30
    expect(firstRows(el, 1)).to.deep.equal(['Tuesday peer circle · Next']);
    await clock.tick(15_000);
    expect(firstRows(el, 1)).to.deep.equal(['Tuesday peer circle · Happening now']);
  });

  it('says "Happening now" from the minute a session starts', async () => {
    const el = await mount('2026-11-25T00:29:00Z'); // Tuesday 18:29 in Chicago; the circle starts at 18:30
    expect(firstRows(el, 1)).to.deep.equal(['Tuesday peer circle · Next']);
    await clock.tick(2 * MINUTE);
    expect(firstRows(el, 1)).to.deep.equal(['Tuesday peer circle · Happening now']);
    clock.restore(); // axe schedules its work with setTimeout
    await expect(el).to.be.accessible();
  });
});
