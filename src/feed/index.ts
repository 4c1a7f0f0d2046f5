/**
 * The feed layer without the elements: parse and check a feed in Node, a worker,
 * a site generator or CI, where there is no DOM. Published as
 * `care-widgets/parse-feed.js`; nothing here, nor anything it imports, touches
 * `document`, `window` or custom elements.
 */
export { parseFeed } from './parse-feed.js';
export { checkFeed, readCore, readSections, type CheckedFeed, type FeedSection } from './validate.js';
export { allSections } from './sections/all.js';
export { FeedError, type FeedErrorCode } from './errors.js';
export { problemMessage } from './problem-messages.js';
export { resolveText } from './text.js';
export { DAYS, REFERRAL_COSTS, SIGNUP_FIELDS } from './codes.js';
export type * from './types.js';
