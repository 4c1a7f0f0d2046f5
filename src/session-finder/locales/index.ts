import { finderLookupLocales } from '../../i18n/locales/finder-lookup/index.js';
import { combineLocales } from '../../i18n/combine-locales.js';
import { onDemand } from '../../internal/on-demand.js';

/** The session finder's strings in other languages, with those it shares with the lookup (the audiences' names, the crisis words), each loaded when first needed. */
export const finderLocales = combineLocales({
  es: () => onDemand(() => import('./es.js'), import.meta.url),
  ar: () => onDemand(() => import('./ar.js'), import.meta.url),
  he: () => onDemand(() => import('./he.js'), import.meta.url),
}, finderLookupLocales);
