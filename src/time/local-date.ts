import type { DateString, Zone } from '../feed/types.js';

/** The viewer's own zone, as the browser reports it. */
export const viewerZone = (): Zone => new Intl.DateTimeFormat().resolvedOptions().timeZone;

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
