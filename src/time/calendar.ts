/**
 * Day numbers (day-numbers.ts, re-exported here) and the weeks and months that repeating schedules
 * step by. The weeks and months are a module apart from the day numbers: the opening hours of the
 * lookup, which shares its time code with the finder, never ask for them.
 */
import { DAY_MS, weekdayIndex } from './day-numbers.js';

export { DAY_MS, MINUTE_MS, toDateString, toDayNumber, toMinutes, weekdayIndex } from './day-numbers.js';

export const mondayOf = (day: number): number => day - weekdayIndex(day);

/** Months counted from January of year 0, so consecutive months differ by one. */
export function monthOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export const firstDayOfMonth = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
