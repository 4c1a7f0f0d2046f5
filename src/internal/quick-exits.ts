/**
 * The page's quick exits (widgets with `quick-exit`), in the order they joined. The first shows the page's
 * one "Leave this site" button and leaves on Shift, so two on a page make one button and one departure.
 * While there is one, no widget adds a history entry: leaving replaces only the page's current entry, and
 * Back would return to any other. Kept on the global object, as the feed's loads are (feed/load.ts): a page
 * may carry two copies of the code (an app's own import of one widget and the pasted script tag), and a
 * finder from one copy must still see the other's quick exit.
 */
export const quickExits: Set<{ requestUpdate(): void }> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.quick-exits')] ??= new Set()) as Set<{ requestUpdate(): void }>;
