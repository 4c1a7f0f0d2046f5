/**
 * Turns a session's schedule (feed-format.md, "schedule") into dated occurrences.
 * Days are stepped through as day numbers; Intl is only asked about offsets, and those are cached.
 */
import { DAYS, type DateString, type Schedule } from '../feed/types.js';
import { DAY_MS, MINUTE_MS, mondayOf, toDayNumber, toDateString, toMinutes, weekdayIndex } from './calendar.js';
import { occurrenceState } from './status.js';
import { wallClockAt, zonedDayTimeToMs } from './zoned.js';

export interface Occurrence {
  start: Date;
  end?: Date;
  /** The calendar date in the session's zone. */
  date: DateString;
}

export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * A local day reaches up to 14 h either side of its UTC day and an occurrence lasts at most
 * about a day, so days this far outside the range are looked at too; the instants decide.
 */
const MARGIN_DAYS = 3;

/**
 * The timed occurrences of `schedule` that have not ended at `from` (one in progress counts)
 * and start before `to`, sorted by start. A by-appointment schedule has none: see isByAppointment.
 */
export function expandSchedule(schedule: Schedule, { from, to }: TimeRange): Occurrence[] {
  if (schedule.by_appointment || schedule.time === undefined) return [];
  const startDay = toDayNumber(schedule.start_date);
  const firstDay = Math.max(startDay, Math.floor(from.getTime() / DAY_MS) - MARGIN_DAYS);
  const lastDay = Math.min(
    schedule.end_date === undefined ? Infinity : toDayNumber(schedule.end_date),
    Math.floor(to.getTime() / DAY_MS) + MARGIN_DAYS,
  );
  const occurrenceOn = occurrenceMaker(schedule, toMinutes(schedule.time));
  return scheduledDays(schedule, startDay, firstDay, lastDay)
    .map(occurrenceOn)
    .filter((occ) => occ.start < to && occurrenceState(occ, from) !== 'ended');
}

/**
 * True when the session has no fixed time ("contact to arrange") and is still on offer
 * at `now`, that is `end_date`, if any, has not passed in the session's zone.
 */
export function isByAppointment(schedule: Schedule, now: Date): boolean {
  return schedule.by_appointment === true
    && (schedule.end_date === undefined || wallClockAt(now, schedule.timezone).date <= schedule.end_date);
}

/** The days from `firstDay` to `lastDay` the session meets on: its rule's, plus `add`, minus `except`; ascending. */
function scheduledDays(schedule: Schedule, startDay: number, firstDay: number, lastDay: number): number[] {
  const matches = ruleMatcher(schedule, startDay);
  let days: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) if (matches(day)) days.push(day);
  if (schedule.add) {
    const added = schedule.add.map(toDayNumber).filter((day) => day >= firstDay && day <= lastDay);
    days = [...new Set([...days, ...added])].sort((a, b) => a - b);
  }
  if (schedule.except) {
    const cancelled = new Set(schedule.except.map(toDayNumber));
    days = days.filter((day) => !cancelled.has(day));
  }
  return days;
}

function ruleMatcher(schedule: Schedule, startDay: number): (day: number) => boolean {
  const weekdays = new Set(schedule.days?.map((d) => DAYS.indexOf(d)) ?? [weekdayIndex(startDay)]);
  const { interval } = schedule;
  switch (schedule.repeat) {
    case 'none':
      return (day) => day === startDay;
    case 'weekly': {
      const startMonday = mondayOf(startDay);
      return (day) => weekdays.has(weekdayIndex(day)) && ((mondayOf(day) - startMonday) / 7) % interval === 0;
    }
    case 'monthly': {
      const startMonth = monthNumber(new Date(startDay * DAY_MS));
      const weeks = schedule.weeks ?? [];
      return (day) => {
        if (!weekdays.has(weekdayIndex(day))) return false;
        const date = new Date(day * DAY_MS);
        return (monthNumber(date) - startMonth) % interval === 0 && weeks.some((week) => isWeekOfMonth(date, week));
      };
    }
  }
}

const monthNumber = (date: Date): number => date.getUTCFullYear() * 12 + date.getUTCMonth();

/** Whether `date` falls in the nth week of its month (1–5: days 1–7, 8–14 …) or, for −1, the last seven days. */
function isWeekOfMonth(date: Date, week: number): boolean {
  const dayOfMonth = date.getUTCDate();
  if (week !== -1) return Math.ceil(dayOfMonth / 7) === week;
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOfMonth + 7 > daysInMonth;
}

function occurrenceMaker(schedule: Schedule, startMinutes: number): (day: number) => Occurrence {
  const { timezone, end_time, duration } = schedule;
  const endMinutes = end_time === undefined ? undefined : toMinutes(end_time);
  return (day) => {
    const start = zonedDayTimeToMs(timezone, day, startMinutes);
    let end: number | undefined;
    if (endMinutes !== undefined) {
      end = zonedDayTimeToMs(timezone, endMinutes < startMinutes ? day + 1 : day, endMinutes);
    } else if (duration !== undefined) {
      end = start + duration * MINUTE_MS;
    }
    const occ: Occurrence = { start: new Date(start), date: toDateString(day) };
    if (end !== undefined) occ.end = new Date(end);
    return occ;
  };
}
