/**
 * Every kind of schedule the feed can hold (feed-format.md, "schedule"), held against a small expansion of our own
 * written from the spec alone: which dates show, at what time on the viewer's clock, under which day, in which
 * order, and the same dates in the calendar file "Add to calendar" hands over (read with ical.js, which knows no zone
 * but the file's own). Where a date is worked out by hand, the test says it; the expansion below is checked
 * against those too, so that it cannot agree with the finder by sharing a mistake.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { button, mountLoaded, shadowQueryAll } from '../helpers.js';
import { firstRowCalendarFile, readCalendarFile, span } from './calendar-file.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKDAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

interface Sched {
  start_date: string;
  end_date?: string;
  time: string;
  end_time?: string;
  duration?: number;
  repeat?: 'none' | 'weekly' | 'monthly';
  interval?: number;
  days?: string[];
  weeks?: number[];
  except?: string[];
  add?: string[];
  timezone?: string;
}

// ---- The reference: the spec's words, read as plainly as possible. ----

const walls = new Map<string, Intl.DateTimeFormat>();
/** What the clocks of `zone` read at `ms`, written as a UTC timestamp. */
function wallMs(ms: number, zone: string): number {
  let format = walls.get(zone);
  if (!format) walls.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })));
  const p = Object.fromEntries(format.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute);
}

/**
 * The instant the clocks of `zone` read `minutes` past midnight of `date` (ms of its UTC midnight): the earlier of two
 * when the clocks go back; in a gap, read with the offset before it (RFC 5545 §3.3.5: 02:30 the night 02:00 becomes
 * 03:00 is 03:30).
 */
function instantOf(date: number, minutes: number, zone: string): number {
  const local = date + minutes * MINUTE;
  const before = wallMs(local - DAY, zone) - (local - DAY);
  const after = wallMs(local + DAY, zone) - (local + DAY);
  const readings = [local - before, local - after].filter((t) => wallMs(t, zone) === local);
  return readings.length ? Math.min(...readings) : local - before;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const mondayOf = (date: number) => date - ((new Date(date).getUTCDay() + 6) % 7) * DAY;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether the rule itself (not add, not except) meets on `date`. */
function ruleMeets(s: Sched, date: number): boolean {
  const start = Date.parse(s.start_date);
  if (date < start || (s.end_date && date > Date.parse(s.end_date))) return false;
  const repeat = s.repeat ?? 'none';
  if (repeat === 'none') return date === start;
  const d = new Date(date);
  const weekday = WEEKDAYS[d.getUTCDay()];
  if (!(s.days ?? [WEEKDAYS[new Date(start).getUTCDay()]]).includes(weekday)) return false;
  const interval = s.interval ?? 1;
  if (repeat === 'weekly') return Math.round((mondayOf(date) - mondayOf(start)) / (7 * DAY)) % interval === 0;
  const s0 = new Date(start);
  if ((d.getUTCFullYear() * 12 + d.getUTCMonth() - (s0.getUTCFullYear() * 12 + s0.getUTCMonth())) % interval !== 0) return false;
  const dom = d.getUTCDate();
  const inMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return (s.weeks ?? []).some((w) => (w === -1 ? dom + 7 > inMonth : Math.ceil(dom / 7) === w));
}

interface Occ {
  start: number;
  end?: number;
  date: string;
}

/** The occurrences on dates from `first` to `last` (inclusive, `YYYY-MM-DD`) in the session's zone. */
function occurrences(s: Sched, zone: string, first: string, last: string): Occ[] {
  const dates: number[] = [];
  for (let d = Date.parse(first); d <= Date.parse(last); d += DAY) {
    const iso10 = iso(d);
    if (s.except?.includes(iso10)) continue;
    if (ruleMeets(s, d) || s.add?.includes(iso10)) dates.push(d);
  }
  return dates.map((d) => {
    const start = instantOf(d, minutesOf(s.time), zone);
    let end: number | undefined;
    if (s.end_time) end = instantOf(d + (minutesOf(s.end_time) < minutesOf(s.time) ? DAY : 0), minutesOf(s.end_time), zone);
    else if (s.duration) end = start + s.duration * MINUTE;
    return { start, end, date: iso(d) };
  });
}

// ---- What a visitor sees. ----

const ORG_ZONE = 'America/Chicago';
let ids = 0;
const sessionOf = (title: string, schedule: Sched, more: object = {}) =>
  ({ id: `s${++ids}`, title, kind: 'peer-group', online: { url: 'https://meet.example.org/x' }, schedule: { repeat: 'weekly', ...schedule }, ...more });
const feedOf = (...sessions: object[]) => ({ version: 1, organization: { name: 'Riverside Peer Support', timezone: ORG_ZONE, language: 'en' }, sessions });

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every row of the list (after "Show more" until there is no more): its day's heading, title and the viewer's start time. */
async function listed(el: CareSessionFinder): Promise<string[]> {
  for (let more = button(el, 'Show more sessions'); more; more = button(el, 'Show more sessions')) {
    more.click();
    await el.updateComplete;
  }
  return shadowQueryAll(el, '[part="day"]:not(.appointments)').flatMap((day) => {
    const heading = squash(day.querySelector('[part="day-heading"]')!.textContent);
    return [...day.querySelectorAll('[part="session"]')].map((row) => {
      const spans = row.querySelectorAll('.when > span');
      const time = spans.length > 1 ? squash(spans[1].textContent).replace(/ your time$/, '') : squash(spans[0].textContent);
      return `${heading} | ${squash(row.querySelector('.title')!.textContent)} | ${time}`;
    });
  });
}

/** What the list should say for these sessions, by the reference, for a viewer in `viewer` at `now`. */
function expected(sessions: { title: string; schedule: Sched }[], now: Date, viewer: string, days: number): string[] {
  const to = now.getTime() + days * DAY;
  const rows: { start: number; order: number; line: () => string }[] = [];
  const dayOf = (ms: number) => Math.floor(wallMs(ms, viewer) / DAY);
  const heading = (ms: number) => {
    const ahead = dayOf(ms) - dayOf(now.getTime());
    return ahead === 0 ? 'Today' : ahead === 1 ? 'Tomorrow'
      : new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: viewer }).format(ms);
  };
  const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: viewer });
  sessions.forEach(({ title, schedule }, order) => {
    const zone = schedule.timezone ?? ORG_ZONE;
    for (const occ of occurrences(schedule, zone, iso(now.getTime() - 4 * DAY), iso(to + 2 * DAY))) {
      if (occ.start >= to || (occ.end ?? occ.start + 3_600_000) <= now.getTime()) continue;
      rows.push({ start: occ.start, order, line: () => `${heading(Math.max(occ.start, now.getTime()))} | ${title} | ${squash(time.format(occ.start))}` });
    }
  });
  return rows.sort((a, b) => a.start - b.start || a.order - b.order).map((r) => r.line());
}

