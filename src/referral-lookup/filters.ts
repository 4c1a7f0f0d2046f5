/**
 * The lookup's search and filters: pure functions of the feed's referrals and a filters value.
 * Urgent referrals are not filtered at all: they are always listed first (feed-format.md, referrals `urgent`).
 */
import { isId } from '../feed/checks.js';
import type { Feed, Referral } from '../feed/types.js';
import type { LoadedStrings } from '../i18n/en.js';
import { hasTopic, TOPIC_GROUPS, topicCodes } from './topics.js';
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
  /** Free text: every word must appear in the name, description, area, eligibility, or the kind or topics, as codes or by their names. */
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

/**
 * The referrals ready to filter, urgent ones apart. The others are in kind order, the feed's order within a kind.
 * A kind or topic is found by its code and by the names a person reads for it: the feed's label (in every language),
 * the kind's name and the topic picker's words in the UI language, from `strings` (so the index is made again when
 * they change).
 */
export function indexReferrals(feed: Feed, strings: LoadedStrings): { urgent: Referral[]; others: IndexedReferral[] } {
  const rank = (r: Referral) => (KIND_ORDER.indexOf(r.kind) + KIND_ORDER.length + 1) % (KIND_ORDER.length + 1);
  const words = strings as Record<string, string | undefined>;
  const { kinds, topics } = feed.labels;
  const textOf = (referral: Referral) => foldText([
    referral.name, referral.description, referral.area, referral.eligibility,
    referral.kind, kinds?.[referral.kind], words[`kind.${referral.kind}`],
    ...(referral.topics ?? []).flatMap((code) => [
      code, topics?.[code],
      ...[...TOPIC_GROUPS].filter(([, codes]) => codes.includes(code.toLowerCase())).map(([id]) => words[`topicGroup.${id}`]),
    ]),
  ].map(allLanguages).join(' '));
  const others = feed.referrals
    .filter((r) => !r.urgent)
    .sort((a, b) => rank(a) - rank(b))
    .map((referral): IndexedReferral => {
      // Made at the first search, not for each service of a large directory before the list shows.
      let text: string | undefined;
      return { referral, get searchText() { return (text ??= textOf(referral)); } };
    });
  return { urgent: feed.referrals.filter((r) => r.urgent), others };
}

/** The referrals that pass the topic choice and the search (the facets and "open now": facets.ts). */
export function applyFilters(entries: readonly IndexedReferral[], filters: LookupFilters): IndexedReferral[] {
  const words = foldText(filters.query ?? '').split(/\s+/).filter(Boolean);
  const codes = filters.topic ? topicCodes(filters.topic) : undefined;
  return entries.filter((entry) => (!codes || hasTopic(entry.referral, codes)) && words.every((word) => entry.searchText.includes(word)));
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

/** A preset's code that no service has, urgent or not, by the attribute that named it. */
export type UnmatchedPreset = [attribute: 'topic' | 'kind', code: string];

/**
 * The page's presets, `topic` and `kind` (lists of codes, any case, as the feed's are), keeping each code
 * only when some service of the feed has it: one no service has (a typo, "counseling") would hide them all,
 * so it is left out, for the caller to warn about. A code only urgent services have is kept: they show
 * first as ever, and no other service is listed.
 */
export function readPresets(topic: string | undefined, kind: string | undefined, referrals: readonly Referral[]): { presets: Presets; unmatched: UnmatchedPreset[] } {
  const unmatched: UnmatchedPreset[] = [];
  const codes = (attribute: UnmatchedPreset[0], value: string | undefined, has: (referral: Referral, codes: readonly string[]) => boolean) => {
    const found = parseCodes(value)?.flatMap((code) => {
      const own = [code.toLowerCase()];
      let group = attribute === 'topic' ? topicCodes(code) : own;
      // A code of the feed's own named like a picker choice ("young") is the feed's: the page was written for it.
      if (!group.includes(own[0]) && referrals.some((referral) => has(referral, own))) group = own;
      if (referrals.some((referral) => has(referral, group))) return group;
      unmatched.push([attribute, code]);
      return [];
    });
    return found?.length ? found : undefined;
  };
  return { presets: { topics: codes('topic', topic, hasTopic), kinds: codes('kind', kind, hasKind) }, unmatched };
}

/** Whether a referral is of one of these kinds (lower case), written in any case. */
const hasKind = (referral: Referral, kinds: readonly string[]) => kinds.includes(referral.kind.toLowerCase());

export const applyPresets = (entries: readonly IndexedReferral[], { topics, kinds }: Presets): IndexedReferral[] =>
  entries.filter(({ referral }) => (!topics || hasTopic(referral, topics)) && (!kinds || hasKind(referral, kinds)));

/**
 * An attribute's list of codes, "grief" or "domestic-violence, sexual-violence": undefined when
 * empty, null when a value is not a code (letters of any script, digits, `-` and `_`, as a feed's ids and
 * codes), for the caller to warn about.
 */
export function parseCodes(value: string | null | undefined): string[] | undefined | null {
  const codes = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (codes.length === 0) return undefined;
  return codes.every(isId) ? codes : null;
}
