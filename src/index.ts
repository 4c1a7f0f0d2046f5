/** Registers every element; the script-tag bundle's entry. */
export * from './feed-element/define.js';
export * from './awareness-banner/define.js';
export { parseFeed } from './feed/validate.js';
export { FeedError } from './feed/errors.js';
export { registerLocale } from './i18n/load-strings.js';
export type * from './feed/types.js';
export type { FeedLoadDetail, FeedErrorDetail } from './internal/events.js';
