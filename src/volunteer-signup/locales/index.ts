import type { LocaleLoaders } from '../../i18n/load-strings.js';

/** The volunteer signup's strings in other languages, each loaded when first needed. */
export const signupLocales: LocaleLoaders = {
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
  he: () => import('./he.js'),
};
