/**
 * The calendar file as a calendar app reads it: ical.js (the iCalendar library of Thunderbird), which knows no
 * time zones but the file's own VTIMEZONE, parses every file, and what it reads is held against what the
 * finder lists (expandSchedule) and against the zone's offsets as the browser knows them (Intl).
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Schedule, Session } from '../../src/feed/types.js';
import { sessionToIcs } from '../../src/session-finder/ics.js';
import { expandSchedule } from '../../src/time/expand.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function calendarFile(fields: Partial<Schedule> & Pick<Schedule, 'start_date'>): string {
  const session: Session = {
    id: 'circle', title: 'Circle', kind: 'peer-group', cost: 'free', status: 'active',
    schedule: { repeat: 'none', interval: 1, time: '18:30', timezone: 'America/Chicago', ...fields },
  };
  const file = sessionToIcs(session, { title: 'Circle', now: new Date('2026-03-01T00:00:00Z'), uidDomain: 'example.org' });
  if (file === undefined) throw new Error('expected a calendar file');
  return file;
}

/** The file parsed, with its time zones the only ones known. */
function read(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** The offset of `zone` at instant `ms` according to Intl, in ms. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(zone: string, ms: number): number {
  if (!formats.has(zone)) {
    formats.set(zone, new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }));
  }
  const parts = formats.get(zone)!.formatToParts(ms);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second')) - Math.floor(ms / 1000) * 1000;
}

/**
 * The file's VTIMEZONE as RFC 5545 §3.6.5 reads it: each observance's onsets (DTSTART, then its RRULE, expanded by
 * ical.js), each an instant with TZOFFSETFROM; at any moment the offset is TZOFFSETTO of the last onset at or before it.
 */
function zoneOfFile(file: string, tzid: string, until: number): (ms: number) => number {
  const vtimezone = read(file).getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid)!;
  const onsets: [number, number][] = [];
  const wall = (t: ICAL.Time) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  for (const observance of vtimezone.getAllSubcomponents()) {
    const offset = (name: string) => (observance.getFirstPropertyValue(name) as ICAL.UtcOffset).toSeconds() * 1000;
    const start = observance.getFirstPropertyValue('dtstart') as ICAL.Time;
    const rule = observance.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const iterator = rule?.iterator(start);
    for (let t: ICAL.Time | null = start; t && wall(t) - offset('tzoffsetfrom') <= until; t = iterator ? iterator.next() : null) {
      onsets.push([wall(t) - offset('tzoffsetfrom'), offset('tzoffsetto')]);
    }
  }
  onsets.sort((a, b) => a[0] - b[0]);
  return (ms) => {
    const last = onsets.findLast(([at]) => at <= ms);
    if (!last) throw new Error(`${tzid} has no observance at ${new Date(ms).toISOString()}`);
    return last[1];
  };
}

/**
 * A wall-clock time (ms, written as UTC) as an instant, as RFC 5545 §3.3.5 reads it: the first of two when clocks
 * go back, and with the offset before the gap when clocks skip it.
 */
function rfcInstant(offsetAt: (ms: number) => number, wall: number): number {
  const earlier = offsetAt(wall - DAY);
  if (offsetAt(wall - earlier) === earlier) return wall - earlier;
  const later = offsetAt(wall - earlier);
  return offsetAt(wall - later) === later ? wall - later : wall - earlier;
}

/** Every event start the file holds before `until`, as instants. */
function fileStarts(file: string, until: Date): string[] {
  const calendar = read(file);
  const starts: number[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const offsetAt = zoneOfFile(file, vevent.getFirstProperty('dtstart')!.getParameter('tzid') as string, until.getTime());
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const wall = Date.UTC(next.year, next.month - 1, next.day, next.hour, next.minute, next.second);
      const instant = rfcInstant(offsetAt, wall);
      if (instant >= until.getTime()) break;
      starts.push(instant);
    }
  }
  return starts.sort((a, b) => a - b).map((ms) => new Date(ms).toISOString());
}

