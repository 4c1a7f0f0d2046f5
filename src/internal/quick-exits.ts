/**
 * The page's quick exits (widgets with `quick-exit`), in the order they joined. The first shows the page's
 * one "Leave this site" button and leaves on Shift, so two on a page make one button and one departure.
 * While there is one, no widget adds a history entry: leaving replaces only the page's current entry, and
 * Back would return to any other.
 */
export const quickExits = new Set<{ requestUpdate(): void }>();
