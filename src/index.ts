/** Registers every element, and the library's API: the npm package's main entry. (The script-tag bundles start at bundle.ts.) */
import { watchForCheck } from './internal/care-check.js';
export * from './feed-element/define.js';
export * from './awareness-banner/define.js';
export * from './session-finder/define.js';
export * from './referral-lookup/define.js';
export * from './volunteer-signup/define.js';
export type { SignupPayload } from './volunteer-signup/payload.js';
export type { VolunteerFailedDetail } from './volunteer-signup/events.js';
export { parseFeed } from './feed/parse-feed.js';
export { FeedError } from './feed/errors.js';
export { registerLocale } from './i18n/load-strings.js';
/** The @lit/context key of the feed's address a `<care-feed>` gives the elements inside it: an app's own may ask too. */
export { feedSourceContext } from './feed/context.js';
/** Every UI string of every widget: what `registerLocale` takes (docs/translating.md). */
export type { UIStrings } from './i18n/en.js';
export type * from './feed/types.js';
export type { FeedLoadDetail, FeedErrorDetail } from './internal/events.js';
export type { Filters as SessionFilters } from './session-finder/filters.js';
export type { LookupFilters } from './referral-lookup/filters.js';
import type { CareEventMap } from './internal/events.js';
/** Every `care-*` event by name, with its detail (README, Events). */
export type { CareEventMap };
/** The detail of a `care-*` event, by its name: `CareEventDetail<'care-filter-change'>` is `{ filters: SessionFilters }`. */
export type CareEventDetail<Name extends keyof CareEventMap> = CareEventMap[Name]['detail'];

// `#care-check` in the address shows what each widget left out (docs/webmaster-toolkit.md); its code loads only then.
// Not on a server (an app's server-side rendering imports this entry in Node), which has no address.
if (globalThis.location) watchForCheck(() => import('./internal/care-check/problem-list.js'));
