/** The session finder's own events (elements.md, Events). */
// The declaration files keep this import (not the one of emit()): an entry that types these events types the shared ones too, on element, document and window.
import '../internal/events.js';
import type { Filters } from './filters.js';

declare module '../internal/events.js' {
  interface CareEventMap {
    /** A person changed a filter; `filters` holds every filter now in force, the page's presets included. */
    'care-filter-change': CustomEvent<{ filters: Filters }>;
  }
}
