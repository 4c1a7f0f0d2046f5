/**
 * The finder's filters: pure functions of the index and a Filters value.
 * Session-level filters are checked once per session, not once per
 * occurrence, so a change stays within a frame for thousands of sessions.
 */
import { type Day } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import { baseLanguage, foldText } from '../i18n/search-text.js';
import { codeKey } from '../i18n/labels.js';
import { DEFAULT_LENGTH_MS } from '../time/expand.js';
import { matchesWords, TIMES_OF_DAY, type IndexedSession, type Mode, type Row, type SessionFacet, type TimeOfDay } from './session-index.js';

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
/** Every filter, in one list: what the hash state and the page's presets are made of. */
export const FILTER_KEYS = [...FACETS, 'free', 'query'] as const;
/** The filters a page can fix with an attribute (`audience="youth"`), which also hides that filter. */
/** What starts the finder's filters in the page's address (hash-state.ts): `#sessions:day=tu`. */
export const HASH_PREFIX = '#sessions:';

export const PRESET_KEYS = ['audience', 'kind', 'place', 'language'] as const;

/**
 * A filter's value when it is set: the object's own, non-blank value. Never one inherited from a
 * polluted Object.prototype (a page's script setting `day` there must not empty the list).
 */
export function filterValue<K extends keyof Filters>(filters: Filters, key: K): Filters[K] | undefined {
  const value = Object.hasOwn(filters, key) ? filters[key] : undefined;
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}
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

/**
 * A filter's value as the index holds it (session-index.ts), so that a page's preset or a link typed by hand
 * finds what the feed has: a language without its region ("es-MX" is "es"), a place by its id as written, and
 * the rest, the feed's codes and ours, in any case ("YOUTH" is "youth").
 */
export const indexedValue = (facet: Facet, value: string): string =>
  facet === 'language' ? baseLanguage(value) : facet === 'place' ? value : codeKey(value);

/** Whether any session has `value` for a session-level facet (a page's preset naming nothing in the feed is left out). */
export function inSomeSession(entries: readonly IndexedSession[], facet: SessionFacet, value: string): boolean {
  const wanted = indexedValue(facet, value);
  return entries.some((entry) => entry.values[facet].includes(wanted));
}

/** The session-level filters that are set, with the value each wants and its bit. */
function wantedValues(filters: Filters): [SessionFacet, string, number][] {
  return SESSION_FACETS.flatMap((facet, i): [SessionFacet, string, number][] => {
    const wanted = filterValue(filters, facet);
    return wanted === undefined ? [] : [[facet, indexedValue(facet, wanted), 1 << i]];
  });
}

function failures(entry: IndexedSession, wanted: [SessionFacet, string, number][], filters: Filters, words: string[]): number {
  let mask = 0;
  for (const [facet, value, bit] of wanted) if (!entry.values[facet].includes(value)) mask |= bit;
  if ((filterValue(filters, 'free') && !entry.free) || !matchesWords(entry, words)) mask |= OTHER;
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
 * Without `countFacets`, the facets' counts stay empty (a large feed's first screen).
 */
export function applyFilters(
  entries: readonly IndexedSession[], allRows: readonly Row[], filters: Filters, now: Date, limit = Infinity, countFacets = true,
): FilterResult {
  const words = foldText(filterValue(filters, 'query') ?? '').split(/\s+/).filter(Boolean);
  const wantedByFacet = wantedValues(filters);
  // With no session-level filter set (the day or time alone, say), every session passes them.
  const masks = wantedByFacet.length > 0 || words.length > 0 || filterValue(filters, 'free')
    ? entries.map((entry) => failures(entry, wantedByFacet, filters, words))
    : new Array<number>(entries.length).fill(0);
  const wantedDay = filterValue(filters, 'day');
  const wantedTime = filterValue(filters, 'time');
  const day = wantedDay === undefined ? -1 : DAYS.indexOf(wantedDay);
  const time = wantedTime === undefined ? -1 : TIMES_OF_DAY.indexOf(wantedTime);
  const dayOrTime = day >= 0 || time >= 0;
  const wanted = slotsFor(day, time);
  /**
   * Whether a session shows at all under the day and time filters, and has not ended: counts must
   * agree with the rows, which drop an occurrence once it ends.
   */
  const nowMs = now.getTime();
  const shows = (entry: IndexedSession) => (entry.byAppointment ? !dayOrTime : (entry.slots & wanted) !== 0 && entry.shownUntil >= nowMs);

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
    if (countFacets && mask === 0 && !entry.byAppointment && entry.shownUntil >= nowMs) {
      for (let i = 0; i < 7; i++) if (entry.slots & daySlots[i]) dayCounts[i]++;
      for (let i = 0; i < 3; i++) if (entry.slots & timeSlots[i]) timeCounts[i]++;
    }
    if (!shows(entry)) continue;
    if (mask === 0) {
      sessionCount++;
      if (entry.byAppointment) byAppointment.push(entry);
    }
    // A session counts for a facet's values when only that facet (or nothing) keeps it out.
    if (!countFacets || (mask & (mask - 1)) !== 0 || mask & OTHER) continue;
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
    if ((row.end ?? row.start + DEFAULT_LENGTH_MS) <= nowMs) continue;
    if (rows.length === limit) {
      more = true;
      break;
    }
    rows.push(row);
  }
  return { rows, more, sessionCount, byAppointment, counts };
}

/** True when any filter is set. */
export const hasFilters = (filters: Filters): boolean => FILTER_KEYS.some((key) => {
  const value = filterValue(filters, key);
  return value !== undefined && value !== false;
});
