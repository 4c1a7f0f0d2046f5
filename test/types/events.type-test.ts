/**
 * Type tests, checked by `tsc --noEmit` (npm test's first step), never run: the care-* events
 * are typed wherever a page may listen (they bubble out of shadow roots), and the main entry
 * exports what a translator needs. An `@ts-expect-error` that stops failing fails the check.
 */
import type { UIStrings } from '../../src/index.js';
import type { Filters } from '../../src/session-finder/filters.js';
import '../../src/index.js';

export function listensEverywhere(finder: HTMLElementTagNameMap['care-session-finder']): void {
  document.addEventListener('care-filter-change', (event) => {
    const filters: Filters = event.detail.filters;
    void filters;
  });
  window.addEventListener('care-feed-error', (event) => {
    const code: string = event.detail.code;
    void code;
  });
  document.body.addEventListener('care-message-dismiss', (event) => {
    const id: string = event.detail.id;
    void id;
  });
  finder.addEventListener('care-feed-load', (event) => {
    const names: string[] = event.detail.skipped.map((problem) => problem.path);
    void names;
  });
  window.addEventListener('care-filter-change', (event) => {
    // @ts-expect-error: a filter change carries filters, not an id
    void event.detail.id;
  });
}

export function translates(strings: UIStrings): string {
  // Shared keys and each widget's own keys are all in UIStrings.
  return `${strings.retry} ${strings.search} ${strings.previousMessage}`;
}
// @ts-expect-error: a translation with a key missing is caught
export const incomplete: UIStrings = { retry: 'Réessayer' };
