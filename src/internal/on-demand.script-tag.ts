/**
 * The script-tag bundles' way to load the modules of on-demand.ts: from files
 * built beside the bundle (scripts/build.js), so none of them is in the bundle
 * itself. Any failure (a file not copied, say) is a rejection the caller
 * handles: English strings, plain problem codes, no calendar file.
 */
import type { OnDemand } from './on-demand.js';

// Read while the bundle first runs: a classic script knows its URL only then
// (document.currentScript), a module always (import.meta.url).
const bundleUrl = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

// async, so a URL that cannot be built rejects instead of throwing.
const beside = async <T>(file: string): Promise<T> => import(/* @vite-ignore */ new URL(file, bundleUrl).href);

export const onDemand: OnDemand = {
  locale: (tag) => beside(`locales/${tag}.js`),
  problemMessages: () => beside('feed-problems.js'),
  calendar: () => beside('session-calendar.js'),
  structuredData: () => beside('session-structured-data.js'),
};
