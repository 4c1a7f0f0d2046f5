import type { finderMoreEn } from './more-strings.js';

/**
 * The session finder's English strings for its list and filters (the shared ones are in
 * src/i18n/en.ts; those of a session's details, in more-strings.ts, come with the details).
 */
export const finderEn = {
  finderLabel: 'Find a support session',
  search: 'Search sessions',
  any: 'Any',
  optionCount: '{label} ({count})',
  'filter.day': 'Day',
  'filter.time': 'Time of day',
  'filter.kind': 'Kind of session',
  'filter.audience': 'Who it is for',
  'filter.language': 'Language',
  'filter.place': 'Place',
  'filter.mode': 'In person or online',
  freeOnly: 'Free only',
  clearFilters: 'Clear filters',
  moreFilters: 'Filters',
  /** The same button with {count} filters set. */
  moreFiltersSet: 'Filters ({count})',
  'time.morning': 'Morning',
  'time.afternoon': 'Afternoon',
  'time.evening': 'Evening',
  'mode.in-person': 'In person',
  'mode.online': 'Online',
  'mode.hybrid': 'In person and online',
  'results.one': '{count} session in the next {weeks} weeks',
  'results.other': '{count} sessions in the next {weeks} weeks',
  'resultsDays.one': '{count} session in the next {days} days',
  'resultsDays.other': '{count} sessions in the next {days} days',
  'resultsDay.one': '{count} session in the next 24 hours',
  'resultsDay.other': '{count} sessions in the next 24 hours',
  today: 'Today',
  tomorrow: 'Tomorrow',
  happeningNow: 'Happening now',
  nextUp: 'Next',
  yourTime: '{time} your time',
  byAppointment: 'By appointment',
  /** A session by appointment listed before it begins; {date} is "Tuesday, June 1". */
  appointmentsFrom: 'From {date}',
  showMore: 'Show more sessions',
  showAllByAppointment: 'Show all by appointment ({count})',
  noResults: 'No sessions match these filters.',
  noSearchResults: 'No sessions match “{query}”.',
  noSessions: 'No upcoming sessions are listed right now.',
  noResultsHint: 'Try fewer filters, or clear them all.',
  nearMe: 'Nearest first',
  nearMeHint: 'Uses your location in this browser only; it is never sent anywhere.',
  locationFailed: 'Your location could not be found, so the list stays in date order.',
  distanceKm: '{distance} km',
  'status.paused': 'Paused',
  'status.cancelled': 'Cancelled',
  print: 'Print this list',
  'kind.peer-group': 'Peer group',
  'kind.sharing-circle': 'Sharing circle',
  'kind.workshop': 'Workshop',
  'kind.training': 'Training',
  'kind.mindfulness': 'Mindfulness',
  'kind.talk': 'Talk',
  'kind.social': 'Social',
  'kind.other': 'Other',
};

/** Every string of the finder, its details' too: what a translation gives. */
export type FinderStrings = Record<keyof typeof finderEn | keyof typeof finderMoreEn, string>;

declare module '../i18n/en.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UIStrings extends FinderStrings {}
}
