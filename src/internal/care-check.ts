/**
 * The on-page check, for the people who keep a page: opened with `#care-check`
 * in its address, every widget shows what it left out of the feed and why,
 * with the fix (care-check/problem-list.ts, which also takes the list away
 * when the address no longer asks). Only this trigger is in every visitor's
 * download; the list's code loads when the address asks for it.
 */
import type { CareElement } from './care-element.js';

const widgets = new Set<CareElement>();

/** The address asks for the check: `#care-check`. */
export const checkAsked = (): boolean => location.hash.includes('care-check');

function update(): void {
  if (checkAsked()) void import('./care-check/problem-list.js').then((list) => list.showChecks(widgets));
}

/** Called as a widget joins (and leaves) the page. */
export function offerCheck(widget: CareElement, connected: boolean): void {
  if (!connected) return void widgets.delete(widget);
  widgets.add(widget);
  addEventListener('hashchange', update);
  update();
}
