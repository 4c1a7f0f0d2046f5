/** Pure helpers for the words of a referral's details: runs of days, details checked long ago. No DOM. */
import { type DateString, type Day } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';

/**
 * Days in week order, grouped into runs of consecutive days: mo tu we th fr sa → [[mo … sa]]; mo we → [[mo], [we]].
 * The week goes round: a run to Sunday goes on into one from Monday, and comes first (su mo tu we th → [[su … th]],
 * "Sun–Thu", the working week of Israel and much of the Arab world, not "Mon–Thu, Sun").
 */
export function dayRuns(days: readonly Day[]): Day[][] {
  const runs: Day[][] = [];
  let previous = -2;
  DAYS.forEach((day, i) => {
    if (!days.includes(day)) return;
    if (i === previous + 1) runs[runs.length - 1].push(day);
    else runs.push([day]);
    previous = i;
  });
  if (runs.length > 1 && runs[0][0] === 'mo' && previous === 6) runs.unshift([...runs.pop()!, ...runs.shift()!]);
  return runs;
}

/** Whether details `verified` on that date were checked more than 12 months before `today` (both `YYYY-MM-DD`). */
export const isStale = (verified: DateString, today: DateString): boolean =>
  verified < `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
