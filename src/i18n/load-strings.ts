import { en, type LoadedStrings, type UIStrings } from './en.js';
import { onDemand } from '../internal/on-demand.js';

/** Locales shipped with the package. Keep in step with `locales/` and src/internal/on-demand.ts. */
const SHIPPED = new Set(['en', 'es', 'ar', 'he']);

const loaded = new Map<string, LoadedStrings>([['en', en]]);
const loading = new Map<string, Promise<LoadedStrings>>();

/** The shipped locale that best serves a language tag (`es-MX` → `es`), else English. */
export function pickLocale(lang: string | undefined): string {
  const tag = (lang ?? '').toLowerCase();
  const base = tag.split('-')[0];
  if (loaded.has(tag)) return tag;
  return SHIPPED.has(base) || loaded.has(base) ? base : 'en';
}

/**
 * UI strings for a language: at once when already here (English always is),
 * else a promise. A locale that fails to load falls back to English.
 */
export function stringsFor(lang: string | undefined): LoadedStrings | Promise<LoadedStrings> {
  const locale = pickLocale(lang);
  const ready = loaded.get(locale);
  if (ready) return ready;
  let pending = loading.get(locale);
  if (!pending) {
    pending = onDemand.locale(locale).then(
      (module) => {
        loaded.set(locale, module.default);
        return module.default;
      },
      (error: unknown) => {
        console.warn(`care-widgets: could not load the "${locale}" strings; showing English.`, error);
        loaded.set(locale, en);
        return en;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Registers a locale's strings by hand, e.g. one a site translates itself. */
export function registerLocale(tag: string, strings: UIStrings): void {
  loaded.set(tag.toLowerCase(), strings);
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
export const directionOf = (lang: string | undefined): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has((lang ?? '').toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
