/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, written from the offsets Intl knows,
 * so a calendar file defines every TZID it uses. https://www.rfc-editor.org/rfc/rfc5545#section-3.6.5
 *
 * Where the zone's changes over the span follow one yearly rule each way ("second Sunday of March
 * at 02:00"), they are written as two yearly rules: the form every calendar app reads, and the only
 * one Outlook imports (a single nth or last weekday of a month). Otherwise, each change is written
 * as an observance of its own. A zone without changes is one STANDARD observance.
 */
import type { Zone } from '../feed/types.js';
import { DAY_MS } from './calendar.js';
import { offsetAt } from './zoned.js';

/** A change of offset: at instant `at`, from one offset to another (ms to add to UTC). */
interface Change {
  at: number;
  from: number;
  to: number;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** `20260308T020000`: a time written as if it were UTC, which is how the wall clock is carried here. */
export const icsStamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);

/** `-0500`, `+0545`, `+001730` (seconds only where there are some). */
function utcOffset(ms: number): string {
  const seconds = Math.abs(ms) / 1000;
  const two = (n: number) => String(Math.floor(n) % 100).padStart(2, '0');
  return (ms < 0 ? '-' : '+') + two(seconds / 3600) + two((seconds / 60) % 60) + (seconds % 60 ? two(seconds % 60) : '');
}

/**
 * The changes of offset between two instants. Looked for a week at a time (no zone changes twice within
 * a week and back), each is then found to the second by halving.
 */
function offsetChanges(zone: Zone, from: number, to: number): Change[] {
  const changes: Change[] = [];
  let offset = offsetAt(zone, from);
  for (let start = from; start < to;) {
    const end = Math.min(start + 7 * DAY_MS, to);
    if (offsetAt(zone, end) === offset) {
      start = end;
      continue;
    }
    let lo = start;
    let hi = end;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(zone, mid) === offset) lo = mid;
      else hi = mid;
    }
    const next = offsetAt(zone, hi);
    changes.push({ at: hi, from: offset, to: next });
    offset = next;
    start = hi;
  }
  return changes;
}

/** Where a change falls on the clocks that read before it (its onset, §3.6.5: DTSTART with TZOFFSETFROM). */
const onset = (change: Change) => change.at + change.from;

/** 0 = Sunday … 6 = Saturday, as in WEEKDAYS; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * The yearly rule that gives exactly these changes (one a year, in consecutive years, the first within
 * a year of `from`, and the next one after `to`), when there is one: the nth (1–4) or last weekday of a
 * month, at one time on the clocks.
 */
function yearlyRule(changes: Change[], from: number, to: number): string | undefined {
  const first = changes[0];
  if (!first || first.at > from + 366 * DAY_MS || changes.some((c) => c.from !== first.from || c.to !== first.to)) return undefined;
  const start = new Date(onset(first));
  const [year, month, weekday] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDay()];
  const time = ((onset(first) % DAY_MS) + DAY_MS) % DAY_MS;
  /** The onset the rule gives in `y`, in ms on the clocks. */
  const onsetIn = (y: number, nth: number) => {
    const edge = Date.UTC(y, nth < 0 ? month + 1 : month, nth < 0 ? 0 : 1) / DAY_MS;
    const day = nth < 0 ? edge - ((weekdayOf(edge) - weekday + 7) % 7) : edge + ((weekday - weekdayOf(edge) + 7) % 7) + 7 * (nth - 1);
    return day * DAY_MS + time;
  };
  // The last weekday first: where both fit (the last Sunday is some years the 4th), it is the law's usual wording.
  const nth = [-1, 1, 2, 3, 4].find((n) =>
    changes.every((c, i) => onset(c) === onsetIn(year + i, n)) && onsetIn(year + changes.length, n) - first.from > to);
  return nth === undefined ? undefined : `FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${nth}${WEEKDAYS[weekday]}`;
}

/**
 * The lines of a VTIMEZONE for `zone` that is right from `from` to `to` (instants in ms): for the span
 * of the events that use it. For a span with no end, pass a `to` some years on: yearly rules then
 * carry on past it.
 */
export function vtimezoneLines(zone: Zone, from: number, to: number): string[] {
  const changes = offsetChanges(zone, from, to);
  const observance = (kind: string, start: number, offsetFrom: number, offsetTo: number, rule?: string) => [
    `BEGIN:${kind}`, `DTSTART:${icsStamp(start)}`, rule && `RRULE:${rule}`,
    `TZOFFSETFROM:${utcOffset(offsetFrom)}`, `TZOFFSETTO:${utcOffset(offsetTo)}`, `END:${kind}`,
  ];
  const kindOf = (change: Change) => (change.to > change.from ? 'DAYLIGHT' : 'STANDARD');
  const forward = changes.filter((c) => c.to > c.from);
  const back = changes.filter((c) => c.to < c.from);
  const rules = [forward, back].map((list) => yearlyRule(list, from, to));
  let body: (string | undefined)[];
  if (rules[0] && rules[1]) {
    body = [forward, back].flatMap((list, i) => observance(kindOf(list[0]), onset(list[0]), list[0].from, list[0].to, rules[i]));
  } else {
    // Until the first change, times keep the offset the span starts with.
    const initial = offsetAt(zone, from);
    body = [
      ...observance('STANDARD', from + initial, initial, initial),
      ...changes.flatMap((c) => observance(kindOf(c), onset(c), c.from, c.to)),
    ];
  }
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...body, 'END:VTIMEZONE'].filter((line): line is string => !!line);
}
