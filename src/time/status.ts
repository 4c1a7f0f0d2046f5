/** Where an occurrence stands at a given moment. */
import type { Occurrence } from './occurrence.js';
import { DEFAULT_LENGTH_MS } from './expand.js';

export type OccurrenceState = 'now' | 'upcoming' | 'ended';

/**
 * 'now' from the start (inclusive) to the end (exclusive). Without an end, it counts as lasting
 * an hour (DEFAULT_LENGTH_MS), as the finder lists it and a calendar file gives it.
 */
export function occurrenceState(occ: Occurrence, now: Date): OccurrenceState {
  const t = now.getTime();
  const start = occ.start.getTime();
  if (t < start) return 'upcoming';
  if (t === start || t < (occ.end?.getTime() ?? start + DEFAULT_LENGTH_MS)) return 'now';
  return 'ended';
}

/** The occurrence happening now, or else the next to start (earliest start wins); undefined when all have ended. */
export function nextOccurrence(list: readonly Occurrence[], now: Date): Occurrence | undefined {
  let next: Occurrence | undefined;
  for (const occ of list) {
    if (occurrenceState(occ, now) !== 'ended' && (next === undefined || occ.start < next.start)) next = occ;
  }
  return next;
}
