/**
 * Every element the script-tag loader knows: tag → the folder of its code
 * (src/<folder>/define.ts, built to dist/widgets/<folder>.js). Adding a
 * widget adds one line here (DEVELOPERS.md, "Adding a widget").
 */
export const WIDGETS: Readonly<Record<string, string>> = {
  'care-feed': 'feed-element',
  'care-awareness-banner': 'awareness-banner',
  'care-session-finder': 'session-finder',
  'care-referral-lookup': 'referral-lookup',
  'care-volunteer-signup': 'volunteer-signup',
};
