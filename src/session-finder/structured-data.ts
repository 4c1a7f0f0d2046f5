/**
 * schema.org Events for the coming occurrences, for search engines
 * (opt-in: the `structured-data` attribute). Private addresses stay out.
 */
import type { Feed, Text } from '../feed/types.js';
import type { Row } from './session-index.js';

const ATTENDANCE = { 'in-person': 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' };

export function eventsJsonLd(feed: Feed, rows: readonly Row[], text: (t: Text | undefined) => string): string {
  const events = rows.map(({ entry, occurrence }) => {
    const { session, place } = entry;
    const locations = [
      place && { '@type': 'Place', name: text(place.name), ...(place.address_on_request || !place.address ? {} : { address: place.address }) },
      session.online?.url && { '@type': 'VirtualLocation', url: session.online.url },
    ].filter(Boolean);
    return {
      '@type': 'Event',
      name: text(session.title),
      ...(session.description ? { description: text(session.description) } : {}),
      startDate: occurrence.start.toISOString(),
      ...(occurrence.end ? { endDate: occurrence.end.toISOString() } : {}),
      eventAttendanceMode: `https://schema.org/${ATTENDANCE[entry.mode]}`,
      eventStatus: 'https://schema.org/EventScheduled',
      location: locations.length === 1 ? locations[0] : locations,
      isAccessibleForFree: entry.free,
      organizer: { '@type': 'Organization', name: text(feed.organization.name), ...(feed.organization.url ? { url: feed.organization.url } : {}) },
    };
  });
  // "<" escaped so no text can close the script element it is written into.
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': events }).replace(/</g, '\\u003c');
}
