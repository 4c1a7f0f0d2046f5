import type { UIStrings } from './en.js';

// Read while the bundle first runs: a classic script knows its URL only then
// (document.currentScript), a module always (import.meta.url).
const bundleUrl = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/** The script-tag bundles load `locales/<tag>.js` from beside themselves, so no locale is bundled. */
export const importLocale = async (tag: string): Promise<{ default: UIStrings }> =>
  // async: a URL that cannot be built becomes a rejection, and so a fallback to English
  import(/* @vite-ignore */ new URL(`locales/${tag}.js`, bundleUrl).href);
