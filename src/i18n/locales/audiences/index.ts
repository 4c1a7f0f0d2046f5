import { onDemand } from '../../../internal/on-demand.js';
import type { LocaleLoaders } from '../../load-strings.js';

/** The audiences' names in other languages, loaded with the strings of the widgets that show them. */
export const audienceLocales: LocaleLoaders = {
  es: () => onDemand(() => import('./es.js'), import.meta.url),
  ar: () => onDemand(() => import('./ar.js'), import.meta.url),
  he: () => onDemand(() => import('./he.js'), import.meta.url),
};
