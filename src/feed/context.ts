import type { Context } from '@lit/context';

/** Sent by a `<care-feed>` as it starts listening, to the widgets inside that asked before it could answer. */
export const PROVIDER_READY = 'care-feed-ready';

/** What a `<care-feed>` gives the widgets inside it: the absolute URL of its feed (a @lit/context key). */
export const feedSourceContext = Symbol.for('care-widgets.feed-source') as Context<symbol, string | undefined>;
