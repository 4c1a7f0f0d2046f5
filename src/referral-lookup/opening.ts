/** What the lookup says about opening hours and dates, worked out from data and a clock. Pure, no DOM. */
import { DAYS, type DateString, type Day } from '../feed/types.js';
import type { OpeningStatus } from '../time/hours.js';

/** An open service "closes soon" in its last hour. */
export const CLOSING_SOON_MS = 3_600_000;

export const closesSoon = (status: OpeningStatus | undefined, now: Date): boolean =>
  !!status?.open && !!status.until && status.until.getTime() - now.getTime() <= CLOSING_SOON_MS;

/**
 * The next instant after `now` at which any of these statuses reads differently: a service
 * opens, enters its last hour, or closes. The list re-renders then, not only on reload.
 */
export function nextChange(statuses: readonly (OpeningStatus | undefined)[], now: Date): Date | undefined {
  const t = now.getTime();
  let next = Infinity;
  for (const status of statuses) {
    const at = status?.open ? status.until?.getTime() : status?.opens?.getTime();
    if (at === undefined) continue;
    const soon = at - CLOSING_SOON_MS;
    next = Math.min(next, status?.open && soon > t ? soon : at);
  }
  return next === Infinity ? undefined : new Date(next);
}

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
