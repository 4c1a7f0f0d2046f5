import type { lookupMoreEn } from './more-strings.js';

/**
 * The referral lookup's English strings for its first view (the shared ones are in
 * src/i18n/en.ts; those of its details and extra filters, in more-strings.ts, come with them).
 */
export const lookupEn = {
  'lookup.label': 'Find help',
  'lookup.more': 'More places to get help',
  'lookup.topics': 'What is it about?',
  'lookup.anything': 'Anything',
  'topicGroup.worried': 'I’m worried about someone',
  'topicGroup.suicide': 'Thoughts of suicide or self-harm',
  'topicGroup.hurting': 'Someone is hurting me',
  'topicGroup.low': 'Feeling low, anxious or stressed',
  'topicGroup.grief': 'Grief and loss',
  'topicGroup.drink-drugs': 'Drinking or drugs',
  'topicGroup.trauma': 'After something frightening',
  'topicGroup.alone': 'Feeling alone',
  'topicGroup.eating': 'Eating and body image',
  'topicGroup.family': 'Family and parenting',
  'topicGroup.young': 'Young people',
  'topicGroup.older': 'Older people',
  'topicGroup.lgbtq': 'LGBTQ+ support',
  'topicGroup.money': 'Money and housing',
  'lookup.search': 'Search services',
  'lookup.filters': 'More filters',
  /** The same button with {count} filters set. */
  'lookup.filtersSet': 'More filters ({count})',
  'lookup.clear': 'Clear filters',
  'lookup.count.one': '{count} service',
  'lookup.count.other': '{count} services',
  'lookup.noMatch': 'No other services match these filters.',
  'lookup.showMore': 'Show more services',
  'lookup.noneListed': 'No services are listed yet.',
  /** When the page's topic or kind is one only the services under "Need help now?" have. */
  'lookup.noOthers': 'No other services are listed here.',
  'lookup.open247': 'Open 24/7',
  'lookup.openNow': 'Open now',
  'lookup.openUntil': 'Open now, until {time}',
  /** Open now, and closing on a later day than today ({time} tomorrow). */
  'lookup.openUntilTomorrow': 'Open now, until tomorrow at {time}',
  /** The same, closing later than tomorrow: {day} is a weekday ("Saturday"), with the date when a week ahead. */
  'lookup.openUntilOn': 'Open now, until {day} at {time}',
  'lookup.closesSoon': 'Closes soon, at {time}',
  'lookup.closed': 'Closed',
  'lookup.opensAt': 'Closed, opens at {time}',
  'lookup.opensTomorrow': 'Closed, opens tomorrow at {time}',
  'lookup.opensOn': 'Closed, opens {day} at {time}',
  'lookup.hoursUnknown': 'Hours not listed',
  'lookup.yourTime': '{time} your time',
  'lookup.call': 'Call {number}',
  'lookup.text': 'Text {number}',
  'lookup.whatsapp': 'WhatsApp {number}',
  'lookup.chat': 'Chat online',
  'lookup.website': 'Website',
  'lookup.email': 'Email',
  'lookup.details': 'More details',
  'lookup.quickExit': 'Leave this site',
  'lookup.quickExitHint': 'Opens a neutral page at once. Shortcut: press Shift three times.',
  'kind.emergency': 'Emergency service',
  'kind.crisis-line': 'Crisis line',
  'kind.helpline': 'Helpline',
  'kind.clinic': 'Clinic',
  'kind.counselling': 'Counselling',
  'kind.peer-support': 'Peer support',
  'kind.social-service': 'Social service',
  'kind.online-resource': 'Online resource',
  'kind.service': 'Service',
};

export type LookupStringKey = keyof typeof lookupEn | keyof typeof lookupMoreEn;

declare module '../i18n/en.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UIStrings extends Record<LookupStringKey, string> {}
}
