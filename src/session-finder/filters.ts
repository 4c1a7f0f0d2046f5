/**
 * The finder's filters: pure functions of the index and a Filters value.
 * Session-level filters are checked once per session, not once per
 * occurrence, so a change stays within a frame for thousands of sessions.
 */
import { DAYS, type Day } from '../feed/types.js';
import { baseLanguage, foldText, TIMES_OF_DAY, type IndexedSession, type Mode, type Row, type SessionFacet, type TimeOfDay } from './session-index.js';

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
const SESSION_FACETS: readonly SessionFacet[] = ['kind', 'audience', 'language', 'place', 'mode'];

export interface FilterResult {
  /** Rows that pass every filter, in start order. */
  rows: Row[];
  /** By-appointment sessions that pass (they have no rows; a day or time filter leaves them out). */
  byAppointment: IndexedSession[];
  /** For each facet, how many sessions each value would show given the other filters. */
  counts: Record<Facet, Map<string, number>>;
}

/** Bit i set: the session fails SESSION_FACETS[i]; the top bit: it fails `free` or the search, which no count leaves out. */
const OTHER = 1 << SESSION_FACETS.length;

function failures(entry: IndexedSession, filters: Filters, words: string[]): number {
  let mask = 0;
  SESSION_FACETS.forEach((facet, i) => {
    const wanted = filters[facet];
    if (wanted !== undefined && !entry.values[facet].includes(facet === 'language' ? baseLanguage(wanted) : wanted)) mask |= 1 << i;
  });
  if ((filters.free && !entry.free) || !words.every((word) => entry.searchText.includes(word))) mask |= OTHER;
  return mask;
}

export function applyFilters(entries: readonly IndexedSession[], allRows: readonly Row[], filters: Filters): FilterResult {
  const words = foldText(filters.query ?? '').split(/\s+/).filter(Boolean);
  const masks = entries.map((entry) => failures(entry, filters, words));
  const day = filters.day === undefined ? -1 : DAYS.indexOf(filters.day);
  const time = filters.time === undefined ? -1 : TIMES_OF_DAY.indexOf(filters.time);

  const rows: Row[] = [];
  // Per session: the weekdays and times of day it has, among rows the other row filter lets through.
  const daysSeen = new Uint8Array(entries.length);
  const timesSeen = new Uint8Array(entries.length);
  for (const row of allRows) {
    const dayOk = day < 0 || row.weekday === day;
    const timeOk = time < 0 || row.timeOfDay === time;
    if (timeOk) daysSeen[row.entry.index] |= 1 << row.weekday;
    if (dayOk) timesSeen[row.entry.index] |= 1 << row.timeOfDay;
    if (dayOk && timeOk && masks[row.entry.index] === 0) rows.push(row);
  }

  const dayOrTime = day >= 0 || time >= 0;
  const shownAtAll = (entry: IndexedSession) =>
    entry.byAppointment ? !dayOrTime : (daysSeen[entry.index] & (day < 0 ? 0x7f : 1 << day)) !== 0;
  const byAppointment = dayOrTime ? [] : entries.filter((entry) => entry.byAppointment && masks[entry.index] === 0);

  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FilterResult['counts'];
  const add = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  for (const entry of entries) {
    const mask = masks[entry.index];
    if (mask === 0) {
      DAYS.forEach((d, i) => daysSeen[entry.index] & (1 << i) && add('day', d));
      TIMES_OF_DAY.forEach((t, i) => timesSeen[entry.index] & (1 << i) && add('time', t));
    }
    if (!shownAtAll(entry)) continue;
    SESSION_FACETS.forEach((facet, i) => {
      if ((mask & ~(1 << i)) === 0) for (const value of entry.values[facet]) add(facet, value);
    });
  }
  return { rows, byAppointment, counts };
}

/** True when any filter is set. */
export const hasFilters = (filters: Filters): boolean => Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);
