import { createContext } from '@lit/context';

/** What a `<care-feed>` gives the widgets inside it: the absolute URL of its feed. */
export const feedSourceContext = createContext<string | undefined>(Symbol.for('care-widgets.feed-source'));
