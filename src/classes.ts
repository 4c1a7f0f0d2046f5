/** The element classes with no registration, for scoped registries and subclassing. */
export { UpdatingElement } from './internal/updating-element.js';
export { CareElement } from './internal/care-element.js';
export { CareFeed } from './feed-element/feed-element.js';
export { CareAwarenessBanner } from './awareness-banner/awareness-banner.js';
export { CareSessionFinder } from './session-finder/session-finder.js';
export { CareReferralLookup } from './referral-lookup/referral-lookup.js';
export { CareVolunteerSignup } from './volunteer-signup/volunteer-signup.js';
