/**
 * Names of the feed's audience codes (feed-format.md, sessions and referrals: `audiences`),
 * shared by the widgets that filter by audience (the session finder and the referral lookup).
 * A feed's own `labels.audiences` win over these (i18n/labels.ts).
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

export type AudienceStrings = Record<keyof typeof audienceEn, string>;

declare module './en.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UIStrings extends AudienceStrings {}
}