interface Mounted {
  el: CareSessionFinder;
  problems: { path: string }[];
  skipped: { path: string }[];
}

async function mount(sessions: object[], now: Date, viewer: string, days?: number, extra = ''): Promise<Mounted> {
  const { el, event } = await mountLoaded<CareSessionFinder>(days === undefined
    ? html`<care-session-finder lang="en" viewer-timezone=${viewer} ?show-inactive=${extra === 'show-inactive'} .now=${now} .feed=${feedOf(...sessions)}></care-session-finder>`
    : html`<care-session-finder lang="en" viewer-timezone=${viewer} days-ahead=${days} ?show-inactive=${extra === 'show-inactive'} .now=${now} .feed=${feedOf(...sessions)}></care-session-finder>`);
  return { el, problems: event.detail.problems, skipped: event.detail.skipped };
}

/** The list for these schedules against the reference; returns the lines for checks by hand. */
async function check(schedules: [string, Sched][], at: string, viewer: string, days: number): Promise<string[]> {
  const now = new Date(at);
  // Weekly unless said otherwise, as sessionOf writes them.
  const sessions = schedules.map(([title, schedule]) => ({ title, schedule: { repeat: 'weekly' as const, ...schedule } }));
  const { el, problems } = await mount(schedules.map(([title, schedule]) => sessionOf(title, schedule)), now, viewer, days);
  expect(problems.map((p) => p.path), 'problems').to.deep.equal([]);
  const lines = await listed(el);
  expect(lines).to.deep.equal(expected(sessions, now, viewer, days));
  el.remove();
  return lines;
}

/** The dates (in the session's zone) of lines, as `Weekday, Month D` headings would give them, for checks by hand. */
const datesOf = (sched: Sched, first: string, last: string) => occurrences(sched, sched.timezone ?? ORG_ZONE, first, last).map((o) => o.date);

