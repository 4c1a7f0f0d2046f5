/** Dates and times for people to read: Intl.DateTimeFormat with an explicit zone and locale. */
import type { DateString, Zone } from '../feed/types.js';
import type { Occurrence } from './occurrence.js';
import { DAY_MS, MINUTE_MS, toDayNumber } from './calendar.js';
import { wallClockAt, wallClockMsAt } from './zoned.js';

const STYLES = {
  time: { hour: 'numeric', minute: '2-digit' },
  timeWithZone: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  dayTime: { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  dayTimeWithZone: { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
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

/** A time ("10:00 PM", "1:00 AM GMT+5:45") never breaks across lines: a narrow screen wraps a range between its two times. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/**
 * The time of an occurrence as the clocks of `zone` show it, "18:30–20:00", "10:00 PM – 1:00 AM",
 * "Mon 10:00 AM – Tue 10:00 AM" for a day or more, or "6:30 PM" without an end.
 * With `withZoneName`, the zone's short name follows, once where the clocks did not change between
 * ("6:30 – 8:00 PM PDT", "10:00 PM – 1:00 AM GMT+5:45").
 */
export function formatOccurrenceTime({ start, end }: Occurrence, zone: Zone, locale: string, withZoneName = false): string {
  const time = (instant: Date, day: boolean, zoned: boolean) =>
    unbroken(formatter(day ? (zoned ? 'dayTimeWithZone' : 'dayTime') : zoned ? 'timeWithZone' : 'time', locale, zone).format(instant));
  if (end === undefined) return time(start, false, withZoneName);
  const from = wallClockMsAt(start.getTime(), zone);
  const to = wallClockMsAt(end.getTime(), zone);
  if (Math.floor(from / DAY_MS) === Math.floor(to / DAY_MS)) {
    // Within a day formatRange writes what both times share once; a line may break only at its separator.
    const parts = formatter(withZoneName ? 'timeWithZone' : 'time', locale, zone).formatRangeToParts(start, end);
    return parts.map((part, i) => (part.source === 'shared' && parts[i - 1]?.source === 'startRange' ? part.value : unbroken(part.value))).join('');
  }
  // Across midnight formatRange writes both dates in full; the times alone read better. Over a day or more
  // they take their weekdays, or the two would read alike ("10:00 AM – 10:00 AM").
  const long = to - from >= DAY_MS;
  return `${time(start, long, withZoneName && to - from !== end.getTime() - start.getTime())} – ${time(end, long, withZoneName)}`;
}

/**
 * Whether the wall clocks of the two zones read differently at the occurrence's start or at its end
 * (another time or another date), to the minute: a clock change in one zone alone can part them in between.
 */
export function wallClockDiffers({ start, end }: Occurrence, zone: Zone, otherZone: Zone): boolean {
  const minutes = (instant: Date | undefined, z: Zone) => instant && Math.floor(wallClockMsAt(instant.getTime(), z) / MINUTE_MS);
  return minutes(start, zone) !== minutes(start, otherZone) || minutes(end, zone) !== minutes(end, otherZone);
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

/** A calendar date as `dayLabel` writes one, "Tuesday, June 1". */
export const formatDate = (date: DateString, locale: string): string => formatter('day', locale, 'UTC').format(toDayNumber(date) * DAY_MS);
