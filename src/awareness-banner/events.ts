/** The awareness banner's own events (elements.md, Events). */
// The declaration files keep this import (not the one of emit()): an entry that types these events types the shared ones too, on element, document and window.
import '../internal/events.js';

declare module '../internal/events.js' {
  interface CareEventMap {
    /** A person dismissed a message; it stays dismissed in this browser until its text changes. */
    'care-message-dismiss': CustomEvent<{ id: string }>;
  }
}

export {};