describe('<care-session-finder> schedules, against a reference expansion', () => {
  describe('the reference agrees with dates worked out by hand', () => {
    // So that a mistake of the reference's own cannot hide one of the finder's.
    it('weekly, every other week, every third, monthly by nth weekday', () => {
      expect(datesOf({ start_date: '2026-03-05', time: '18:00', repeat: 'weekly', days: ['tu', 'th'], interval: 2 }, '2026-03-01', '2026-04-03'))
        .to.deep.equal(['2026-03-05', '2026-03-17', '2026-03-19', '2026-03-31', '2026-04-02']);
      expect(datesOf({ start_date: '2026-03-08', time: '18:00', repeat: 'weekly', days: ['su', 'mo'], interval: 3 }, '2026-03-01', '2026-04-20'))
        .to.deep.equal(['2026-03-08', '2026-03-23', '2026-03-29', '2026-04-13', '2026-04-19']);
      expect(datesOf({ start_date: '2026-01-01', time: '18:00', repeat: 'monthly', weeks: [2], days: ['tu'] }, '2026-01-01', '2026-06-30'))
        .to.deep.equal(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09']);
      expect(datesOf({ start_date: '2026-01-01', time: '18:00', repeat: 'monthly', weeks: [5], days: ['th'] }, '2026-01-01', '2026-12-31'))
        .to.deep.equal(['2026-01-29', '2026-04-30', '2026-07-30', '2026-10-29', '2026-12-31']);
      expect(datesOf({ start_date: '2026-01-01', time: '18:00', repeat: 'monthly', weeks: [1, -1], days: ['fr'] }, '2026-01-01', '2026-03-31'))
        .to.deep.equal(['2026-01-02', '2026-01-30', '2026-02-06', '2026-02-27', '2026-03-06', '2026-03-27']);
      expect(datesOf({ start_date: '2026-01-15', time: '18:00', repeat: 'monthly', interval: 2, weeks: [1], days: ['we'] }, '2026-01-01', '2026-07-31'))
        .to.deep.equal(['2026-03-04', '2026-05-06', '2026-07-01']);
      // 02:30 in New York the night clocks skip 02:00 → 03:00 (8 March 2026) is 03:30 EDT, 07:30 UTC.
      expect(new Date(instantOf(Date.parse('2026-03-08'), 150, 'America/New_York')).toISOString()).to.equal('2026-03-08T07:30:00.000Z');
      // 01:30 the night they go back (1 November 2026) is the first, EDT: 05:30 UTC.
      expect(new Date(instantOf(Date.parse('2026-11-01'), 90, 'America/New_York')).toISOString()).to.equal('2026-11-01T05:30:00.000Z');
    });
  });

  describe('repeats', () => {
    it('weekly on several days', async () => {
      const lines = await check([['Circle', { start_date: '2026-03-02', time: '18:30', days: ['mo', 'we', 'fr'] }]], '2026-03-01T12:00:00Z', ORG_ZONE, 21);
      // By hand: 2, 4, 6, 9, 11, 13, 16, 18, 20 March; 6:30 PM across Chicago's change of clocks on the 8th.
      expect(lines).to.have.length(9);
      expect(lines[0]).to.equal('Tomorrow | Circle | 6:30 PM');
      expect(lines[8]).to.equal('Friday, March 20 | Circle | 6:30 PM');
    });

    it('every other week and every third, counted from start_date\'s week (Monday to Sunday)', async () => {
      await check([
        ['Other week', { start_date: '2026-03-05', time: '18:00', days: ['tu', 'th'], interval: 2 }],
        ['Third week', { start_date: '2026-03-08', time: '09:00', days: ['su', 'mo'], interval: 3 }],
      ], '2026-03-01T12:00:00Z', ORG_ZONE, 60);
    });

    it('every other week, seen years after start_date', async () => {
      await check([['Other week', { start_date: '2019-01-03', time: '18:00', days: ['th', 'sa'], interval: 2 }]], '2026-06-01T12:00:00Z', ORG_ZONE, 42);
    });

    it('monthly by nth weekday: 1st, 2nd, 4th, 5th where a month has one, and last', async () => {
      await check([
        ['First', { start_date: '2026-01-01', time: '10:00', repeat: 'monthly', weeks: [1], days: ['mo'] }],
        ['Second', { start_date: '2026-01-01', time: '11:00', repeat: 'monthly', weeks: [2], days: ['tu'] }],
        ['Fourth', { start_date: '2026-01-01', time: '12:00', repeat: 'monthly', weeks: [4], days: ['we'] }],
        ['Fifth', { start_date: '2026-01-01', time: '13:00', repeat: 'monthly', weeks: [5], days: ['th'] }],
        ['Last', { start_date: '2026-01-01', time: '14:00', repeat: 'monthly', weeks: [-1], days: ['fr'] }],
      ], '2026-01-01T12:00:00Z', ORG_ZONE, 366);
    });

    it('monthly on several weeks and days; 4th and last the same day once', async () => {
      const lines = await check([
        ['Two weeks', { start_date: '2026-01-01', time: '10:00', repeat: 'monthly', weeks: [1, 3], days: ['mo', 'th'] }],
        ['Fourth and last', { start_date: '2026-02-01', time: '19:00', repeat: 'monthly', weeks: [4, -1], days: ['mo'] }],
      ], '2026-01-01T12:00:00Z', ORG_ZONE, 120);
      // February 2026 has four Mondays: the 23rd is both the 4th and the last.
      expect(lines.filter((l) => l.startsWith('Monday, February 23 | Fourth and last'))).to.have.length(1);
    });

    it('monthly every other month, counted from start_date\'s month; the weekday of start_date when days is left out', async () => {
      await check([
        ['Other month', { start_date: '2026-01-15', time: '10:00', repeat: 'monthly', interval: 2, weeks: [1], days: ['we'] }],
        ['Its own weekday', { start_date: '2026-01-13', time: '10:00', repeat: 'monthly', weeks: [2] }],
      ], '2026-01-01T12:00:00Z', ORG_ZONE, 200);
    });
  });

  describe('dates', () => {
    it('start_date on a day the rule does not meet; end_date inclusive', async () => {
      const lines = await check([['Bounded', { start_date: '2026-03-05', end_date: '2026-03-18', time: '18:00', days: ['we'] }]], '2026-03-01T12:00:00Z', ORG_ZONE, 30);
      expect(lines).to.deep.equal(['Wednesday, March 11 | Bounded | 6:00 PM', 'Wednesday, March 18 | Bounded | 6:00 PM']);
    });

    it('except on an occurrence and on a day it does not meet; add inside, before, after and on an occurrence', async () => {
      const lines = await check([['Changes', {
        start_date: '2026-03-10', end_date: '2026-03-31', time: '18:00', days: ['tu'],
        except: ['2026-03-17', '2026-03-18'], add: ['2026-03-05', '2026-03-20', '2026-03-24', '2026-04-09'],
      }]], '2026-03-01T12:00:00Z', ORG_ZONE, 45);
      expect(lines.map((l) => l.split(' | ')[0])).to.deep.equal([
        'Thursday, March 5', 'Tuesday, March 10', 'Friday, March 20', 'Tuesday, March 24', 'Tuesday, March 31', 'Thursday, April 9',
      ]);
    });

    it('a one-off on its date only', async () => {
      await check([['Once', { start_date: '2026-03-12', time: '18:00', repeat: 'none' }]], '2026-03-01T12:00:00Z', ORG_ZONE, 30);
    });
  });

  describe('zones and clock changes', () => {
    const seen: [string, string, Sched, string][] = [
      ['London from New York, through both changes of March', 'America/New_York',
        { start_date: '2026-03-03', time: '19:00', days: ['tu', 'su'], timezone: 'Europe/London' }, '2026-03-01T12:00:00Z'],
      ['New York from Berlin, through both changes of autumn', 'Europe/Berlin',
        { start_date: '2026-10-01', time: '20:00', days: ['fr', 'sa', 'su'], timezone: 'America/New_York' }, '2026-10-15T12:00:00Z'],
      ['Sydney from Santiago, both ending summer time in April', 'America/Santiago',
        { start_date: '2026-03-01', time: '10:00', days: ['su', 'mo', 'we'], timezone: 'Australia/Sydney' }, '2026-03-25T12:00:00Z'],
      ['Santiago from Sydney, both changing in September and October', 'Australia/Sydney',
        { start_date: '2026-08-01', time: '23:30', days: ['sa', 'su'], timezone: 'America/Santiago' }, '2026-08-28T12:00:00Z'],
      ['Santiago at 00:30, the night its clocks skip midnight', 'America/Santiago',
        { start_date: '2026-08-01', time: '00:30', days: ['su'], timezone: 'America/Santiago' }, '2026-08-28T12:00:00Z'],
      ['New York at 02:30, the night its clocks skip 02:00', 'America/New_York',
        { start_date: '2026-03-01', time: '02:30', days: ['su'], timezone: 'America/New_York' }, '2026-02-28T12:00:00Z'],
      ['Berlin at 02:30, the night its clocks skip 02:00, seen from Chicago', 'America/Chicago',
        { start_date: '2026-03-01', time: '02:30', days: ['su'], timezone: 'Europe/Berlin' }, '2026-03-20T12:00:00Z'],
      ['New York at 01:30, the night it happens twice', 'America/New_York',
        { start_date: '2026-10-25', time: '01:30', days: ['su'], timezone: 'America/New_York' }, '2026-10-24T12:00:00Z'],
      ['Lord Howe at 02:15, the night its clocks skip half an hour', 'Australia/Lord_Howe',
        { start_date: '2026-09-01', time: '02:15', days: ['su'], timezone: 'Australia/Lord_Howe' }, '2026-09-25T12:00:00Z'],
      ['Santiago at 23:30 on Saturday, the night it happens twice', 'America/Santiago',
        { start_date: '2026-03-01', time: '23:30', days: ['sa'], timezone: 'America/Santiago' }, '2026-03-25T12:00:00Z'],
      ['Chicago from Kolkata', 'Asia/Kolkata', { start_date: '2026-03-01', time: '19:00', days: ['tu', 'fr'] }, '2026-03-01T12:00:00Z'],
      ['Chicago from Auckland, through both changes of April', 'Pacific/Auckland',
        { start_date: '2026-03-01', time: '19:00', days: ['sa', 'su'] }, '2026-03-25T12:00:00Z'],
      ['Chicago from Kiritimati (UTC+14)', 'Pacific/Kiritimati', { start_date: '2026-03-01', time: '19:00', days: ['tu'] }, '2026-03-01T12:00:00Z'],
      ['Kiritimati from Honolulu, a day behind', 'Pacific/Honolulu',
        { start_date: '2026-03-01', time: '09:00', days: ['mo'], timezone: 'Pacific/Kiritimati' }, '2026-03-01T12:00:00Z'],
      ['Kathmandu from Kolkata, a quarter-hour apart', 'Asia/Kolkata',
        { start_date: '2026-03-01', time: '00:10', days: ['mo'], timezone: 'Asia/Kathmandu' }, '2026-03-01T12:00:00Z'],
      ['Lord Howe (half-hour summer time) from Sydney', 'Australia/Sydney',
        { start_date: '2026-03-01', time: '08:00', days: ['su'], timezone: 'Australia/Lord_Howe' }, '2026-03-20T12:00:00Z'],
    ];
    for (const [what, viewer, schedule, at] of seen) {
      it(what, async () => {
        await check([[what, schedule]], at, viewer, 35);
      });
    }

    it('puts London\'s Tuesday 7 PM at 2, 3 and 2 PM in New York as the two change their clocks (by hand)', async () => {
      const lines = await check([['London', { start_date: '2026-03-03', time: '19:00', days: ['tu'], timezone: 'Europe/London' }]], '2026-03-01T12:00:00Z', 'America/New_York', 35);
      expect(lines).to.deep.equal([
        'Tuesday, March 3 | London | 2:00 PM', 'Tuesday, March 10 | London | 3:00 PM', 'Tuesday, March 17 | London | 3:00 PM',
        'Tuesday, March 24 | London | 3:00 PM', 'Tuesday, March 31 | London | 2:00 PM',
      ]);
    });

    it('puts Chicago\'s Tuesday 7 PM on Wednesday afternoon in Kiritimati (by hand)', async () => {
      const lines = await check([['Across', { start_date: '2026-03-03', time: '19:00', days: ['tu'] }]], '2026-03-01T12:00:00Z', 'Pacific/Kiritimati', 10);
      // 19:00 CST is 01:00 UTC Wednesday, 15:00 at UTC+14.
      expect(lines).to.deep.equal(['Wednesday, March 4 | Across | 3:00 PM', 'Wednesday, March 11 | Across | 2:00 PM']);
    });
  });
});

// ---- Now, the length of a session, the window and the status: worked out by hand. ----

/** Each row as a person reads it: heading, time (the session's, then the viewer's), title and badges. */
const rowsOf = (el: Element) => shadowQueryAll(el, '[part="day"]:not(.appointments)').flatMap((day) =>
  [...day.querySelectorAll('[part="session"]')].map((row) => [
    squash(day.querySelector('[part="day-heading"]')!.textContent), squash(row.querySelector('.when')!.textContent),
    squash(row.querySelector('.title')!.textContent), ...[...row.querySelectorAll('[part="badge"]')].map((b) => squash(b.textContent)),
  ].join(' | ')));

describe('<care-session-finder> what is on now, how long, how far ahead', () => {
  it('lists a session that began 20 minutes ago as happening now, under Today', async () => {
    // Tuesday 10 March 2026, 18:20 in Chicago (CDT, 23:20 UTC).
    const { el } = await mount([sessionOf('Evening', { start_date: '2026-03-03', time: '18:00', end_time: '19:30', days: ['tu'] })],
      new Date('2026-03-10T23:20:00Z'), ORG_ZONE, 8);
    expect(rowsOf(el)).to.deep.equal([
      'Today | 6:00 – 7:30 PM | Evening | Happening now',
      'Tuesday, March 17 | 6:00 – 7:30 PM | Evening | Next',
    ]);
    el.remove();
  });

  it('lists a session from 22:00 to 01:00 under Today at 00:30, here and in Kolkata', async () => {
    const late = sessionOf('Late', { start_date: '2026-03-06', time: '22:00', end_time: '01:00', days: ['fr'] });
    // Saturday 14 March 2026, 00:30 in Chicago (05:30 UTC): Friday's session is still on.
    const now = new Date('2026-03-14T05:30:00Z');
    let { el } = await mount([late], now, ORG_ZONE, 8);
    expect(rowsOf(el)).to.deep.equal([
      'Today | 10:00 PM – 1:00 AM | Late | Happening now',
      'Friday, March 20 | 10:00 PM – 1:00 AM | Late | Next',
    ]);
    el.remove();
    // In Kolkata it is 11:00 on Saturday; the session runs 08:30 to 11:30 there.
    ({ el } = await mount([late], now, 'Asia/Kolkata', 8));
    expect(rowsOf(el)).to.deep.equal([
      'Today | 10:00 PM – 1:00 AM CDT · 8:30 – 11:30 AM your time | Late | Happening now',
      'Tomorrow | 10:00 PM – 1:00 AM CDT · 8:30 – 11:30 AM your time | Late | Next',
    ].map((l, i) => (i === 1 ? l.replace('Tomorrow', 'Saturday, March 21') : l)));
    el.remove();
  });

  it('lists a session of two days on its second day as happening now', async () => {
    // Saturday 14 March 10:00 to Monday 16 March 10:00 in Chicago; now Sunday 15 March, noon (17:00 UTC).
    const { el } = await mount([sessionOf('Retreat', { start_date: '2026-03-14', time: '10:00', duration: 2880, repeat: 'none' })],
      new Date('2026-03-15T17:00:00Z'), ORG_ZONE);
    expect(rowsOf(el)).to.deep.equal(['Today | Sat 10:00 AM – Mon 10:00 AM | Retreat | Happening now']);
    el.remove();
  });

  it('lists the next 24 hours with days-ahead 1, the next 7 days with 7, and 8 weeks by default', async () => {
    // Every day at 09:00 in Chicago; now Monday 2 March 2026, 07:00 (CST, 13:00 UTC).
    const daily = sessionOf('Daily', { start_date: '2026-01-01', time: '09:00', days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] });
    const now = new Date('2026-03-02T13:00:00Z');
    for (const [days, count, last] of [[1, 1, 'Today'], [7, 7, 'Sunday, March 8'], [undefined, 56, 'Sunday, April 26']] as const) {
      const { el } = await mount([daily], now, ORG_ZONE, days);
      const lines = await listed(el);
      expect(lines, `days-ahead ${days}`).to.have.length(count);
      expect(lines.at(-1), `days-ahead ${days}`).to.equal(`${last} | Daily | 9:00 AM`);
      el.remove();
    }
  });

  it('leaves paused and cancelled sessions out, and lists them with their status when asked', async () => {
    const sessions = [
      sessionOf('Active', { start_date: '2026-03-03', time: '18:00', days: ['tu'] }),
      sessionOf('Paused', { start_date: '2026-03-03', time: '19:00', days: ['tu'] }, { status: 'paused' }),
      sessionOf('Cancelled', { start_date: '2026-03-03', time: '20:00', days: ['tu'] }, { status: 'cancelled' }),
    ];
    const now = new Date('2026-03-02T13:00:00Z');
    let { el } = await mount(sessions, now, ORG_ZONE, 2);
    expect(rowsOf(el)).to.deep.equal(['Tomorrow | 6:00 PM | Active | Next']);
    el.remove();
    ({ el } = await mount(sessions, now, ORG_ZONE, 2, 'show-inactive'));
    expect(rowsOf(el)).to.deep.equal(['Tomorrow | 6:00 PM | Active | Next', 'Tomorrow | 7:00 PM | Paused | Paused', 'Tomorrow | 8:00 PM | Cancelled | Cancelled']);
    el.remove();
  });
});

