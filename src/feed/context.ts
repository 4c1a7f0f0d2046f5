import type { Context } from '@lit/context';

/** What a `<care-feed>` gives the widgets inside it: the absolute URL of its feed (a @lit/context key). */
export const feedSourceContext = Symbol.for('care-widgets.feed-source') as Context<symbol, string | undefined>;

/**
 * What each element that asked does with the answers (a `<care-feed>` whose code came after the element's has it ask
 * again with the same, feed-element.ts), and how it stops hearing from the `<care-feed>` that answered it. Both on the
 * global object, one pair for the page: a page may carry two copies of the code (an app's bundle, module, and the
 * script tag, classic), and a widget of one may sit inside a `<care-feed>` of the other, which asks again for it
 * with its own copy's askForSource; the widget's own copy must find that answer's stop when it leaves.
 */
export const askers: WeakMap<Element, (src: string | undefined) => void> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.askers')] ??= new WeakMap()) as WeakMap<Element, (src: string | undefined) => void>;
const stops: WeakMap<Element, (() => void) | undefined> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.stops')] ??= new WeakMap()) as WeakMap<Element, (() => void) | undefined>;

/** Stops hearing from the `<care-feed>` that answered `element`. */
export function stopAsking(element: Element): void {
  stops.get(element)?.();
  stops.delete(element);
}

/**
 * Asks the nearest `<care-feed>` up the tree (crossing shadow roots) for its feed URL, and to
 * hear when it changes: the @lit/context protocol (a `context-request` event), which CareFeed
 * answers. Written out, as it is a few lines, rather than @lit/context's consumer, for every
 * visitor's bytes. `take` hears each answer, and `undefined` at once when none comes: an element
 * moved out of its `<care-feed>` has no feed from it any more.
 */
export function askForSource(element: Element, take: (src: string | undefined) => void): void {
  let answer: string | undefined;
  askers.set(element, take);
  element.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: feedSourceContext,
    contextTarget: element,
    subscribe: true,
    callback: (src: string | undefined, unsubscribe?: () => void) => {
      if (unsubscribe !== stops.get(element)) stopAsking(element);
      stops.set(element, unsubscribe);
      take((answer = src));
    },
  }));
  take(answer);
}
