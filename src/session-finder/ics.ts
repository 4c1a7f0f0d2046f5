/**
 * One session as an iCalendar file (RFC 5545), built in the browser for "add to calendar".
 * https://www.rfc-editor.org/rfc/rfc5545
 *
 * Times are written as wall-clock times with the session's IANA zone as TZID (feed-format.md,
 * "schedule": 18:30 in Chicago stays 18:30 there in winter and summer), so the calendar app
 * keeps them right across daylight-saving changes. The zone is defined in the file too
 * (VTIMEZONE, §3.6.5, from what Intl knows of it), for the apps that do not know IANA names.
 *
 * The session is one VEVENT with its rule; each extra date (`add`) is a VEVENT of its own, as
 * RDATE is dropped by Outlook unless it pairs with an EXDATE as a moved instance
 * (MS-OXCICAL 2.1.3.1.1.20.18) and by other apps without a rule.
 */
import { type Session } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import { DAY_MS, MINUTE_MS, firstDayOfMonth, mondayOf, monthOf, toDateString, toDayNumber, toMinutes, weekdayIndex } from '../time/calendar.js';
import { DEFAULT_LENGTH_MS, forEachOccurrence } from '../time/expand.js';
import { icsStamp as stamp, vtimezoneLines } from '../time/vtimezone.js';
import { zonedDayTimeToMs } from '../time/zoned.js';
import { shortHash } from '../internal/short-hash.js';

export interface IcsOptions {
  /** The texts in the viewer's language; the caller resolves Text fields. */
  title: string;
  description?: string;
  /** Place name and address, or the online URL; nothing when the address is on request. */
  location?: string;
  /** An absolute URL: a calendar app has no page to resolve a relative one against. */
  url?: string;
  /** For DTSTAMP. */
  now: Date;
  /**
   * The UID is `<session id>[.<organization key>]@<uidDomain>`: stable, so importing again updates
   * the event. Pass the site's host name, so two sites' `peer-circle` stay two events; a name that
   * is not a domain of its own (none, localhost, an IP address) gives way to a fixed one.
   */
  uidDomain?: string;
  /** The organization's name, as the feed gives it: two organizations' `peer-circle` on one site stay two events. */
  organization?: string;
}

/** The first and last days a file holds: every date in it, ends and time-zone changes included, stays within years 0000–9999 (§3.3.4). */
const FIRST_DAY = toDayNumber('0000-01-02');
const LAST_DAY = toDayNumber('9999-12-30');
/** How far ahead the time zone is spelled out for a rule without an end (its yearly rules carry on past it). */
const OPEN_RULE_DAYS = 5 * 366;

/** TEXT value escaping, RFC 5545 §3.3.11. */
const text = (value: string) => value.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/**
 * The UID's right-hand side, a domain that keeps it globally unique (§3.8.4.7): the site's host name, or,
 * for a page opened from a file, on localhost or at a bare IP address, a fixed name under the reserved `.invalid`.
 */
const uidHost = (host = '') => (/\.[a-z][a-z0-9-]*$/i.test(host) && !/(^|\.)localhost$/i.test(host) ? host.toLowerCase() : 'care-widgets.invalid');

/**
 * The session as an .ics file, or undefined when it has no fixed time (`by_appointment`) or no
 * date it meets on. The file starts at the session's dates of the last few days and after (those of a
 * session that is over start at `start_date`), and the rule's VEVENT at its first occurrence among
 * them, as RFC 5545 §3.8.5.3 wants DTSTART to be the first instance of the rule. Never throws, whatever
 * numbers the feed holds: dates a file cannot hold (past the year 9999) are left out.
 */
