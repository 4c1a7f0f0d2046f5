/**
 * The on-page check, for the people who keep a page: opened with `#care-check`
 * in its address, every widget shows what it left out of the feed and why,
 * with the fix (care-check/problem-list.ts, which finds the widgets itself and
 * takes its boxes away when the address no longer asks).
 *
 * Only this trigger is loaded up front, and not by the widgets: the script-tag
 * loader calls it (so no widget's code carries it), and so does the npm
 * package's main entry. The list's code loads when the address asks for it.
 */

/** The address asks for the check: `#care-check`. */
export const checkAsked = (): boolean => location.hash.includes('care-check');

/** Loads and shows the check now, and whenever the address comes to ask for it. */
export function watchForCheck(load: () => Promise<{ showChecks(): void }>): void {
  const update = () => checkAsked() && load().then((list) => list.showChecks(), (error: unknown) => console.warn('care-widgets: the on-page check could not be loaded.', error));
  addEventListener('hashchange', update);
  update();
}