describe('<care-session-finder> a bad schedule hides no other session', () => {
  it('skips each session whose schedule it cannot use, names the field, and lists the rest', async () => {
    const good = sessionOf('Good', { start_date: '2026-03-03', time: '18:00', days: ['tu'] });
    const bad: [string, object][] = [
      ['sessions[2].schedule.timezone', { timezone: 'Mars/Olympus' }],
      ['sessions[3].schedule.weeks', { repeat: 'monthly', weeks: [6], days: ['tu'] }],
      ['sessions[4].schedule.days', { days: ['xx'] }],
      ['sessions[5].schedule.interval', { interval: 0 }],
      ['sessions[6].schedule.start_date', { start_date: '2026-02-30' }],
      ['sessions[7].schedule.weeks', { repeat: 'monthly', days: ['tu'] }],
      ['sessions[8].schedule.except[0]', { except: ['next Tuesday'] }],
      ['sessions[9].schedule.timezone', { timezone: '-05:00' }],
    ];
    // An end time that is not a time is left out and said; the session is listed without it.
    const noEnd = sessionOf('Ends at 25:00', { start_date: '2026-03-03', time: '18:00', end_time: '25:00', days: ['tu'] });
    const sessions = [good, noEnd, ...bad.map(([, fields], i) => sessionOf(`Bad ${i}`, { start_date: '2026-03-03', time: '18:00', days: ['tu'], ...fields } as Sched))];
    const { el, skipped, problems } = await mount(sessions, new Date('2026-03-02T13:00:00Z'), ORG_ZONE, 2);
    expect(problems.map((p) => p.path)).to.include('sessions[1].schedule.end_time');
    expect(rowsOf(el)).to.deep.equal(['Tomorrow | 6:00 PM | Good | Next', 'Tomorrow | 6:00 PM | Ends at 25:00']);
    expect(skipped.map((p) => p.path)).to.deep.equal(bad.map(([path]) => path));
    for (const problem of problems) expect(problem.path).to.match(/^sessions\[[1-9]\]/);
    el.remove();
  });
});

