/** The referral lookup's events, added to the map of every `care-*` event (src/internal/events.ts). */
import type { LookupFilters } from './filters.js';

declare module '../internal/events.js' {
  interface CareEventMap {
    /** A person opened a referral's details. */
    'care-referral-select': CustomEvent<{ id: string }>;
    /** A person changed the lookup's topic, search or filters: those set, in a plain object (the page's `topic` and `kind` presets are not among them). */
    'care-referral-filter-change': CustomEvent<{ filters: LookupFilters }>;
  }
}

export {};
