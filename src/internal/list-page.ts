/** The long lists' pages: the finder's sessions, the lookup's services. */
import type { UpdatingElement } from './updating-element.js';

/**
 * Entries a list shows at first; "Show more" adds as many again. Enough to choose from, and few enough
 * that a directory of thousands shows at once on a phone, and a screen reader's list stays one to read.
 */
export const PAGE_SIZE = 25;

/**
 * After "Show more", focus goes to the first entry it brought (the `index`th control matching `selector`,
 * once the element has rendered), which a screen reader then reads: the button may go, and focus with it.
 */
export function focusFirstNew(element: UpdatingElement, selector: string, index: number): void {
  void element.updateComplete.then(() => element.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus());
}
