/**
 * Calendar dates in a zone, for the banner's one-off questions. Not in the core every widget loads
 * (vite.config.ts), which has only viewer-zone.ts: no other widget asks these.
 */
import type { DateString, Zone } from '../feed/types.js';

const formatters = new Map<Zone, Intl.DateTimeFormat>();

/**
 * The calendar date at `instant` in `zone`, for a one-off question such as
 * "is this message's window open today?". (zoned.ts answers the same for
 * thousands of instants at once, with caches a banner does not need.)
 */
export function localDateAt(instant: Date, zone: Zone): DateString {
  let format = formatters.get(zone);
  if (!format) formatters.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const part = (type: string) => format.formatToParts(instant).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The first instant, in ms, at which `date` has begun in `zone` (its midnight, or the end of a daylight-saving
 * gap that swallows midnight), or with `ended`, the first at which it is over. Found by halving, to the
 * millisecond, with localDateAt's own reading, so a check then and one a millisecond before differ.
 */
export function dateEdge(date: DateString, zone: Zone, ended = false): number {
  // Offsets lie within −12 h and +14 h: 15 hours before the date's UTC midnight it has begun nowhere,
  // and 15 hours after its UTC end it is over everywhere.
  let before = Date.parse(date) - 15 * 3_600_000;
  let after = before + 54 * 3_600_000;
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    const local = localDateAt(new Date(mid), zone);
    if (ended ? local <= date : local < date) before = mid;
    else after = mid;
  }
  return after;
}
