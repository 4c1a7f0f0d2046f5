/** The finder's filters: pure functions of rows and a Filters value. */
import type { Day } from '../feed/types.js';
import { foldText, timeOfDay, type IndexedSession, type Mode, type Row, type TimeOfDay } from './session-index.js';

export interface Filters {
  day?: Day;
  time?: TimeOfDay;
  kind?: string;
  audience?: string;
  language?: string;
  place?: string;
  mode?: Mode;
  free?: boolean;
  /** Free text: every word must appear in the title, description, place or facilitator. */
  query?: string;
}

/** The filters that offer a list of values; `free` and `query` are a checkbox and a search box. */
export const FACETS = ['day', 'time', 'kind', 'audience', 'language', 'place', 'mode'] as const;
export type Facet = (typeof FACETS)[number];

const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0];

/** The values an entry has for a session-level facet (day and time belong to rows). */
function entryValues(entry: IndexedSession, facet: Exclude<Facet, 'day' | 'time'>): string[] {
  switch (facet) {
    case 'kind': return [entry.session.kind];
    case 'audience': return entry.session.audiences ?? [];
    case 'language': return entry.languages.map(baseLanguage);
    case 'place': return entry.session.place ? [entry.session.place] : [];
    case 'mode': return entry.mode === 'hybrid' ? ['hybrid', 'in-person', 'online'] : [entry.mode];
  }
}

function rowValues(row: Row, facet: Facet): string[] {
  if (facet === 'day') return [row.viewer.weekday];
  if (facet === 'time') return [timeOfDay(row.viewer.hours)];
  return entryValues(row.entry, facet);
}

function matchesQuery(entry: IndexedSession, words: string[]): boolean {
  return words.every((word) => entry.searchText.includes(word));
}

const queryWords = (query: string | undefined): string[] => foldText(query ?? '').split(/\s+/).filter(Boolean);

/** Whether a row passes every filter, leaving out `except` (for counting that facet's values). */
function passes(row: Row, filters: Filters, words: string[], except?: Facet): boolean {
  for (const facet of FACETS) {
    const wanted = filters[facet];
    if (facet !== except && wanted !== undefined && !rowValues(row, facet).includes(facet === 'language' ? baseLanguage(wanted) : wanted)) return false;
  }
  if (filters.free && !row.entry.free) return false;
  return words.length === 0 || matchesQuery(row.entry, words);
}

export function filterRows(rows: readonly Row[], filters: Filters): Row[] {
  const words = queryWords(filters.query);
  return rows.filter((row) => passes(row, filters, words));
}

/** By-appointment sessions have no rows; they pass the session-level filters, and the day or time filters leave them out. */
export function filterByAppointment(entries: readonly IndexedSession[], filters: Filters): IndexedSession[] {
  if (filters.day || filters.time) return [];
  const words = queryWords(filters.query);
  return entries.filter((entry) =>
    entry.byAppointment
    && (['kind', 'audience', 'language', 'place', 'mode'] as const).every((f) => filters[f] === undefined || entryValues(entry, f).includes(f === 'language' ? baseLanguage(filters[f]!) : filters[f]!))
    && (!filters.free || entry.free)
    && matchesQuery(entry, words));
}

/**
 * For each facet, how many sessions each of its values would show, given the
 * other filters: the numbers beside each choice.
 */
export function countFacets(rows: readonly Row[], filters: Filters): Record<Facet, Map<string, number>> {
  const words = queryWords(filters.query);
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    const sessionsByValue = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!passes(row, filters, words, facet)) continue;
      for (const value of rowValues(row, facet)) {
        let ids = sessionsByValue.get(value);
        if (!ids) sessionsByValue.set(value, (ids = new Set()));
        ids.add(row.entry.session.id);
      }
    }
    counts[facet] = new Map([...sessionsByValue].map(([value, ids]) => [value, ids.size]));
  }
  return counts;
}

/** True when any filter is set. */
export const hasFilters = (filters: Filters): boolean => Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);
