/** "Open now" for referral opening hours (feed-format.md, referrals `hours`). */
import { DAYS, type OpeningHours, type Zone } from '../feed/types.js';
import { toMinutes } from './calendar.js';
import { wallClockAt } from './zoned.js';

/**
 * Whether the referral is open at `now` in `zone`; undefined when that is unknown: no hours,
 * an empty list (what the validator leaves when every entry was bad), or no zone.
 * A range whose `closes` is not after `opens` runs past midnight into the next day,
 * so 18:00–00:00 is the evening and 09:00–09:00 a full day.
 */
export function isOpenAt(hours: '24/7' | readonly OpeningHours[] | undefined, zone: Zone | undefined, now: Date): boolean | undefined {
  if (hours === '24/7') return true;
  if (hours === undefined || hours.length === 0 || zone === undefined) return undefined;
  const clock = wallClockAt(now, zone);
  const minute = clock.hours * 60 + clock.minutes;
  const today = clock.weekday;
  const yesterday = DAYS[(DAYS.indexOf(today) + 6) % 7];
  return hours.some(({ days, opens, closes }) => {
    const opensAt = toMinutes(opens);
    const closesAt = toMinutes(closes);
    if (closesAt > opensAt) return days.includes(today) && minute >= opensAt && minute < closesAt;
    return (days.includes(today) && minute >= opensAt) || (days.includes(yesterday) && minute < closesAt);
  });
}
