/**
 * The calendar file as the finder hands it over ("Add to calendar"), read back with ical.js (the iCalendar library
 * of Thunderbird), which knows no zone but the file's own VTIMEZONE, and held against what the finder lists: every
 * occurrence must start and end in the calendar when the list says, on a night the clocks change and years after
 * a group began.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import type { Schedule } from '../../src/feed/types.js';
import { expandSchedule } from '../../src/time/expand.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';
import { firstRowCalendarFile, readCalendarFile, span } from './calendar-file.js';

const DAY = 86_400_000;

type Fields = Partial<Schedule> & Pick<Schedule, 'start_date' | 'timezone'>;

const feedWith = (schedule: Fields) => ({
  version: 1,
  organization: { name: 'Riverside Peer Support', timezone: 'America/Chicago', language: 'en' },
  sessions: [{ id: 'night', title: 'Night circle', kind: 'peer-group', online: { url: 'https://meet.example.org/night' }, schedule: { time: '18:30', ...schedule } }],
});

/** The finder at `now` in the session's zone: what its first row says, and the file its "Add to calendar" downloads. */
async function download(schedule: Fields, now: Date): Promise<{ when: string; file: string }> {
  const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${schedule.timezone} days-ahead="14" .now=${now} .feed=${feedWith(schedule)}></care-session-finder>`);
  const row = shadowQueryAll(el, '[part="session"]')[0];
  const when = row.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim();
  const file = await firstRowCalendarFile(el);
  el.remove();
  return { when, file };
}

/**
 * Every occurrence the file holds that has not ended at `from` and starts before `to`, as `start – end` in UTC. Starts
 * as ical.js expands them with the file's zone; each one lasts what RFC 5545 §3.8.5.3 gives every instance: DURATION,
 * else DTEND − DTSTART, both exact lengths.
 */
function fileOccurrences(file: string, from: Date, to: Date): string[] {
  return readCalendarFile(file, (events) => events.flatMap(({ length, starts }) => {
    const list: string[] = [];
    for (const start of starts()) {
      if (start >= to.getTime()) break;
      if (start + length > from.getTime()) list.push(span(start, start + length));
    }
    return list;
  })).sort();
}

/** The same, as the finder lists them. */
const listed = (schedule: Fields, from: Date, to: Date) =>
  expandSchedule({ repeat: 'none', interval: 1, time: '18:30', ...schedule }, { from, to })
    .map((occ) => `${occ.start.toISOString()} – ${(occ.end ?? new Date(occ.start.getTime() + 3_600_000)).toISOString()}`);

describe('<care-session-finder> "Add to calendar"', () => {

  describe('ends, on the nights the clocks change', () => {
    it('ends a one-off of 300 minutes from 11 PM on the night clocks go forward at 5 AM, as the list says', async () => {
      const schedule: Fields = { start_date: '2026-03-07', time: '23:00', duration: 300, timezone: 'America/New_York' };
      const now = new Date('2026-03-07T12:00:00Z');
      const { when, file } = await download(schedule, now);
      expect(when).to.equal('11:00 PM – 5:00 AM');
      expect(fileOccurrences(file, now, new Date(now.getTime() + 2 * DAY))).to.deep.equal(['2026-03-08T04:00:00.000Z – 2026-03-08T09:00:00.000Z']);
    });

    it('ends a one-off of 180 minutes from 11 PM on the night clocks go back at 1 AM, as the list says', async () => {
      const schedule: Fields = { start_date: '2026-10-31', time: '23:00', duration: 180, timezone: 'America/New_York' };
      const now = new Date('2026-10-31T12:00:00Z');
      const { when, file } = await download(schedule, now);
      expect(when).to.equal('11:00 PM – 1:00 AM');
      expect(fileOccurrences(file, now, new Date(now.getTime() + 2 * DAY))).to.deep.equal(['2026-11-01T03:00:00.000Z – 2026-11-01T06:00:00.000Z']);
    });

    it('ends a one-off with an end_time past the change when the list says, an hour shorter than other weeks', async () => {
      const schedule: Fields = { start_date: '2026-03-07', time: '23:00', end_time: '04:00', timezone: 'America/New_York' };
      const now = new Date('2026-03-07T12:00:00Z');
      const { when, file } = await download(schedule, now);
      expect(when).to.equal('11:00 PM – 4:00 AM');
      expect(fileOccurrences(file, now, new Date(now.getTime() + 2 * DAY))).to.deep.equal(listed(schedule, now, new Date(now.getTime() + 2 * DAY)));
    });

    const weekly: [string, Fields, string][] = [
      ['New York', { start_date: '2026-03-07', time: '23:00', duration: 300, repeat: 'weekly', timezone: 'America/New_York' }, '2026-03-01T12:00:00Z'],
      ['London', { start_date: '2026-03-28', time: '23:00', duration: 300, repeat: 'weekly', timezone: 'Europe/London' }, '2026-03-20T12:00:00Z'],
      ['Sydney', { start_date: '2026-04-05', time: '01:00', duration: 120, repeat: 'weekly', timezone: 'Australia/Sydney' }, '2026-04-01T12:00:00Z'],
      ['New York, autumn', { start_date: '2026-10-31', time: '23:00', duration: 180, repeat: 'weekly', timezone: 'America/New_York' }, '2026-10-20T12:00:00Z'],
    ];
    for (const [where, schedule, at] of weekly) {
      it(`gives every week of a weekly session with a duration its length, its first night a change of clocks (${where})`, async () => {
        const now = new Date(at);
        const to = new Date(now.getTime() + 10 * 7 * DAY);
        const list = listed(schedule, now, to);
        expect(list.length).to.be.at.least(9);
        expect(fileOccurrences((await download(schedule, now)).file, now, to)).to.deep.equal(list);
      });
    }

    const withEndTime: [string, Fields, string][] = [
      ['New York', { start_date: '2026-03-07', time: '23:00', end_time: '04:00', repeat: 'weekly', timezone: 'America/New_York' }, '2026-03-01T12:00:00Z'],
      ['London', { start_date: '2026-03-28', time: '23:00', end_time: '04:00', repeat: 'weekly', timezone: 'Europe/London' }, '2026-03-20T12:00:00Z'],
      ['Sydney', { start_date: '2026-04-05', time: '01:00', end_time: '03:00', repeat: 'weekly', timezone: 'Australia/Sydney' }, '2026-04-01T12:00:00Z'],
    ];
    for (const [where, schedule, at] of withEndTime) {
      it(`ends every ordinary week of a weekly session with an end_time when the list does, its first night a change of clocks (${where})`, async () => {
        const now = new Date(at);
        const to = new Date(now.getTime() + 10 * 7 * DAY);
        // The night of the change itself is the one an iCalendar rule cannot give another length.
        const [, ...list] = listed(schedule, now, to);
        const [, ...file] = fileOccurrences((await download(schedule, now)).file, now, to);
        expect(list.length).to.be.at.least(8);
        expect(file).to.deep.equal(list);
      });
    }

    it('gives an extra date on the night of a change its own length, as the list does', async () => {
      const schedule: Fields = { start_date: '2026-02-28', time: '23:00', end_time: '04:00', repeat: 'weekly', days: ['fr'], add: ['2026-03-07'], timezone: 'America/New_York' };
      const now = new Date('2026-03-01T12:00:00Z');
      const to = new Date(now.getTime() + 4 * 7 * DAY);
      expect(fileOccurrences((await download(schedule, now)).file, now, to)).to.deep.equal(listed(schedule, now, to));
    });
  });

  describe('a group that began years ago, in a zone whose rules changed since', () => {
    const groups: [string, Fields][] = [
      ['Mexico City, weekly since 2016 (no summer time since 2022)', { start_date: '2016-01-05', repeat: 'weekly', timezone: 'America/Mexico_City' }],
      ['São Paulo, weekly since 2012 (none since 2019)', { start_date: '2012-01-03', repeat: 'weekly', timezone: 'America/Sao_Paulo' }],
      ['Cairo, weekly since 2016 (summer time again since 2023)', { start_date: '2016-01-05', repeat: 'weekly', timezone: 'Africa/Cairo' }],
      ['New York, weekly since 2005 (its rules changed in 2007)', { start_date: '2005-01-04', repeat: 'weekly', timezone: 'America/New_York' }],
    ];
    for (const [what, schedule] of groups) {
      it(`puts ${what} when the list does, now and in the years ahead`, async () => {
        // In the northern summer and in the southern.
        for (const at of ['2026-06-01T12:00:00Z', '2026-12-01T12:00:00Z']) {
          const now = new Date(at);
          const { file } = await download(schedule, now);
          for (const years of [0, 1, 4]) {
            const from = new Date(now.getTime() + years * 365 * DAY);
            const to = new Date(from.getTime() + 21 * DAY);
            expect(fileOccurrences(file, from, to), `${at}, ${years} years on`).to.deep.equal(listed(schedule, from, to));
          }
        }
      });
    }
  });
});
