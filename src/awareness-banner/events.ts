/** The awareness banner's own events (elements.md, Events). */
declare module '../internal/events.js' {
  interface CareEventMap {
    /** A person dismissed a message; it stays dismissed in this browser until its text changes. */
    'care-message-dismiss': CustomEvent<{ id: string }>;
  }
}

export {};
