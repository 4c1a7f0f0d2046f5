import type { FeedError } from '../feed/errors.js';
import type { Feed, FeedProblem } from '../feed/types.js';
import type { Filters } from '../session-finder/filters.js';

export interface FeedLoadDetail {
  feed: Feed;
  /** Problems found in the feed; those with `skipped: true` left an entry out. */
  problems: FeedProblem[];
  /** The entries left out, with their problems. */
  skipped: FeedProblem[];
  /** When the network failed and a copy saved earlier is shown: when it was saved. */
  savedAt?: string;
}

export interface FeedErrorDetail {
  code: FeedError['code'];
  /** A message a person can read. */
  message: string;
  /** True when a saved copy is shown instead. */
  savedCopy: boolean;
}

export interface CareEventMap {
  'care-feed-load': CustomEvent<FeedLoadDetail>;
  'care-feed-error': CustomEvent<FeedErrorDetail>;
  'care-message-dismiss': CustomEvent<{ id: string }>;
  'care-filter-change': CustomEvent<{ filters: Filters }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CareEventMap {}
}

/** Fires a `care-*` event that bubbles out of shadow roots (elements.md, Events). */
export function emit<K extends keyof CareEventMap>(target: EventTarget, name: K, detail: CareEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