export function sessionToIcs(session: Session, options: IcsOptions): string | undefined {
  const schedule = session.schedule;
  const { time, repeat, interval, timezone, end_date } = schedule;
  if (schedule.by_appointment || time === undefined) return undefined;
  const startDay = toDayNumber(schedule.start_date);
  const lastDay = Math.min(end_date ? toDayNumber(end_date) : LAST_DAY, LAST_DAY);
  /** The days from `from` to `to` that the rule itself gives, less cancelled ones, as the widget lists them. */
  const ruleDays = (from: number, to: number) => {
    const days: number[] = [];
    forEachOccurrence({ ...schedule, add: [] }, { from: new Date((from - 1) * DAY_MS), to: new Date((to + 2) * DAY_MS) }, (_start, _end, day) => {
      if (day >= from && day <= to) days.push(day);
    });
    return days;
  };

  const now = +options.now || Date.now();
  const except = (schedule.except ?? []).map(toDayNumber);
  let first: number | undefined;
  let extra: number[] = [];
  // A group that began years ago ("weekly since 2016") starts in the file at its dates of these days: a calendar needs
  // none of its past, and its time zone is then spelled out from a year before today, by the rules in force now and
  // ahead (Mexico gave up summer time in 2022). Three days back keeps an occurrence still on, however long.
  const today = Math.floor(now / DAY_MS);
  for (const [from, addFrom] of [[Math.max(startDay, today - 3), today - 3], [startDay, -Infinity]]) {
    // The rule's first day. A window of 64 × interval days holds it unless a 5th weekday or a run of cancellations pushes
    // it further; then the window grows eightfold, four times at most (a month with five Mondays can be 28 years away at interval 12).
    for (let days = 64, to = from - 1; first === undefined && days < 4e5 && to < lastDay; days *= 8) {
      to = Math.min(from + days * interval, lastDay);
      first = ruleDays(from, to)[0];
    }
    // Extra dates wherever they fall (before start_date, after end_date too), not cancelled, and not already the rule's:
    // the widget lists them so. Those of the last few days and after; of a session that is over, all.
    extra = [...new Set(schedule.add ?? [])].map(toDayNumber)
      .filter((day) => day >= Math.max(addFrom, FIRST_DAY) && day <= LAST_DAY && !except.includes(day) && !ruleDays(day, day).length)
      .sort((a, b) => a - b);
    if (first !== undefined || extra.length) break;
  }
  if (first === undefined && extra.length === 0) return undefined;

  let rule = '';
  /** Where the events end: the rule's last day, else its first plus the span spelled out for an open rule. */
  let spanEnd = Math.max(first ?? -Infinity, ...extra);
  if (first !== undefined && repeat !== 'none') {
    const startMonth = monthOf(startDay);
    // An interval longer than the years left (1,000,000,000 weeks, say) meets in its first period only: that period is
    // written as a rule of its own, ending with it. (`!(a <= b)` holds too when no date is that far.)
    const once = !((repeat === 'weekly' ? mondayOf(startDay) + 7 * interval : firstDayOfMonth(startMonth + interval)) <= lastDay);
    const until = once ? Math.min(lastDay, repeat === 'weekly' ? mondayOf(startDay) + 6 : firstDayOfMonth(startMonth + 1) - 1)
      : end_date === undefined ? undefined : lastDay;
    const byDay = DAYS.filter((d) => (schedule.days ?? [DAYS[weekdayIndex(startDay)]]).includes(d)).map((d) => d.toUpperCase());
    rule = `RRULE:FREQ=${repeat.toUpperCase()};INTERVAL=${once ? 1 : interval};BYDAY=${
      repeat === 'weekly'
        // WKST=MO is the RFC default; said anyway, as every other week with a Sunday in it depends on it.
        ? byDay.join(',') + (once || interval === 1 ? '' : ';WKST=MO')
        : (schedule.weeks ?? []).flatMap((w) => byDay.map((d) => w + d)).join(',')
    }`;
    // UNTIL is inclusive and, with a TZID start, must be UTC (§3.3.10): the last second of that day in the zone.
    if (until !== undefined) rule += `;UNTIL=${stamp(zonedDayTimeToMs(timezone, until + 1, 0) - 1000)}Z`;
    spanEnd = Math.max(spanEnd, until ?? Math.min(first + OPEN_RULE_DAYS, LAST_DAY));
  }

  const start = toMinutes(time);
  const endTime = schedule.end_time ? toMinutes(schedule.end_time) : undefined;
  // The length every instance of the rule takes, in minutes: the duration, or the clock's from time to end_time. Without
  // an end, RFC 5545 makes the event an instant, which calendars draw as a hairline or not at all: it is given the length
  // the list gives it (DEFAULT_LENGTH_MS).
  const length = endTime === undefined ? schedule.duration ?? DEFAULT_LENGTH_MS / MINUTE_MS : endTime - start + (endTime <= start ? 1440 : 0);
  /** The length the list gives the occurrence of `day`: an end_time past a change of clocks makes it an hour shorter or longer. */
  const lengthOn = (day: number) => {
    let minutes = length;
    forEachOccurrence({ ...schedule, repeat: 'none', start_date: toDateString(day), add: [], except: [] },
      { from: new Date((day - 1) * DAY_MS), to: new Date((day + 2) * DAY_MS) }, (s, e) => {
        if (e) minutes = Math.round((e - s) / MINUTE_MS);
      });
    return minutes;
  };
  const at = (name: string, day: number) => `${name};TZID=${timezone}:${stamp(day * DAY_MS + start * MINUTE_MS)}`;
  const event = (day: number, uid: string, recurrence: string[] = []) => [
    'BEGIN:VEVENT',
    `UID:${uid}${options.organization ? `.${shortHash(options.organization)}` : ''}@${uidHost(options.uidDomain)}`,
    `DTSTAMP:${stamp(now)}Z`,
    at('DTSTART', day),
    // An exact length, which the app gives every instance of a rule (§3.8.5.3): with DTEND, all would take the first's,
    // an hour off every week after a first night the clocks change. An end_time's own length on such a night (the
    // list's) is given to an event of one date; a rule's instance that night takes the usual length.
    `DURATION:PT${recurrence.length ? length : lengthOn(day)}M`,
    ...recurrence,
    `SUMMARY:${text(options.title)}`,
    options.description && `DESCRIPTION:${text(options.description)}`,
    options.location && `LOCATION:${text(options.location)}`,
    options.url && `URL:${options.url}`,
    'END:VEVENT',
  ];
  // The zone from a year before the first event, so that each kind of change has happened once before it.
  const spanStart = Math.max(Math.min(first ?? Infinity, ...extra) - 366, FIRST_DAY);

  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Care Widgets//Session Finder//EN', 'CALSCALE:GREGORIAN',
    ...vtimezoneLines(timezone, spanStart * DAY_MS, (spanEnd + 2) * DAY_MS),
    // One date a line, the plainest form. EXDATEs only matter to a rule, and only after DTSTART.
    ...(first === undefined ? [] : event(first, session.id, rule ? [rule, ...except.filter((day) => day > first && day <= lastDay).map((day) => at('EXDATE', day))] : [])),
    // The date in the UID keeps each extra date its own event, and the same one when imported again.
    ...extra.flatMap((day) => event(day, `${session.id}-${toDateString(day).replace(/-/g, '')}`)),
    'END:VCALENDAR',
  ];
  return (lines.filter(Boolean) as string[]).map(fold).join('\r\n') + '\r\n';
}

/**
 * Drops control characters (what is left of line breaks after escaping, in a URL say, so nothing can
 * start a property of its own) and folds at 75 octets (§3.1), never inside a UTF-8 sequence.
 */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line.replace(/[\0-\x08\n-\x1f\x7f]/g, '')) {
    // for…of yields code points: a surrogate pair is one 4-octet character.
    const size = char.length > 1 ? 4 : char < '\x80' ? 1 : char < '\u0800' ? 2 : 3;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** A download name from the title: `Peer circle` → `peer-circle.ics`; letters of any script are kept. */
export function icsFileName(title: string): string {
  const slug = [...title.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')].slice(0, 60).join('').replace(/^-+|-+$/g, '');
  return `${slug || 'session'}.ics`;
}
