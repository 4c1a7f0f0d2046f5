/**
 * The script-tag file (care-widgets.js, care-widgets.iife.js): small, and the
 * only one a page names. It watches the page for care-* tags, at load and
 * whenever they are added later (a site builder, a single-page app), and
 * imports each widget's code from dist/widgets/ beside itself only when its
 * tag is there; the widgets share their core in dist/chunks/. It starts each
 * widget's feed request at once, so the feed downloads while the code does.
 * Loading it twice, or both builds on one page, is harmless: the same files
 * are the same modules, and the feed requests are shared (src/feed/request.ts).
 * It also starts the on-page check when the address asks for it (`#care-check`).
 */
import { requestFeed } from '../feed/request.js';
import { watchForCheck } from '../internal/care-check.js';
import { isOurs, tagTaken } from '../internal/define.js';
import { WIDGETS } from '../widgets.js';
import reserveCss from './reserve.css?inline';

// Read while the loader first runs: a classic script knows its URL only then
// (document.currentScript), a module always (import.meta.url). A classic script run as the text of an inline one
// has none: pasted into the page, or put in by a page builder as jQuery's .html() does (it fetches the file and runs
// its text, leaving the <script src> that named it in the page); that tag's address is then where the files are.
const base = import.meta.env.MODE === 'loader-iife'
  ? (document.currentScript as HTMLScriptElement | null)?.src || document.querySelector<HTMLScriptElement>('script[src*="care-widgets.iife.js"],script[src*="care-widgets.js"]')?.src
  : import.meta.url;
const SELECTOR = Object.keys(WIDGETS).join();
/** The files each widget's code imports (dist/widgets/files.json, put in by the build). */
declare const __WIDGET_FILES__: Record<string, string[] | undefined>;
/** Each widget's words in each shipped language, by the hash in each file's name (dist/widgets/words.json, put in by the build). */
declare const __WIDGET_WORDS__: Record<string, Record<string, string[] | undefined> | undefined>;
const LOADER_FLAG = Symbol.for('care-widgets.loader');
const asked = new Set<string>();
/** A file from dist/widgets/, beside the loader. */
const load = (file: string) => import(/* @vite-ignore */ new URL(`widgets/${file}`, base).href);

function loadWidget(tag: string): void {
  if (asked.has(tag)) return;
  asked.add(tag);
  const existing = customElements.get(tag);
  if (existing) {
    if (!isOurs(existing)) tagTaken(tag);
    return;
  }
  load(`${WIDGETS[tag]}.js`).catch((error: unknown) => {
    // Most often the files beside the loader are not there: dist/ not copied whole, or the loader moved by a plugin
    // that combines or minifies a site's scripts (WordPress's Autoptimize, WP Rocket) into a cache folder of its own.
    console.error(`care-widgets: the code of <${tag}> could not be loaded: the files beside ${base} were not found. Keep the files of dist/ together as they are; if the site combines or minifies its scripts, exclude care-widgets from that.`, error);
  });
  // What the widget's file imports, asked for right after it: not one round trip after it, and another after that.
  // A failure here is the widget's own to report.
  for (const file of __WIDGET_FILES__[WIDGETS[tag]] ?? []) load(file).catch(() => {});
  // The finder and the lookup tell times in time zones on their first screen, and a page's first date formatter
  // loads the browser's locale and zone data: 15 to 40 ms of the main thread. One made now, in a task of its own
  // (Intl.DateTimeFormat called as a function makes one), does that while their code and feed are on their way,
  // not once they have arrived.
  if (/finder|lookup/.test(tag)) setTimeout(Intl.DateTimeFormat);
}

/**
 * Asks for a widget's feed now, before its code has arrived; its code takes the request over. Not when a feed
 * property or an inline JSON child comes before its `src` (elements.md): that address would never be read. A child
 * the parser has not reached yet is not seen (this script in the page's <head>): the request is then wasted, and the
 * widget still shows the inline feed.
 */
function startFeed(element: Element): void {
  // Only an http(s) address, without its #fragment, as the widget reads it (feedAddress, written out here: it costs the
  // loader fewer bytes).
  // A blank src is none (not the page itself); `javascript:` or `data:` is never fetched (the widget warns about it).
  const src = element.getAttribute('src')?.trim();
  if (src && !customElements.get(element.localName) && (element as { feed?: unknown }).feed == null && !element.querySelector(':scope>script[type="application/json"]')) {
    try {
      const url = new URL(src, document.baseURI);
      url.hash = '';
      // For this widget: when its code arrives wanting another feed (its src changed meanwhile), this one is stopped.
      if (/^https?:$/.test(url.protocol)) (requestFeed(url.href).for ??= new Set()).add(element);
    } catch {
      // An address that is not a URL: the widget says so when its code arrives.
    }
  }
}

/**
 * Asks for a widget's words in its language (its `lang`, or the nearest around it) beside its code: a widget
 * shows nothing until its words are here, and asking only once its code has run costs a round trip more.
 * English is in the code. A failure here is the widget's own to report, when it asks again.
 */
function loadWords(element: Element): void {
  const language = element.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0];
  for (const hash of (language && __WIDGET_WORDS__[WIDGETS[element.localName]]?.[language]) || []) load(`chunks/${language}-${hash}.js`).catch(() => {});
}

function found(element: Element): void {
  startFeed(element);
  loadWords(element);
  loadWidget(element.localName);
}

function scan(root: Element | Document): void {
  if (root instanceof Element && root.matches(SELECTOR)) found(root);
  root.querySelectorAll(SELECTOR).forEach(found);
}

const flags = document as unknown as Record<symbol, boolean>;
if (import.meta.env.MODE === 'loader-iife' && !base) {
  // Only the classic build can be without an address (a module always has its own), so only its file carries these words.
  console.error('care-widgets: care-widgets.iife.js was pasted into the page, so it cannot find the widgets\' code beside it in the dist/ folder. Load it from its file instead: <script src="/your-folder/care-widgets.iife.js"></script>');
} else if (!flags[LOADER_FLAG]) {
  flags[LOADER_FLAG] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reserveCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  scan(document);
  // Tags the parser has not reached yet, and tags added later; once every widget's code is asked for, its code takes over.
  const watcher = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
    if (asked.size === Object.keys(WIDGETS).length) watcher.disconnect();
  });
  watcher.observe(document, { childList: true, subtree: true });
  // `#care-check` in the address: the list of what each widget left out, for whoever keeps the page.
  watchForCheck(() => load('care-check.js'));
}
