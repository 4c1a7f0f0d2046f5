/** Whether a service is closing soon, and when the list must look at the clock again. Pure, no DOM. */
import type { OpeningStatus } from '../time/hours.js';

/** An open service "closes soon" in its last hour. */
export const CLOSING_SOON_MS = 3_600_000;

export const closesSoon = (status: OpeningStatus | undefined, now: Date): boolean =>
  !!status?.open && !!status.until && status.until.getTime() - now.getTime() <= CLOSING_SOON_MS;

/**
 * The next instant after `now` at which any of these statuses reads differently: a service
 * opens, enters its last hour, or closes. The list re-renders then, not only on reload.
 */
export function nextChange(statuses: Iterable<OpeningStatus | undefined>, now: Date): Date | undefined {
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
