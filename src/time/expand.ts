/**
 * Turns a session's schedule (feed-format.md, "schedule") into dated occurrences.
 * Days are stepped through as day numbers; Intl is only asked about offsets, and those are cached.
 */
import type { DateString, Schedule } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import {
  DAY_MS, MINUTE_MS, firstDayOfMonth, mondayOf, monthOf, toDateString, toDayNumber, toMinutes, weekdayIndex,
} from './calendar.js';
import type { Occurrence, TimeRange } from './occurrence.js';

export type { Occurrence, TimeRange };
import { wallClockAt, zonedDayTimeToMs } from './zoned.js';


/**
 * A local day reaches up to 14 h either side of its UTC day and an occurrence lasts at most
 * about a day, so days this far outside the range are looked at too; the instants decide.
 */
const MARGIN_DAYS = 3;
const MAX_INTERVAL = 1e8;

/**
 * How long an occurrence counts as lasting when its schedule gives neither end_time nor duration: it is listed,
 * and happening now, for an hour from its start, and the calendar file (ics.ts) gives it an hour. A session has
 * a length even when the feed leaves it out: one gone from the list a minute after it began could not be joined late.
 */
export const DEFAULT_LENGTH_MS = 3_600_000;

/**
 * The timed occurrences of `schedule` that have not ended at `from` (one in progress counts)
 * and start before `to`, sorted by start. A by-appointment schedule has none: see isByAppointment.
 */
export function expandSchedule(schedule: Schedule, range: TimeRange): Occurrence[] {
  const list: Occurrence[] = [];
  forEachOccurrence(schedule, range, (start, end, day) => {
    const occ: Occurrence = { start: new Date(start), date: toDateString(day) };
    if (end !== undefined) occ.end = new Date(end);
    list.push(occ);
  });
  return list;
}

/**
 * The occurrences expandSchedule lists, as numbers, in order: the start and end in ms (end undefined
 * when the schedule gives none) and the calendar day in the session's zone (a day number, calendar.ts).
 * Nothing is made for each one, for a finder that expands thousands of sessions.
 */
export function forEachOccurrence(schedule: Schedule, { from, to }: TimeRange, each: (start: number, end: number | undefined, day: number) => void): void {
  if (schedule.by_appointment || schedule.time === undefined) return;
  const startDay = toDayNumber(schedule.start_date);
  // The range's days, a margin either side for the zones; the rule's within start_date and end_date too.
  const rangeFirst = Math.floor(from.getTime() / DAY_MS) - MARGIN_DAYS;
  const rangeLast = Math.floor(to.getTime() / DAY_MS) + MARGIN_DAYS;
  const firstDay = Math.max(startDay, rangeFirst);
  const lastDay = Math.min(schedule.end_date === undefined ? Infinity : toDayNumber(schedule.end_date), rangeLast);
  // Starts after the range or ended before it, with no extra date in it (most of a large feed, for a first screen of one day).
  const added = schedule.add?.map(toDayNumber).filter((day) => day >= rangeFirst && day <= rangeLast);
  if (firstDay > lastDay && !added?.length) return;
  const { timezone, end_time, duration } = schedule;
  const startMinutes = toMinutes(schedule.time);
  const endMinutes = end_time === undefined ? undefined : toMinutes(end_time);
  const fromMs = from.getTime();
  const toMs = to.getTime();
  for (const day of scheduledDays(schedule, startDay, firstDay, lastDay, added)) {
    const start = zonedDayTimeToMs(timezone, day, startMinutes);
    let end: number | undefined;
    if (endMinutes !== undefined) {
      // An end not after the start is the next day's, as the feed's checker tells its keeper ("24:00" is "00:00"):
      // 20:00 to 20:00 is a day, not an occurrence over as it begins.
      const nextDay = endMinutes <= startMinutes;
      end = zonedDayTimeToMs(timezone, nextDay ? day + 1 : day, endMinutes);
      // A start moved on by a daylight-saving gap can reach its end (02:30–03:30 on the day 02:00 becomes
      // 03:00): it keeps its length on the clock, as a calendar app keeps every instance's length.
      if (end <= start) end = start + (endMinutes - startMinutes + (nextDay ? 1440 : 0)) * MINUTE_MS;
    } else if (duration !== undefined) {
      end = start + duration * MINUTE_MS;
    }
    // Not yet ended at `from`: upcoming, at its start, or in progress (an hour, without an end).
    if (start < toMs && (start >= fromMs || fromMs < (end ?? start + DEFAULT_LENGTH_MS))) each(start, end, day);
  }
}

