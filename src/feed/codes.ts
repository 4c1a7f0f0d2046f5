/**
 * The feed format's fixed lists of codes, as values a program can walk. Apart from types.ts, which
 * every widget's code carries, so that a page downloads only the lists its widgets read (the
 * banner reads none).
 */

export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Day = (typeof DAYS)[number];

export const REFERRAL_COSTS = ['free', 'low-cost', 'sliding-scale', 'insurance', 'paid'] as const;
export type ReferralCost = (typeof REFERRAL_COSTS)[number];

export const SIGNUP_FIELDS = ['phone', 'availability', 'languages', 'age_confirm', 'message'] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];