// ---- The calendar file. ----


/** The first `count` occurrences in the file that have not ended at `from`, as `start – end` in UTC, read with the file's own zone. */
function fileOccurrences(file: string, from: number, count: number): string[] {
  return readCalendarFile(file, (events) => events.flatMap(({ length, starts }) => {
    const list: [number, number][] = [];
    for (const start of starts()) {
      if (list.length >= count) break;
      if (start + length > from) list.push([start, start + length]);
    }
    return list;
  })).sort((a, b) => a[0] - b[0]).slice(0, count).map(([start, end]) => span(start, end));
}

describe('<care-session-finder> "Add to calendar" holds the dates the list shows', () => {

  const cases: [string, Sched, string][] = [
    ['weekly on three days', { start_date: '2026-03-02', time: '18:30', end_time: '20:00', days: ['mo', 'we', 'fr'] }, '2026-03-01T12:00:00Z'],
    ['every other week from a Thursday', { start_date: '2026-03-05', time: '18:00', duration: 90, days: ['tu', 'th'], interval: 2 }, '2026-03-01T12:00:00Z'],
    ['every third week, Sunday and Monday', { start_date: '2026-03-08', time: '09:00', duration: 60, days: ['su', 'mo'], interval: 3 }, '2026-03-01T12:00:00Z'],
    ['every other week, years after it began', { start_date: '2019-01-03', time: '18:00', duration: 60, days: ['th', 'sa'], interval: 2 }, '2026-06-01T12:00:00Z'],
    ['second Tuesday', { start_date: '2026-01-01', time: '11:00', duration: 60, repeat: 'monthly', weeks: [2], days: ['tu'] }, '2026-01-01T12:00:00Z'],
    ['fifth Thursday', { start_date: '2026-01-01', time: '13:00', duration: 60, repeat: 'monthly', weeks: [5], days: ['th'] }, '2026-02-01T12:00:00Z'],
    ['first and last Friday', { start_date: '2026-01-01', time: '14:00', duration: 60, repeat: 'monthly', weeks: [1, -1], days: ['fr'] }, '2026-01-01T12:00:00Z'],
    ['fourth and last Monday', { start_date: '2026-01-01', time: '19:00', duration: 60, repeat: 'monthly', weeks: [4, -1], days: ['mo'] }, '2026-01-01T12:00:00Z'],
    ['first and third Monday and Thursday', { start_date: '2026-01-01', time: '10:00', duration: 60, repeat: 'monthly', weeks: [1, 3], days: ['mo', 'th'] }, '2026-01-01T12:00:00Z'],
    ['every other month', { start_date: '2026-01-15', time: '10:00', duration: 60, repeat: 'monthly', interval: 2, weeks: [1], days: ['we'] }, '2026-01-01T12:00:00Z'],
    ['with except and add, and an end_date', {
      start_date: '2026-03-10', end_date: '2026-03-31', time: '18:00', duration: 60, days: ['tu'],
      except: ['2026-03-17', '2026-03-18'], add: ['2026-03-05', '2026-03-20', '2026-03-24', '2026-04-09'],
    }, '2026-03-01T12:00:00Z'],
    ['in Sydney, through April\'s change', { start_date: '2026-03-01', time: '10:00', duration: 60, days: ['su', 'we'], timezone: 'Australia/Sydney' }, '2026-03-20T12:00:00Z'],
    ['in Santiago, through September\'s change', { start_date: '2026-08-01', time: '23:30', duration: 60, days: ['sa'], timezone: 'America/Santiago' }, '2026-08-20T12:00:00Z'],
    ['in Lord Howe, through April\'s change', { start_date: '2026-03-01', time: '08:00', duration: 60, days: ['su'], timezone: 'Australia/Lord_Howe' }, '2026-03-20T12:00:00Z'],
    ['in Kiritimati', { start_date: '2026-03-01', time: '09:00', duration: 60, days: ['mo'], timezone: 'Pacific/Kiritimati' }, '2026-03-01T12:00:00Z'],
    ['from 22:00 to 01:00', { start_date: '2026-03-06', time: '22:00', end_time: '01:00', days: ['fr'] }, '2026-03-10T12:00:00Z'],
  ];
  for (const [what, sched, at] of cases) {
    it(what, async () => {
      const schedule: Sched = { repeat: 'weekly', ...sched };
      const now = new Date(at);
      const zone = schedule.timezone ?? ORG_ZONE;
      const { el } = await mount([sessionOf(what, schedule)], now, zone, 366);
      const file = await firstRowCalendarFile(el);
      el.remove();
      // The file names the session's own zone and defines it.
      expect(file).to.match(new RegExp(`\\r\\nDTSTART;TZID=${zone}:\\d{8}T\\d{6}\\r\\n`));
      expect(file).to.contain(`\r\nTZID:${zone}\r\n`);
      const reference = occurrences(schedule, zone, iso(now.getTime() - 4 * DAY), iso(now.getTime() + 800 * DAY))
        .filter((o) => (o.end ?? o.start + 3_600_000) > now.getTime()).slice(0, 12)
        .map((o) => `${new Date(o.start).toISOString()} – ${new Date(o.end ?? o.start + 3_600_000).toISOString()}`);
      expect(reference.length, 'occurrences').to.be.at.least(what.includes('end_date') ? 6 : 8);
      expect(fileOccurrences(file, now.getTime(), reference.length)).to.deep.equal(reference);
    });
  }
});

