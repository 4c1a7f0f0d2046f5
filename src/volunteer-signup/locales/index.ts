import { onDemand } from '../../internal/on-demand.js';
import type { LocaleLoaders } from '../../i18n/load-strings.js';

/** The volunteer signup's strings in other languages, each loaded when first needed. */
export const signupLocales: LocaleLoaders = {
  es: () => onDemand(() => import('./es.js'), import.meta.url),
  ar: () => onDemand(() => import('./ar.js'), import.meta.url),
  he: () => onDemand(() => import('./he.js'), import.meta.url),
};
