/**
 * Zone math with Intl.DateTimeFormat alone: wall-clock time in an IANA zone ⇄ instant.
 * Offsets are in milliseconds to add to UTC to get the zone's wall clock.
 */
import { type DateString, type Day, type TimeString, type Zone } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import { DAY_MS, MINUTE_MS, toDateString, toDayNumber, toMinutes, weekdayIndex } from './day-numbers.js';
import { Memo } from './memo.js';

/** One zone's formatter and what it has told us about the zone's offsets. */
class ZoneClock {
  readonly #format: Intl.DateTimeFormat;
  readonly #midnightOffsets = new Memo((day) => this.offsetAt(day * DAY_MS));
  /** The instant of the offset change in a UTC day that has one, by day number. */
  readonly #transitions = new Memo((day) => this.#firstMinuteWithNewOffset(day * DAY_MS, (day + 1) * DAY_MS));

  constructor(zone: Zone) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  }

  /** The wall clock at `ms`, to the second, written as if it were a UTC timestamp. */
  wallClockMs(ms: number): number {
    const parts = this.#format.formatToParts(Math.floor(ms / 1000) * 1000);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    // Older engines write midnight as hour 24 even with hourCycle h23.
    return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
  }

  /**
   * Like wallClockMs, but from the cached midnight offsets: a zone changes its offset at
   * most once in a UTC day, so most instants need no Intl call at all.
   */
  cachedWallClockMs(ms: number): number {
    const second = Math.floor(ms / 1000) * 1000;
    const day = Math.floor(second / DAY_MS);
    const atStart = this.#midnightOffsets.get(day);
    const atEnd = this.#midnightOffsets.get(day + 1);
    return second + (atStart === atEnd || second < this.#transitions.get(day) ? atStart : atEnd);
  }

  /** See zonedDayTimeToMs. */
  toMs(day: number, minutes: number): number {
    const local = day * DAY_MS + minutes * MINUTE_MS;
    // Offsets span −12 h … +14 h, so every instant of local `day` lies between these two UTC
    // midnights; when they agree, the day has no transition (zones never change twice in three days).
    const before = this.#midnightOffsets.get(day - 1);
    const after = this.#midnightOffsets.get(day + 2);
    if (before === after) return local - before;
    const transition = this.#transitionNear(day);
    // Read with the old offset, the time is valid if it falls before the change; when clocks go back
    // that is also the earlier of two readings. Otherwise the new offset holds, or, in a gap, neither
    // does and the time is read with the offset before the gap, as RFC 5545 §3.3.5 has it: 02:30 on the
    // day clocks skip from 02:00 to 03:00 is 03:30, where every calendar app puts it too.
    if (local - before < transition || local - after < transition) return local - before;
    return local - after;
  }

  offsetAt(ms: number): number {
    return this.wallClockMs(ms) - Math.floor(ms / 1000) * 1000;
  }

  /** The offset change between the UTC midnights before and two days after `day`. */
  #transitionNear(day: number): number {
    let utcDay = day - 1;
    while (this.#midnightOffsets.get(utcDay) === this.#midnightOffsets.get(utcDay + 1)) utcDay++;
    return this.#transitions.get(utcDay);
  }

  /** The first minute after `lo` with another offset than at `lo`, when `hi` has another. */
  #firstMinuteWithNewOffset(lo: number, hi: number): number {
    const oldOffset = this.offsetAt(lo);
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (this.offsetAt(mid) === oldOffset) lo = mid;
      else hi = mid;
    }
    return hi;
  }
}

const clocks = new Map<Zone, ZoneClock>();

function clockOf(zone: Zone): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * The instant, in ms, of `minutes` past midnight on calendar `day` (day-numbers.ts) in `zone`.
 * A time skipped by a daylight-saving gap moves forward by the length of the gap (RFC 5545 §3.3.5);
 * a time that happens twice when clocks go back is the first (earlier) one.
 */
export const zonedDayTimeToMs = (zone: Zone, day: number, minutes: number): number => clockOf(zone).toMs(day, minutes);

/** The instant when the wall clocks of `zone` show `date` `time` (see zonedDayTimeToMs for DST gaps and overlaps). */
export const zonedToInstant = (date: DateString, time: TimeString, zone: Zone): Date =>
  new Date(zonedDayTimeToMs(zone, toDayNumber(date), toMinutes(time)));

/** The offset of `zone` at `ms`: what to add to UTC to read its wall clock, to the second. */
export const offsetAt = (zone: Zone, ms: number): number => clockOf(zone).offsetAt(ms);

export interface WallClock {
  /** `YYYY-MM-DD` */
  date: DateString;
  /** Day number of `date` (see day-numbers.ts). */
  day: number;
  weekday: Day;
  hours: number;
  minutes: number;
}

/** What the wall clocks of `zone` show at `ms`, to the second, written as if it were a UTC timestamp. */
export const wallClockMsAt = (ms: number, zone: Zone): number => clockOf(zone).cachedWallClockMs(ms);

/** What the wall clocks of `zone` show at `instant`. */
export function wallClockAt(instant: Date, zone: Zone): WallClock {
  const local = wallClockMsAt(instant.getTime(), zone);
  const day = Math.floor(local / DAY_MS);
  const minuteOfDay = Math.floor((local - day * DAY_MS) / MINUTE_MS);
  return {
    date: toDateString(day),
    day,
    weekday: DAYS[weekdayIndex(day)],
    hours: Math.floor(minuteOfDay / 60),
    minutes: minuteOfDay % 60,
  };
}
