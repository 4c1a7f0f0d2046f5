/** The session finder's own events (elements.md, Events). */
import type { Filters } from './filters.js';

declare module '../internal/events.js' {
  interface CareEventMap {
    /** A person changed a filter; `filters` holds every filter now in force, the page's presets included. */
    'care-filter-change': CustomEvent<{ filters: Filters }>;
  }
}
