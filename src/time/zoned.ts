/**
 * Zone math with Intl.DateTimeFormat alone: wall-clock time in an IANA zone ⇄ instant.
 * Offsets are in milliseconds to add to UTC to get the zone's wall clock.
 */
import { DAYS, type DateString, type Day, type TimeString, type Zone } from '../feed/types.js';
import { DAY_MS, MINUTE_MS, toDateString, toDayNumber, toMinutes, weekdayIndex } from './calendar.js';
import { memo } from './memo.js';

/** A zone's formatter and what has been learnt about its offsets. */
interface ZoneInfo {
  format: Intl.DateTimeFormat;
  /** Offset at each UTC midnight asked about, by day number. */
  midnightOffsets: Map<number, number>;
  /** The instant of the offset change in each UTC day that has one, by day number. */
  transitions: Map<number, number>;
}

const zones = new Map<Zone, ZoneInfo>();

function zoneInfo(zone: Zone): ZoneInfo {
  let info = zones.get(zone);
  if (!info) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    info = { format, midnightOffsets: new Map(), transitions: new Map() };
    zones.set(zone, info);
  }
  return info;
}

/** The zone's wall clock at `ms`, written as if it were a UTC timestamp. */
function wallClockMs(zone: ZoneInfo, ms: number): number {
  const parts = zone.format.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Older engines write midnight as hour 24 even with hourCycle h23.
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second'));
}

function offsetAt(zone: ZoneInfo, ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallClockMs(zone, wholeSecond) - wholeSecond;
}

const offsetAtUtcMidnight = (zone: ZoneInfo, day: number): number =>
  memo(zone.midnightOffsets, day, () => offsetAt(zone, day * DAY_MS));

/** The first minute after `lo` with another offset than at `lo`, when `hi` has another. */
function firstMinuteWithNewOffset(zone: ZoneInfo, lo: number, hi: number): number {
  const oldOffset = offsetAt(zone, lo);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(zone, mid) === oldOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The instant of the offset change between the UTC midnights before and two days after `day`. */
function transitionNear(zone: ZoneInfo, day: number): number {
  let utcDay = day - 1;
  while (offsetAtUtcMidnight(zone, utcDay) === offsetAtUtcMidnight(zone, utcDay + 1)) utcDay++;
  return memo(zone.transitions, utcDay, () => firstMinuteWithNewOffset(zone, utcDay * DAY_MS, (utcDay + 1) * DAY_MS));
}

/**
 * The instant, in ms, of `minutes` past midnight on calendar `day` in `zone`.
 * A time skipped by a daylight-saving gap moves forward to the first instant after the gap;
 * a time that happens twice when clocks go back is the first (earlier) one.
 */
export function zonedDayTimeToMs(zoneName: Zone, day: number, minutes: number): number {
  const zone = zoneInfo(zoneName);
  const local = day * DAY_MS + minutes * MINUTE_MS;
  // Offsets span −12 h … +14 h, so every instant of local `day` lies between these two UTC
  // midnights; when they agree, the day has no transition (zones never change twice in three days).
  const before = offsetAtUtcMidnight(zone, day - 1);
  const after = offsetAtUtcMidnight(zone, day + 2);
  if (before === after) return local - before;
  const transition = transitionNear(zone, day);
  // Read with the old offset, the time is valid if it falls before the change; when clocks go back
  // that is also the earlier of two readings. Otherwise the new offset holds, or, in a gap, neither
  // does and the change itself is the first instant after the gap.
  if (local - after < transition && local - before < transition) return local - before;
  return Math.max(local - after, transition);
}

/** The instant when the wall clocks of `zone` show `date` `time` (see zonedDayTimeToMs for DST gaps and overlaps). */
export function zonedToInstant(date: DateString, time: TimeString, zone: Zone): Date {
  return new Date(zonedDayTimeToMs(zone, toDayNumber(date), toMinutes(time)));
}

export interface WallClock {
  /** `YYYY-MM-DD` */
  date: DateString;
  /** Day number of `date` (see calendar.ts). */
  day: number;
  weekday: Day;
  hours: number;
  minutes: number;
}

/** What the wall clocks of `zone` show at `instant`. */
export function wallClockAt(instant: Date, zone: Zone): WallClock {
  const local = wallClockMs(zoneInfo(zone), Math.floor(instant.getTime() / 1000) * 1000);
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
