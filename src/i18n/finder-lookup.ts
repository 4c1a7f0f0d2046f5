/**
 * The strings the session finder and the referral lookup share, and no other widget shows: loaded with those two
 * alone, so a page with the banner or the signup carries none of them.
 */

/**
 * Names of the feed's audience codes (feed-format.md, sessions and referrals: `audiences`), for the
 * widgets that filter by audience. A feed's own `labels.audiences` win over these (i18n/labels.ts).
 */
export const audienceEn = {
  'audience.youth': 'Young people',
  'audience.adults': 'Adults',
  'audience.older-adults': 'Older adults',
  'audience.parents': 'Parents',
  'audience.caregivers': 'Caregivers',
  'audience.women': 'Women',
  'audience.men': 'Men',
  'audience.lgbtq': 'LGBTQ+ people',
  'audience.grief': 'People who are grieving',
  'audience.chronic-illness': 'People with a long-term illness',
};

/** Where to turn in a crisis: the finder's crisis strip, the lookup's urgent services, and both widgets' error. */
export const crisisEn = {
  crisisTitle: 'Need help now?',
  crisisCall: 'Call {number}',
  /** After the error, when the feed (and so the crisis line) cannot be shown: no number, as the feed would give it. */
  dangerNow: 'If you are in danger now, call your local emergency number.',
};

export const finderLookupEn = { ...audienceEn, ...crisisEn };

export type FinderLookupStrings = Record<keyof typeof finderLookupEn, string>;

declare module './en.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UIStrings extends FinderLookupStrings {}
}
