/**
 * Filters in the page's URL hash, so a filtered list can be shared and Back
 * works: `#sessions:day=tu&kind=peer-group&q=grief`. Only keys we know are
 * read, and only as strings.
 */
import type { Filters } from './filters.js';

const PREFIX = '#sessions:';
const KEYS = ['day', 'time', 'kind', 'audience', 'language', 'place', 'mode', 'free', 'q'] as const;

export function filtersToHash(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key === 'q' ? filters.query : filters[key];
    if (value !== undefined && value !== '' && value !== false) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? PREFIX + query : '';
}

/** The filters in a hash, or undefined when the hash is not ours (a page anchor, say). */
export function filtersFromHash(hash: string): Filters | undefined {
  if (!hash.startsWith(PREFIX)) return hash === '' ? {} : undefined;
  const params = new URLSearchParams(hash.slice(PREFIX.length));
  const filters: Record<string, string | boolean> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filters[key === 'q' ? 'query' : key] = key === 'free' ? value === 'true' : value;
  }
  return filters as Filters;
}
