/** Pure helpers for the words of a referral's details: runs of days, details checked long ago. No DOM. */
import { type DateString, type Day } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';

/** Days in week order, grouped into runs of consecutive days: mo tu we th fr sa → [[mo … sa]]; mo we → [[mo], [we]]. */
export function dayRuns(days: readonly Day[]): Day[][] {
  const runs: Day[][] = [];
  let previous = -2;
  DAYS.forEach((day, i) => {
    if (!days.includes(day)) return;
    if (i === previous + 1) runs[runs.length - 1].push(day);
    else runs.push([day]);
    previous = i;
  });
  return runs;
}

/** Whether details `verified` on that date were checked more than 12 months before `today` (both `YYYY-MM-DD`). */
export const isStale = (verified: DateString, today: DateString): boolean =>
  verified < `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
