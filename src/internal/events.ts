import type { FeedError } from '../feed/errors.js';
import type { Feed, FeedProblem } from '../feed/types.js';

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

/**
 * Every `care-*` event: the shared ones here, each widget's own added by its
 * events.ts (`declare module '…/internal/events.js' { interface CareEventMap … }`).
 * They bubble out of shadow roots, so a page can listen on the widget, the
 * document or the window.
 */
export interface CareEventMap {
  'care-feed-load': CustomEvent<FeedLoadDetail>;
  'care-feed-error': CustomEvent<FeedErrorDetail>;
}

/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends CareEventMap {}
  interface DocumentEventMap extends CareEventMap {}
  interface WindowEventMap extends CareEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/** Fires a `care-*` event that bubbles out of shadow roots (elements.md, Events). */
export function emit<K extends keyof CareEventMap>(target: EventTarget, name: K, detail: CareEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
