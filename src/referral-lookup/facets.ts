/**
 * The filters behind "More filters": how to reach a service, its cost, its languages, who it is for,
 * and open now. Pure, no DOM. Only the on-demand part (more.ts) imports this: these filters can be
 * set only from its controls, so the first view has no use for them.
 */
import type { Feed, Referral } from '../feed/types.js';
import { codeKey } from '../i18n/labels.js';
import { baseLanguage } from '../i18n/search-text.js';
import { contactLinks } from '../internal/contacts.js';
import type { Facet, IndexedReferral, LookupFilters } from './filters.js';

/** How a person can reach a service; `walk-in` is the `walk_in` flag. */
export const CHANNELS = ['call', 'text', 'whatsapp', 'chat', 'walk-in'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The filters that offer a list of values, in this order. */
export const FACETS: readonly Facet[] = ['channel', 'cost', 'language', 'audience'];

type FacetValues = Record<Facet, readonly string[]>;
const cache = new WeakMap<Referral, FacetValues>();

/** What each facet compares for a referral, worked out once. A referral without `languages` is taken to be in the organization's. */
export function facetsOf(referral: Referral, feed: Feed): FacetValues {
  let values = cache.get(referral);
  if (!values) {
    const reach = contactLinks(referral).map((link) => link.kind as string);
    cache.set(referral, (values = {
      channel: CHANNELS.filter((c) => (c === 'walk-in' ? referral.walk_in : reach.includes(c))),
      cost: referral.cost ? [referral.cost] : [],
      language: (referral.languages ?? [feed.organization.language]).map(baseLanguage),
      audience: referral.audiences ?? [],
    }));
  }
  return values;
}

/**
 * The entries that pass every facet and "open now". A service for everyone (no `audiences`) passes
 * any audience filter: a general help line serves young people too. `isOpen` says whether a referral
 * is open now (unknown hours do not pass "open now").
 */
export function applyFacets(entries: readonly IndexedReferral[], filters: LookupFilters, feed: Feed, isOpen: (r: Referral) => boolean): IndexedReferral[] {
  return entries.filter(({ referral }) => {
    const values = facetsOf(referral, feed);
    return FACETS.every((facet) => {
      const wanted = filters[facet] && codeKey(filters[facet]);
      // In any case and without the spaces around, as topics and kinds are: "Youth " is "youth".
      return !wanted || values[facet].some((value) => codeKey(value) === (facet === 'language' ? baseLanguage(wanted) : wanted)) || (facet === 'audience' && values.audience.length === 0);
    }) && (!filters.openNow || isOpen(referral));
  });
}

/** Every value each facet has among the entries, facets in FACETS order, values in the order met, each once whatever its case. */
export function facetValues(entries: readonly IndexedReferral[], feed: Feed): [Facet, string[]][] {
  return FACETS.map((facet) => {
    const values = new Map<string, string>();
    for (const { referral } of entries) for (const value of facetsOf(referral, feed)[facet]) if (!values.has(codeKey(value))) values.set(codeKey(value), value);
    return [facet, [...values.values()]];
  });
}
