import { onDemand } from '../../internal/on-demand.js';
import type { LocaleLoaders } from '../../i18n/load-strings.js';

/** The awareness banner's strings in other languages, each loaded when first needed. */
export const bannerLocales: LocaleLoaders = {
  es: () => onDemand(() => import('./es.js'), import.meta.url),
  ar: () => onDemand(() => import('./ar.js'), import.meta.url),
  he: () => onDemand(() => import('./he.js'), import.meta.url),
};
