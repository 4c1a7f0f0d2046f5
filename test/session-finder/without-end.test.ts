/**
 * A session whose schedule gives neither end_time nor duration ("Monday walk, 6:30 PM") counts as lasting an
 * hour: listed, and "Happening now", for an hour from its start, as the calendar file gives it an hour, rather
 * than gone a minute after it started.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { LARGE_FEED } from '../../src/session-finder/view.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const walk = {
  id: 'walk', title: 'Monday walk', kind: 'social', online: { url: 'https://meet.example.org/walk' },
  schedule: { start_date: '2026-11-02', time: '18:30', repeat: 'weekly', days: ['mo'] },
};
/** Others that start on Tuesday, with an end. */
const others = (count: number) => Array.from({ length: count }, (_, i) => ({
  id: `coffee-${i}`, title: `Coffee morning ${i}`, kind: 'social', online: { url: 'https://meet.example.org/coffee' },
  schedule: { start_date: '2026-11-03', time: '10:00', end_time: '11:00', repeat: 'weekly', days: ['tu'] },
}));
const feedOf = (sessions: object[]) => ({ version: 1, organization: { name: 'Riverside Peer Support', timezone: 'America/Chicago', language: 'en' }, sessions });

/** The first row as a person reads it: its day's heading, title and badge. */
const firstRow = (el: Element) => {
  const row = shadowQueryAll(el, '[part="session"]')[0];
  const heading = row?.closest('[part="day"]')!.querySelector('[part="day-heading"]')!.textContent!.trim();
  return row && [heading, row.querySelector('.title')!.textContent!.trim(), row.querySelector('[part="badge"]')?.textContent!.trim() ?? ''].join(' · ');
};
const summary = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0]?.textContent!.trim() ?? '';

const mount = async (now: string, sessions: object[] = [walk], days = 1) => (await mountLoaded<CareSessionFinder>(
  html`<care-session-finder viewer-timezone="America/Chicago" days-ahead=${days} .now=${new Date(now)} .feed=${feedOf(sessions)}></care-session-finder>`)).el;

describe('<care-session-finder> with a session that has no end', () => {
  it('lists it, happening now, for an hour from its start, and counts it', async () => {
    // Monday 23 November 2026, 18:31 in Chicago.
    const el = await mount('2026-11-24T00:31:00Z');
    expect(firstRow(el)).to.equal('Today · Monday walk · Happening now');
    expect(summary(el)).to.equal('1 session in the next 24 hours');
    await expect(el).to.be.accessible();
    // 19:29, the last minute of its hour.
    el.now = new Date('2026-11-24T01:29:59Z');
    await el.updateComplete;
    expect(firstRow(el)).to.equal('Today · Monday walk · Happening now');
  });

  it('drops it an hour after its start, for next week\'s', async () => {
    const el = await mount('2026-11-24T01:30:00Z', [walk], 8);
    expect(firstRow(el)).to.equal('Monday, November 30 · Monday walk · Next');
  });

  it('lists it on the first screen of a large feed too, and in the whole window after', async () => {
    const el = await mount('2026-11-24T00:31:00Z', [...others(LARGE_FEED), walk]);
    expect(firstRow(el)).to.equal('Today · Monday walk · Happening now');
    await until(() => summary(el) !== '', 5000, 'the whole window');
    expect(firstRow(el)).to.equal('Today · Monday walk · Happening now');
    expect(summary(el)).to.equal(`${LARGE_FEED + 1} sessions in the next 24 hours`);
  });
});
