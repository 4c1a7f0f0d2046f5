/** "Open now", "closes at", "opens at" for referral opening hours (feed-format.md, referrals `hours`). */
import { type OpeningHours, type Zone } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import { DAY_MS, toMinutes, weekdayIndex } from './day-numbers.js';
import { wallClockAt, zonedDayTimeToMs } from './zoned.js';

type Hours = '24/7' | readonly OpeningHours[] | undefined;

/**
 * Where a service stands at a moment: open (`until` it closes; no `until` when it is open
 * around the clock, as `24/7` is), or closed (`opens` next; none when no opening falls within a week).
 */
export type OpeningStatus = { open: true; until?: Date } | { open: false; opens?: Date };

/**
 * The instants, in ms, when the service is open from the day before `now` (for a night that
 * began yesterday) to a week after, as [start, end) spans, sorted, with touching spans joined.
 * A range whose `closes` is not after `opens` runs past midnight into the next day, so
 * 18:00–00:00 is the evening and 09:00–09:00 a full day. Times are the zone's wall clock, and
 * zonedDayTimeToMs places a time skipped or repeated by a daylight-saving change.
 */
function openSpans(hours: readonly OpeningHours[], zone: Zone, now: Date): [number, number][] {
  const today = wallClockAt(now, zone).day;
  const spans: [number, number][] = [];
  for (let day = today - 1; day <= today + 7; day++) {
    const weekday = DAYS[weekdayIndex(day)];
    for (const { days, opens, closes } of hours) {
      if (!days.includes(weekday)) continue;
      const from = toMinutes(opens);
      const to = toMinutes(closes);
      spans.push([zonedDayTimeToMs(zone, day, from), zonedDayTimeToMs(zone, to > from ? day : day + 1, to)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else joined.push(span);
  }
  return joined;
}

/**
 * Whether the service is open at `now` and when that changes; undefined when that is unknown:
 * no hours, an empty list (what the validator leaves when every entry was bad), or no zone.
 * Never a guess: unknown hours stay unknown.
 */
export function openingStatus(hours: Hours, zone: Zone | undefined, now: Date): OpeningStatus | undefined {
  if (hours === '24/7') return { open: true };
  if (hours === undefined || hours.length === 0 || zone === undefined) return undefined;
  const t = now.getTime();
  for (const [start, end] of openSpans(hours, zone, now)) {
    if (end <= t) continue;
    if (start > t) return { open: false, opens: new Date(start) };
    // Open for more than a week on end (every day 00:00–00:00, say): around the clock.
    return end - t > 7 * DAY_MS ? { open: true } : { open: true, until: new Date(end) };
  }
  return { open: false };
}

/** Whether the service is open at `now` in `zone`; undefined when that is unknown (see openingStatus). */
export const isOpenAt = (hours: Hours, zone: Zone | undefined, now: Date): boolean | undefined => openingStatus(hours, zone, now)?.open;
