import type { LocaleLoaders } from '../../load-strings.js';

/** The audiences' names in other languages, loaded with the strings of the widgets that show them. */
export const audienceLocales: LocaleLoaders = {
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
  he: () => import('./he.js'),
};
