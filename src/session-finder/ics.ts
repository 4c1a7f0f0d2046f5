/**
 * One session as an iCalendar file (RFC 5545), built in the browser for "add to calendar".
 * https://www.rfc-editor.org/rfc/rfc5545
 *
 * Times are written as wall-clock times with the session's IANA zone as TZID (feed-format.md,
 * "schedule": 18:30 in Chicago stays 18:30 there in winter and summer), so the calendar app
 * keeps them right across daylight-saving changes.
 *
 * No VTIMEZONE is written. RFC 5545 §3.6.5 asks for one per TZID, but one with only a TZID is
 * itself invalid (it MUST hold a STANDARD or DAYLIGHT rule) and has broken importers (KDE's
 * files, py-vobject#28); Google, Apple and current Outlook resolve IANA names on their own.
 * Writing full rules from Intl would cost more than this whole module; older Outlook desktop
 * (2007–2013) may then read the times as floating.
 */
import { DAYS, type DateString, type Session } from '../feed/types.js';
import { DAY_MS, MINUTE_MS, toDayNumber, toMinutes, weekdayIndex } from '../time/calendar.js';
import { expandSchedule, type Occurrence } from '../time/expand.js';
import { zonedDayTimeToMs } from '../time/zoned.js';

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
   * The UID is `<session id>@<uidDomain>`: stable, so importing again updates the event.
   * Pass the feed's host so two organizations' `peer-circle` stay two events.
   */
  uidDomain?: string;
}

/** `20260310T183000`, the UTC reading of `ms`: a wall-clock time when `ms` is a day number's ms plus minutes. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);

/** TEXT value escaping, RFC 5545 §3.3.11. */
const text = (value: string) => value.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/**
 * The session as an .ics file, or undefined when it has no fixed time (`by_appointment`) or no
 * date it meets on. The one VEVENT starts at the first occurrence on or after `start_date`,
 * as RFC 5545 §3.8.5.3 wants DTSTART to be the first instance of the rule.
 */
export function sessionToIcs(session: Session, options: IcsOptions): string | undefined {
  const schedule = session.schedule;
  const { time, repeat, interval, timezone, end_date } = schedule;
  if (schedule.by_appointment || time === undefined) return undefined;
  const startDay = toDayNumber(schedule.start_date);
  const endDay = toDayNumber(end_date ?? '9999-12-31');
  // Like expandSchedule: extra dates outside start_date…end_date are not held, cancelled ones win.
  const dates = (list: DateString[] = []) => list.map(toDayNumber).filter((day) => day >= startDay && day <= endDay);
  const except = dates(schedule.except);
  const added = dates(schedule.add).filter((day) => !except.includes(day)).sort((a, b) => a - b);

  // DTSTART: the first date the widget itself lists (expandSchedule, without the extra dates). A window of
  // 64 × interval days holds it unless a 5th weekday or a run of cancellations pushes it further; then the
  // window grows eightfold, four times at most (a month with five Mondays can be 28 years away at interval 12).
  let occurrence: Occurrence | undefined;
  for (let days = 64; !occurrence && days < 4e5; days *= 8) {
    occurrence = expandSchedule({ ...schedule, add: [] }, { from: new Date(0), to: new Date((startDay + days * interval) * DAY_MS) })[0];
  }
  // When the rule never meets, the extra dates alone remain.
  const first = occurrence ? toDayNumber(occurrence.date) : added[0];
  if (first === undefined) return undefined;

  let rule = '';
  if (occurrence && repeat !== 'none') {
    const byDay = DAYS.filter((d) => (schedule.days ?? [DAYS[weekdayIndex(startDay)]]).includes(d)).map((d) => d.toUpperCase());
    rule = `RRULE:FREQ=${repeat.toUpperCase()};INTERVAL=${interval};BYDAY=${
      repeat === 'weekly'
        // WKST=MO is the RFC default; said anyway, as every other week with a Sunday in it depends on it.
        ? byDay.join(',') + (interval > 1 ? ';WKST=MO' : '')
        : (schedule.weeks ?? []).flatMap((w) => byDay.map((d) => w + d)).join(',')
    }`;
    // UNTIL is inclusive and, with a TZID start, must be UTC (§3.3.10): the last second of end_date in the zone.
    if (end_date) rule += `;UNTIL=${stamp(zonedDayTimeToMs(timezone, endDay + 1, 0) - 1000)}Z`;
  }

  const start = toMinutes(time);
  const endTime = schedule.end_time ? toMinutes(schedule.end_time) : undefined;
  // Without an end, RFC 5545 makes the event an instant, which calendars draw as a hairline or not at all;
  // an hour (the usual default length of a new event) gives it a place in the day.
  const end = endTime === undefined ? start + (schedule.duration ?? 60) : endTime + (endTime < start ? 1440 : 0);
  // Wall-clock arithmetic: the app applies DTEND − DTSTART as an exact length to every instance.
  const at = (name: string, day: number, minutes = start) => `${name};TZID=${timezone}:${stamp(day * DAY_MS + minutes * MINUTE_MS)}`;

  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Care Widgets//Session Finder//EN', 'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${session.id}@${options.uidDomain ?? 'care-widgets'}`,
    `DTSTAMP:${stamp(+options.now)}Z`,
    at('DTSTART', first),
    at('DTEND', first, end),
    rule,
    // One date a line, the plainest form. EXDATEs only matter to a rule, and only after DTSTART.
    ...(rule ? except.filter((day) => day > first).map((day) => at('EXDATE', day)) : []),
    ...added.filter((day) => day !== first).map((day) => at('RDATE', day)),
    `SUMMARY:${text(options.title)}`,
    options.description && `DESCRIPTION:${text(options.description)}`,
    options.location && `LOCATION:${text(options.location)}`,
    options.url && `URL:${options.url}`,
    'END:VEVENT', 'END:VCALENDAR',
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
