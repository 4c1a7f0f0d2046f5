import { matchTag } from '../feed/text.js';
import { onDemand } from '../internal/on-demand.js';
import { en, type LoadedStrings, type PluralStrings, type UIStrings } from './en.js';

/** A widget's (or the shared) strings in other languages: language tag → a loader of that file. */
export type LocaleLoaders = Readonly<Record<string, () => Promise<{ default: LoadedStrings }>>>;

/** The shared strings in each shipped language. A widget's own come from its locales/ folder. */
const SHARED: LocaleLoaders = {
  es: () => onDemand(() => import('./locales/es.js'), import.meta.url),
  ar: () => onDemand(() => import('./locales/ar.js'), import.meta.url),
  he: () => onDemand(() => import('./locales/he.js'), import.meta.url),
};

/** Languages a site translated itself (registerLocale). */
const registered = new Map<string, LoadedStrings>();
/** Strings by widget (its loaders) and language: at once when loaded, a promise while loading. */
const cache = new Map<LocaleLoaders, Map<string, LoadedStrings | Promise<LoadedStrings | undefined>>>();

/** The shipped or registered locale that best serves a language tag (`es-MX` → `es`, `pt` → a registered `pt-br`), else English. */
export function pickLocale(lang: string | undefined): string {
  return matchTag(lang ?? '', [...registered.keys(), ...Object.keys(SHARED)]) ?? 'en';
}

/** Languages whose file could not be fetched, told of once in the console. */
const told = new Set<string>();

/** One locale file's strings; none for a language the loaders lack. */
const loadFile = (loaders: LocaleLoaders, locale: string) => (Object.hasOwn(loaders, locale) ? loaders[locale]().then((module) => module.default) : {});

/**
 * UI strings for a language, the shared ones and a widget's own: at once when already here (English
 * always is: a widget adds its own English), else a promise, of `undefined` when a file could not be
 * fetched: the widget shows English then, rather than English words beside the language's own.
 */
export function stringsFor(lang: string | undefined, own: LocaleLoaders = {}): LoadedStrings | Promise<LoadedStrings | undefined> {
  const locale = pickLocale(lang);
  if (locale === 'en') return en;
  let byLocale = cache.get(own);
  if (!byLocale) cache.set(own, (byLocale = new Map()));
  let strings = byLocale.get(locale);
  if (!strings) {
    const loading: Promise<LoadedStrings | undefined> = Promise.all([loadFile(SHARED, locale), loadFile(own, locale)]).then(([shared, widget]) => {
      const all = { ...shared, ...widget, ...registered.get(locale) };
      byLocale.set(locale, all);
      return all;
    }, (error: unknown): undefined => {
      // Not kept: the next widget, or the next change of language, asks again (the connection may be back).
      byLocale.delete(locale);
      if (!told.has(locale)) console.warn(`care-widgets: the "${locale}" words could not be fetched, so English is shown; if this keeps happening, copy the whole dist/ folder again.`, error);
      told.add(locale);
    });
    byLocale.set(locale, (strings = loading));
  }
  return strings!;
}

/** Registers a locale's strings by hand, e.g. one a site translates itself; they win over the shipped ones. */
export function registerLocale(tag: string, strings: UIStrings & PluralStrings): void {
  registered.set(tag.toLowerCase(), strings);
  for (const byLocale of cache.values()) byLocale.delete(tag.toLowerCase());
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
/** The direction of a canonical tag (its language subtag in lower case, as Intl.getCanonicalLocales writes it). */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(lang.split('-')[0]) ? 'rtl' : 'ltr');
