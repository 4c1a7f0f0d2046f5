/** Dates and times for people to read: Intl.DateTimeFormat with an explicit zone and locale. */
import type { Zone } from '../feed/types.js';
import type { Occurrence } from './occurrence.js';
import { MINUTE_MS } from './calendar.js';
import { wallClockAt, wallClockMsAt } from './zoned.js';

const STYLES = {
  time: { hour: 'numeric', minute: '2-digit' },
  timeWithZone: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: keyof typeof STYLES, locale: string, zone: Zone): Intl.DateTimeFormat {
  const key = `${style} ${locale} ${zone}`;
  let format = formatters.get(key);
  if (!format) {
    const options = { ...STYLES[style], timeZone: zone };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // A malformed language tag (from a page's lang attribute, say) falls back to the browser's own.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formatters.set(key, format);
  }
  return format;
}

export { viewerZone } from './viewer-zone.js';

/**
 * The time of an occurrence as the clocks of `zone` show it, "18:30–20:00", "10:00 PM – 1:00 AM",
 * or "6:30 PM" without an end.
 * With `withZoneName`, the zone's short name follows ("6:30 – 8:00 PM PDT").
 */
export function formatOccurrenceTime(occ: Occurrence, zone: Zone, locale: string, withZoneName = false): string {
  const format = formatter(withZoneName ? 'timeWithZone' : 'time', locale, zone);
  if (occ.end === undefined) return format.format(occ.start);
  // Across midnight formatRange writes both dates in full; the times alone read better.
  if (wallClockAt(occ.start, zone).day !== wallClockAt(occ.end, zone).day) {
    return `${format.format(occ.start)} – ${format.format(occ.end)}`;
  }
  return format.formatRange(occ.start, occ.end);
}

/** Whether the wall clocks of the two zones read differently at `instant` (another time or another date), to the minute. */
export function wallClockDiffers(instant: Date, zone: Zone, otherZone: Zone): boolean {
  const minutes = (z: Zone) => Math.floor(wallClockMsAt(instant.getTime(), z) / MINUTE_MS);
  return minutes(zone) !== minutes(otherZone);
}

/**
 * How to head the group of occurrences on the day of `instant` in `zone`: 'today', 'tomorrow'
 * (for the caller to translate) or the weekday and date in `locale`, "Tuesday 10 March".
 */
export function dayLabel(instant: Date, now: Date, zone: Zone, locale: string): string {
  const daysAhead = wallClockAt(instant, zone).day - wallClockAt(now, zone).day;
  if (daysAhead === 0) return 'today';
  if (daysAhead === 1) return 'tomorrow';
  return formatter('day', locale, zone).format(instant);
}