describe('<care-session-finder> an end_time that is the start time', () => {
  // The feed's checker reads "24:00" as "00:00" and tells the keeper that an end "not after the start runs into the next
  // day" (the referral hours' 09:00–09:00 is a whole day): a 24-hour vigil, listed and in the calendar for 24 hours.
  for (const [what, times] of [['"00:00" to "24:00"', { time: '00:00', end_time: '24:00' }], ['"20:00" to "20:00"', { time: '20:00', end_time: '20:00' }]] as const) {
    it(`lasts a day from ${what}, happening now half an hour in, and in the calendar file`, async () => {
      const schedule = { start_date: '2026-03-14', repeat: 'weekly' as const, ...times };
      // Half an hour after it began in Chicago (CDT, UTC−5).
      const now = new Date(Date.parse(`2026-03-14T${times.time}:00Z`) + 5.5 * 3_600_000);
      const { el } = await mount([sessionOf('Vigil', schedule)], now, ORG_ZONE, 3);
      const rows = rowsOf(el);
      expect(rows).to.have.length(1);
      expect(rows[0]).to.match(/^Today \| Sat (12|8):00 (AM|PM) – Sun (12|8):00 (AM|PM) \| Vigil \| Happening now$/);
      expect(await firstRowCalendarFile(el)).to.contain('\r\nDURATION:PT1440M\r\n');
      el.remove();
    });
  }
});
