/**
 * Quick exit: leave the page at once for a neutral one, by a button or by pressing Shift three
 * times, as sites about domestic violence offer. `location.replace` swaps this page out of the
 * tab's history, so Back does not return to it.
 */

/**
 * The default `exit-url`: a search engine's home page, which nobody would wonder at in a browser
 * tab and which loads fast everywhere. Sites whose visitors would find it unusual should set a
 * local weather or news page instead.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/**
 * Leaves for `url` (a whole https address): the page goes blank at once, the tab's title becomes the
 * address it goes to, the neutral site is sent no referrer, and what the widgets kept in this browser is forgotten (a signup's unsent answers, for
 * the tab; the banner's dismissed messages, for the site), so nothing of the visit shows while the neutral
 * page loads, which can take seconds, or stays after it.
 */
export function leave(url: string): void {
  document.documentElement.style.cssText = 'display:none!important';
  try {
    document.title = new URL(url).host;
    for (const store of [sessionStorage, localStorage]) for (const key of Object.keys(store)) if (key.startsWith('care-widgets:')) store.removeItem(key);
    // The neutral site is not told where the visitor came from (its logs would hold this site's address).
    document.head.append(Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' }));
  } catch {
    // Storage switched off (nothing was kept), or an address a script set since it was checked: leaving comes first.
  }
  navigation.replace(url);
}

/** Three presses of Shift with at most this long between one and the next. */
const SHIFT_GAP_MS = 1000;

/**
 * How the page is left: the whole tab, also from inside a frame (a site builder's embed box, on Google Sites,
 * Blogger or Wix). A frame from another site may move the tab on a click or tap (some browsers allow it at any
 * time; Shift is not a press they count), unless the page sandboxes it without allow-top-navigation-by-user-activation.
 * Where the browser refuses, only the frame leaves, and the console says why. Tests replace `replace` to see where
 * it would go without leaving.
 */
export const navigation = {
  replace: (url: string): void => {
    try {
      top!.location.replace(url);
    } catch {
      console.warn('care-widgets: quick exit left only its frame; allow-top-navigation-by-user-activation on the <iframe> (README).');
      location.replace(url);
    }
  },
};

/**
 * A counter of Shift presses: call it with every keydown's key and time; it answers true on the
 * third Shift in a row, each within a second of the last. Any other key starts the count again.
 */
export function shiftCounter(): (key: string, time: number) => boolean {
  let count = 0;
  let last = -Infinity;
  return (key, time) => {
    count = key === 'Shift' ? (time - last <= SHIFT_GAP_MS ? count + 1 : 1) : 0;
    last = time;
    if (count < 3) return false;
    count = 0;
    return true;
  };
}
