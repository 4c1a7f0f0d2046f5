/** The referral lookup's events, added to the map of every `care-*` event (src/internal/events.ts). */
// The declaration files keep this import (not the one of emit()): an entry that types these events types the shared ones too, on element, document and window.
import '../internal/events.js';
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
