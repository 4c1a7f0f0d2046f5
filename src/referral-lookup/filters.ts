/**
 * The lookup's search and filters: pure functions of the feed's referrals and a filters value.
 * Urgent referrals are not filtered at all: they are always listed first (feed-format.md, referrals `urgent`).
 */
import type { Feed, Referral } from '../feed/types.js';
import { hasTopic, topicCodes } from './topics.js';
import { allLanguages, foldText } from '../i18n/search-text.js';

/**
 * The filters that offer a list of values; `topic`, `query` and `openNow` have their own controls, and
 * kinds are a preset only (the `kind` attribute). They and "open now" are applied by facets.ts,
 * which comes with their controls (more.ts).
 */
export type Facet = 'channel' | 'cost' | 'language' | 'audience';

export interface LookupFilters extends Partial<Record<Facet, string>> {
  /** A topic choice id (see topics.ts). */
  topic?: string;
  /** Free text: every word must appear in the name, description, area, eligibility, kind or topics. */
  query?: string;
  openNow?: boolean;
}

/** Kinds in the order the list shows them: crisis lines first, then clinics, counselling, helplines and services. */
const KIND_ORDER = ['emergency', 'crisis-line', 'clinic', 'counselling', 'helpline', 'peer-support', 'social-service', 'service', 'online-resource'];

export interface IndexedReferral {
  referral: Referral;
  /** Every text a search may match, in every language, folded (see foldText). */
  searchText: string;
}

/** The referrals ready to filter, urgent ones apart. The others are in kind order, the feed's order within a kind. */
export function indexReferrals(feed: Feed): { urgent: Referral[]; others: IndexedReferral[] } {
  const rank = (r: Referral) => (KIND_ORDER.indexOf(r.kind) + KIND_ORDER.length + 1) % (KIND_ORDER.length + 1);
  const others = feed.referrals
    .filter((r) => !r.urgent)
    .sort((a, b) => rank(a) - rank(b))
    .map((referral): IndexedReferral => ({
      referral,
      searchText: foldText([
        referral.name, referral.description, referral.area, referral.eligibility,
      ].map(allLanguages).join(' ') + ` ${referral.kind} ${(referral.topics ?? []).join(' ')}`.replace(/-/g, ' ')),
    }));
  return { urgent: feed.referrals.filter((r) => r.urgent), others };
}

/** The referrals that pass the topic choice and the search (the facets and "open now": facets.ts). */
export function applyFilters(entries: readonly IndexedReferral[], filters: LookupFilters): IndexedReferral[] {
  const words = foldText(filters.query ?? '').split(/\s+/).filter(Boolean);
  const codes = filters.topic ? topicCodes(filters.topic) : undefined;
  return entries.filter(({ referral, searchText }) => (!codes || hasTopic(referral, codes)) && words.every((word) => searchText.includes(word)));
}

/**
 * Filters with `changes` made, in an object with no prototype: a page whose Object.prototype was
 * polluted (`Object.prototype.openNow = true`) cannot set a filter no one chose.
 */
export const withFilters = (filters?: LookupFilters, changes?: LookupFilters): LookupFilters => Object.assign(Object.create(null) as LookupFilters, filters, changes);

/** True when any filter is set. */
export const hasFilters = (filters: LookupFilters): boolean => Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);

/** What the page fixes through the `topic` and `kind` attributes: topic codes and kinds, or undefined for all. */
export interface Presets {
  topics?: readonly string[];
  kinds?: readonly string[];
}

/** A preset's code that no service has, by the attribute that named it. */
export type UnmatchedPreset = [attribute: 'topic' | 'kind', code: string];

/**
 * The page's presets, `topic` and `kind` (lists of codes, any case), keeping each code only when some
 * of these services has it: one no service has (a typo, "counseling") would hide them all, so it is
 * left out, for the caller to warn about.
 */
export function readPresets(topic: string | undefined, kind: string | undefined, entries: readonly IndexedReferral[]): { presets: Presets; unmatched: UnmatchedPreset[] } {
  const unmatched: UnmatchedPreset[] = [];
  const codes = (attribute: UnmatchedPreset[0], value: string | undefined, has: (referral: Referral, code: string) => boolean) => {
    const found = parseCodes(value?.toLowerCase())?.filter((code) => {
      if (entries.some(({ referral }) => has(referral, code))) return true;
      unmatched.push([attribute, code]);
      return false;
    });
    return found?.length ? found : undefined;
  };
  const topics = codes('topic', topic, (referral, code) => hasTopic(referral, topicCodes(code)));
  return { presets: { topics: topics?.flatMap(topicCodes), kinds: codes('kind', kind, (referral, code) => referral.kind === code) }, unmatched };
}

export const applyPresets = (entries: readonly IndexedReferral[], { topics, kinds }: Presets): IndexedReferral[] =>
  entries.filter(({ referral }) => (!topics || hasTopic(referral, topics)) && (!kinds || kinds.includes(referral.kind)));

/**
 * An attribute's list of codes, "grief" or "domestic-violence, sexual-violence": undefined when
 * empty, null when a value is not a code (letters, digits, `-` and `_`), for the caller to warn about.
 */
export function parseCodes(value: string | null | undefined): string[] | undefined | null {
  const codes = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (codes.length === 0) return undefined;
  return codes.every((code) => /^[\w-]+$/.test(code)) ? codes : null;
}
