import { onDemand } from '../../../internal/on-demand.js';
import type { LocaleLoaders } from '../../load-strings.js';

/** The strings the finder and the lookup share (finder-lookup.ts) in other languages, loaded with theirs. */
export const finderLookupLocales: LocaleLoaders = {
  es: () => onDemand(() => import('./es.js'), import.meta.url),
  ar: () => onDemand(() => import('./ar.js'), import.meta.url),
  he: () => onDemand(() => import('./he.js'), import.meta.url),
};
