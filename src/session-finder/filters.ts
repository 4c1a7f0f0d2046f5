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
  /** The first `limit` rows that pass every filter and have not ended, in start order. */
  rows: Row[];
  /** Whether more rows pass than `limit`. */
  more: boolean;
  /** How many sessions pass, by-appointment ones included. */
  sessionCount: number;
  /** By-appointment sessions that pass (they have no rows; a day or time filter leaves them out). */
  byAppointment: IndexedSession[];
  /** For each facet, how many sessions each value would show given the other filters. */
  counts: Record<Facet, Map<string, number>>;
}

/** Bit i set: the session fails SESSION_FACETS[i]; the top bit: it fails `free` or the search, which no count leaves out. */
const OTHER = 1 << SESSION_FACETS.length;

/** The session-level filters that are set, with the value each wants and its bit. */
function wantedValues(filters: Filters): [SessionFacet, string, number][] {
  return SESSION_FACETS.flatMap((facet, i): [SessionFacet, string, number][] => {
    const wanted = filters[facet];
    return wanted === undefined ? [] : [[facet, facet === 'language' ? baseLanguage(wanted) : wanted, 1 << i]];
  });
}

function failures(entry: IndexedSession, wanted: [SessionFacet, string, number][], filters: Filters, words: string[]): number {
  let mask = 0;
  for (const [facet, value, bit] of wanted) if (!entry.values[facet].includes(value)) mask |= bit;
  if ((filters.free && !entry.free) || !words.every((word) => entry.searchText.includes(word))) mask |= OTHER;
  return mask;
}

/** The slots (see IndexedSession.slots) a day and a time filter let through; -1 is no filter. */
function slotsFor(day: number, time: number): number {
  let slots = 0;
  for (let d = 0; d < 7; d++) {
    for (let t = 0; t < 3; t++) if ((day < 0 || d === day) && (time < 0 || t === time)) slots |= 1 << (d * 3 + t);
  }
  return slots;
}

/**
 * Everything the finder shows for a set of filters. Counting works on each session's slots,
 * not on its occurrences, and rows are collected only up to `limit`, so the cost grows with
 * the number of sessions and the rows shown, not with every occurrence in the window.
 */
export function applyFilters(entries: readonly IndexedSession[], allRows: readonly Row[], filters: Filters, now: Date, limit = Infinity): FilterResult {
  const words = foldText(filters.query ?? '').split(/\s+/).filter(Boolean);
  const wantedByFacet = wantedValues(filters);
  // With no session-level filter set (the day or time alone, say), every session passes them.
  const masks = wantedByFacet.length > 0 || words.length > 0 || filters.free
    ? entries.map((entry) => failures(entry, wantedByFacet, filters, words))
    : new Array<number>(entries.length).fill(0);
  const day = filters.day === undefined ? -1 : DAYS.indexOf(filters.day);
  const time = filters.time === undefined ? -1 : TIMES_OF_DAY.indexOf(filters.time);
  const dayOrTime = day >= 0 || time >= 0;
  const wanted = slotsFor(day, time);
  /** Whether a session shows at all under the day and time filters. */
  const shows = (entry: IndexedSession) => (entry.byAppointment ? !dayOrTime : (entry.slots & wanted) !== 0);

  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FilterResult['counts'];
  const add = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  const daySlots = DAYS.map((_, d) => slotsFor(d, time));
  const timeSlots = TIMES_OF_DAY.map((_, t) => slotsFor(day, t));
  // Weekdays and times of day are counted in plain arrays: ten per session, the hottest counts.
  const dayCounts = DAYS.map(() => 0);
  const timeCounts = TIMES_OF_DAY.map(() => 0);
  let sessionCount = 0;
  const byAppointment: IndexedSession[] = [];
  for (const entry of entries) {
    const mask = masks[entry.index];
    if (mask === 0 && !entry.byAppointment) {
      for (let i = 0; i < 7; i++) if (entry.slots & daySlots[i]) dayCounts[i]++;
      for (let i = 0; i < 3; i++) if (entry.slots & timeSlots[i]) timeCounts[i]++;
    }
    if (!shows(entry)) continue;
    if (mask === 0) {
      sessionCount++;
      if (entry.byAppointment) byAppointment.push(entry);
    }
    // A session counts for a facet's values when only that facet (or nothing) keeps it out.
    if ((mask & (mask - 1)) !== 0 || mask & OTHER) continue;
    for (let i = 0; i < SESSION_FACETS.length; i++) {
      if ((mask & ~(1 << i)) === 0) for (const value of entry.values[SESSION_FACETS[i]]) add(SESSION_FACETS[i], value);
    }
  }

  DAYS.forEach((d, i) => dayCounts[i] && counts.day.set(d, dayCounts[i]));
  TIMES_OF_DAY.forEach((t, i) => timeCounts[i] && counts.time.set(t, timeCounts[i]));

  const rows: Row[] = [];
  let more = false;
  for (const row of allRows) {
    if (masks[row.entry.index] !== 0 || (day >= 0 && row.weekday !== day) || (time >= 0 && row.timeOfDay !== time)) continue;
    if (row.occurrence.end ? row.occurrence.end <= now : row.occurrence.start < now) continue;
    if (rows.length === limit) {
      more = true;
      break;
    }
    rows.push(row);
  }
  return { rows, more, sessionCount, byAppointment, counts };
}

/** True when any filter is set. */
export const hasFilters = (filters: Filters): boolean => Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);