const listStarts = (schedule: Partial<Schedule> & Pick<Schedule, 'start_date'>, until: Date) =>
  expandSchedule({ repeat: 'none', interval: 1, time: '18:30', timezone: 'America/Chicago', ...schedule }, { from: new Date(0), to: until })
    .map((occ) => occ.start.toISOString());

const ZONES = [
  'America/Chicago', 'America/New_York', 'America/St_Johns', 'Europe/London', 'Europe/Berlin', 'Europe/Dublin',
  'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Auckland', 'Pacific/Chatham', 'America/Santiago', 'Asia/Jerusalem',
  'Africa/Casablanca', 'Antarctica/Troll', 'Asia/Kathmandu', 'Asia/Kolkata', 'Asia/Jakarta', 'Asia/Tehran',
  'America/Mexico_City', 'America/Sao_Paulo', 'America/Nuuk', 'UTC',
];

describe('the calendar file, read by a calendar app', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  describe('VTIMEZONE (RFC 5545 §3.6.5)', () => {
    /** What it is, its schedule, how many days the zone is checked for, and from when (start_date unless told). */
    const spans: [string, Partial<Schedule> & Pick<Schedule, 'start_date'>, number, string?][] = [
      ['a weekly session with no end, over five years', { start_date: '2026-03-02', repeat: 'weekly' }, 5 * 365],
      ['a one-off', { start_date: '2026-07-14' }, 1],
      ['a weekly session from 2021 to 2023, when some zones gave up daylight saving', { start_date: '2021-06-01', end_date: '2023-06-01', repeat: 'weekly' }, 730],
      // The file starts at its dates of the last few days (ics.ts); the zone is right from then, by today's rules.
      ['a weekly session since 2012, over the five years from now', { start_date: '2012-01-03', repeat: 'weekly' }, 5 * 365, '2026-02-26'],
    ];
    for (const zone of ZONES) {
      for (const [what, schedule, days, since = schedule.start_date] of spans) {
        it(`defines ${zone} for ${what}, with the offsets Intl has at every moment of it`, () => {
          const file = calendarFile({ ...schedule, timezone: zone });
          const calendar = read(file);
          const zones = calendar.getAllSubcomponents('vtimezone');
          expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).to.deep.equal([zone]);
          for (const observance of zones[0].getAllSubcomponents()) {
            expect(['standard', 'daylight']).to.include(observance.name);
            for (const name of ['dtstart', 'tzoffsetfrom', 'tzoffsetto']) expect(observance.getAllProperties(name), name).to.have.length(1);
          }
          const from = Date.parse(`${since}T00:00:00Z`);
          const fileOffset = zoneOfFile(file, zone, from + days * DAY);
          let previous = intlOffset(zone, from);
          for (let ms = from; ms <= from + days * DAY; ms += 6 * HOUR) {
            const offset = intlOffset(zone, ms);
            expect(fileOffset(ms), new Date(ms).toISOString()).to.equal(offset);
            if (offset !== previous) {
              // Either side of the change, to the second.
              let [lo, hi] = [ms - 6 * HOUR, ms];
              while (hi - lo > 1000) {
                const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
                if (intlOffset(zone, mid) === previous) lo = mid;
                else hi = mid;
              }
              expect(fileOffset(lo), `just before ${new Date(hi).toISOString()}`).to.equal(previous);
              expect(fileOffset(hi), `at ${new Date(hi).toISOString()}`).to.equal(offset);
            }
            previous = offset;
          }
        });
      }
    }

    it('writes a zone with yearly daylight saving as two yearly rules, the form Outlook imports', () => {
      const tz = read(calendarFile({ start_date: '2026-03-02', repeat: 'weekly', timezone: 'Europe/Berlin' })).getFirstSubcomponent('vtimezone')!;
      const observances = tz.getAllSubcomponents().map((o) => [o.name, String(o.getFirstPropertyValue('rrule')), o.getFirstProperty('tzoffsetto')!.toICALString()]);
      expect(observances).to.deep.equal([
        ['daylight', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETTO:+0200'],
        ['standard', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETTO:+0100'],
      ]);
    });

    it('writes a zone without changes as one STANDARD observance', () => {
      const file = calendarFile({ start_date: '2026-03-02', repeat: 'weekly', timezone: 'Asia/Kathmandu' });
      expect(file).to.include('BEGIN:STANDARD\r\nDTSTART:20250301T054500\r\nTZOFFSETFROM:+0545\r\nTZOFFSETTO:+0545\r\nEND:STANDARD\r\n');
      expect(file.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).to.have.length(1);
    });
  });

  describe('the dates, as the list has them', () => {
    const year = new Date('2027-03-01T00:00:00Z');
    const cases: [string, Partial<Schedule> & Pick<Schedule, 'start_date'>][] = [
      ['a weekly session across both changes, with cancelled and extra dates', {
        start_date: '2026-03-02', repeat: 'weekly', days: ['mo', 'th'], except: ['2026-03-09', '2026-11-02'], add: ['2026-03-14', '2026-12-26'],
      }],
      ['the second Tuesday, every other month, until the autumn', { start_date: '2026-03-01', repeat: 'monthly', interval: 2, weeks: [2], days: ['tu'], end_date: '2026-10-31' }],
      ['a one-off with extra dates', { start_date: '2026-04-01', add: ['2026-05-01', '2026-11-01'] }],
      ['a Sunday 02:30 session, which the spring change skips (RFC 5545 §3.3.5: read with the offset before the gap)', {
        start_date: '2026-03-01', repeat: 'weekly', time: '02:30', end_time: '03:30', timezone: 'America/New_York',
      }],
      ['a one-off that starts inside the gap', { start_date: '2026-03-08', time: '02:30', timezone: 'America/New_York' }],
      ['a Sunday 01:30 session, which the autumn change repeats', { start_date: '2026-10-25', repeat: 'weekly', time: '01:30', timezone: 'America/New_York' }],
      ['a midnight session where clocks skip midnight', { start_date: '2026-08-30', repeat: 'weekly', time: '00:30', timezone: 'America/Santiago' }],
      ['a late session in a half-hour gap', { start_date: '2026-09-27', repeat: 'weekly', time: '02:15', timezone: 'Australia/Lord_Howe' }],
    ];
    for (const [what, schedule] of cases) {
      it(`agrees on every start of ${what}`, () => {
        const list = listStarts(schedule, year);
        expect(list.length).to.be.greaterThan(0);
        expect(fileStarts(calendarFile(schedule), year)).to.deep.equal(list);
      });
    }
  });

  describe('absurd numbers', () => {
    const until = new Date('2040-01-01T00:00:00Z');
    for (const interval of [1_000_000_000, 2 ** 53, 1e300, Number.MAX_VALUE]) {
      for (const schedule of [
        { start_date: '2026-03-03', repeat: 'weekly', interval, days: ['tu', 'th'] },
        { start_date: '2026-03-01', repeat: 'monthly', interval, weeks: [2, -1], days: ['tu'] },
      ] satisfies Schedule[] | (Partial<Schedule> & Pick<Schedule, 'start_date'>)[]) {
        it(`writes a valid file for a ${schedule.repeat} interval of ${interval}, with the dates the list has`, () => {
          const file = calendarFile(schedule);
          // Every date-time is a real one (§3.3.5), every number plain digits.
          for (const [, value] of file.matchAll(/[:=](\d{8}T\d{6}Z?)\b/g)) expect(Number.isNaN(Date.parse(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`)), value).to.equal(false);
          expect(file).not.to.match(/NaN|Infinity|e\+|undefined/);
          expect(fileStarts(file, until)).to.deep.equal(listStarts(schedule, until));
        });
      }
    }
  });
});