/**
 * True when the session has no fixed time ("contact to arrange") and is on offer within `range`, as
 * a timed one is listed by its occurrences: its start_date comes before the range ends, and its end_date,
 * if any, has not passed at its start, in the session's zone.
 */
export function isByAppointment(schedule: Schedule, { from, to }: TimeRange): boolean {
  return schedule.by_appointment === true
    && schedule.start_date <= wallClockAt(to, schedule.timezone).date
    && (schedule.end_date === undefined || wallClockAt(from, schedule.timezone).date <= schedule.end_date);
}

/** A schedule's start_date while it is still to come at `now` in the session's zone ("From June 1"), else undefined. */
export const laterStart = (schedule: Schedule, now: Date): DateString | undefined =>
  schedule.start_date > wallClockAt(now, schedule.timezone).date ? schedule.start_date : undefined;

/**
 * The days the session meets on: its rule's from `firstDay` to `lastDay`, plus the extra dates `added` (those in the
 * range, wherever they fall: "extra one-off dates", feed-format.md), minus `except`; ascending.
 */
function scheduledDays(schedule: Schedule, startDay: number, firstDay: number, lastDay: number, added: number[] | undefined): number[] {
  let days = firstDay <= lastDay ? ruleDays(schedule, startDay, firstDay, lastDay) : [];
  if (added?.length) days = [...new Set([...days, ...added])].sort((a, b) => a - b);
  if (schedule.except) {
    const cancelled = new Set(schedule.except.map(toDayNumber));
    days = days.filter((day) => !cancelled.has(day));
  }
  return days;
}

/** The days `repeat` gives from `firstDay` (never before start_date) to `lastDay`; ascending. */
function ruleDays(schedule: Schedule, startDay: number, firstDay: number, lastDay: number): number[] {
  if (schedule.repeat === 'none') return startDay >= firstDay && startDay <= lastDay ? [startDay] : [];
  const weekdays = [...new Set(schedule.days?.map((d) => DAYS.indexOf(d)) ?? [weekdayIndex(startDay)])].sort((a, b) => a - b);
  // Any interval the feed may give is whole and at least 1; past this many weeks or months (over 1.9 million
  // years) the next period lies beyond every date there is, and a larger number would only overflow (7 × 1e308).
  const interval = Math.min(schedule.interval, MAX_INTERVAL);
  const days = schedule.repeat === 'weekly'
    ? weeklyDays(weekdays, interval, startDay, firstDay, lastDay)
    : monthlyDays(weekdays, schedule.weeks ?? [], interval, startDay, firstDay, lastDay);
  return days.filter((day) => day >= firstDay && day <= lastDay);
}

/** Every `interval` weeks, counted in Monday-based weeks from the one holding start_date. */
function weeklyDays(weekdays: number[], interval: number, startDay: number, firstDay: number, lastDay: number): number[] {
  const days: number[] = [];
  const period = 7 * interval;
  const startMonday = mondayOf(startDay);
  const firstMonday = startMonday + Math.floor((firstDay - startMonday) / period) * period;
  for (let monday = firstMonday; monday <= lastDay; monday += period) {
    for (const weekday of weekdays) days.push(monday + weekday);
  }
  return days;
}

/** The nth (1–5) or last (−1) of each weekday, every `interval` months counted from start_date's month. */
function monthlyDays(weekdays: number[], weeks: number[], interval: number, startDay: number, firstDay: number, lastDay: number): number[] {
  const days = new Set<number>();
  const startMonth = monthOf(startDay);
  for (let month = monthOf(firstDay); month <= monthOf(lastDay); month++) {
    if ((month - startMonth) % interval !== 0) continue;
    const monthStart = firstDayOfMonth(month);
    const nextMonthStart = firstDayOfMonth(month + 1);
    for (const weekday of weekdays) {
      const first = monthStart + ((weekday - weekdayIndex(monthStart) + 7) % 7);
      const last = first + 7 * Math.floor((nextMonthStart - 1 - first) / 7);
      for (const week of weeks) {
        const day = week === -1 ? last : first + 7 * (week - 1);
        // A 5th weekday the month lacks would land in the next month.
        if (day < nextMonthStart) days.add(day);
      }
    }
  }
  // Weeks 5 and −1 (or 4 and −1) can name the same day.
  return [...days].sort((a, b) => a - b);
}
