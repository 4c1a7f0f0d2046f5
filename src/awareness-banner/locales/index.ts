import type { LocaleLoaders } from '../../i18n/load-strings.js';

/** The awareness banner's strings in other languages, each loaded when first needed. */
export const bannerLocales: LocaleLoaders = {
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
  he: () => import('./he.js'),
};
