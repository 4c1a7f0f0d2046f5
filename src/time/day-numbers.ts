/**
 * Calendar dates as day numbers (whole days since 1970-01-01), so schedules can
 * step through days with plain arithmetic instead of asking Intl about each one.
 * A day number names a date, not an instant: it has no zone.
 */
import type { DateString, TimeString } from '../feed/types.js';
import { Memo } from './memo.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → day number. Date-only ISO strings parse as UTC midnight. */
export const toDayNumber = (date: DateString): number => Date.parse(date) / DAY_MS;

// Kept because toISOString is slow next to the rest of an expansion, and the same few days recur.
const dateStrings = new Memo((day): DateString => new Date(day * DAY_MS).toISOString().slice(0, 10));

export const toDateString = (day: number): DateString => dateStrings.get(day);

/** 0 = Monday … 6 = Sunday, the order of `DAYS`. Day 0 was a Thursday. */
export const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** `HH:MM` → minutes after midnight. */
export const toMinutes = (time: TimeString): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
