import { audienceLocales } from '../../i18n/locales/audiences/index.js';
import { combineLocales } from '../../i18n/combine-locales.js';
import { onDemand } from '../../internal/on-demand.js';

/** The session finder's strings in other languages, with the audiences' names, each loaded when first needed. */
export const finderLocales = combineLocales({
  es: () => onDemand(() => import('./es.js'), import.meta.url),
  ar: () => onDemand(() => import('./ar.js'), import.meta.url),
  he: () => onDemand(() => import('./he.js'), import.meta.url),
}, audienceLocales);
