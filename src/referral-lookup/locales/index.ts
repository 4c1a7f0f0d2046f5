import { audienceLocales } from '../../i18n/locales/audiences/index.js';
import { combineLocales } from '../../i18n/combine-locales.js';

/** The referral lookup's strings in other languages, with the audiences' names, each loaded when first needed. */
export const lookupLocales = combineLocales({
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
  he: () => import('./he.js'),
}, audienceLocales);
