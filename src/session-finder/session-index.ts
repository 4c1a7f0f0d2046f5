/**
 * What the finder searches: each session joined with its place, its
 * occurrences in the window, and the facts the filters ask about, worked out
 * once per feed so a filter change only compares ready values.
 */
import type { Feed, Place, Session, Zone } from '../feed/types.js';
import { DEFAULT_LENGTH_MS, forEachOccurrence, isByAppointment, type Occurrence, type TimeRange } from '../time/expand.js';
import { DAY_MS, MINUTE_MS, toDateString, weekdayIndex } from '../time/calendar.js';
import { wallClockAt, wallClockMsAt } from '../time/zoned.js';
import { allLanguages, baseLanguage, foldText } from '../i18n/search-text.js';
import { codeKey } from '../i18n/labels.js';

export type Mode = 'in-person' | 'online' | 'hybrid';
export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

export interface IndexedSession {
  /** Position in the index, for per-session arrays. */
  index: number;
  session: Session;
  place?: Place;
  mode: Mode;
  free: boolean;
  /** The session's languages, else the organization's. */
  languages: string[];
  byAppointment: boolean;
  /**
   * The viewer's weekdays and times of day the session meets at in the window, one bit each
   * (bit weekday × 3 + time of day), set by expandRows: what the day and time filters count.
   */
  slots: number;
  /**
   * The last moment (ms) any of its rows in the window is still listed: a row until just before
   * it ends, one without an end for an hour (DEFAULT_LENGTH_MS). Set by expandRows; after it the
   * session no longer counts. -1 with no rows.
   */
  shownUntil: number;
  /** What the session-level filters compare, worked out once. */
  values: Record<SessionFacet, readonly string[]>;
}

export type SessionFacet = 'kind' | 'audience' | 'language' | 'place' | 'mode';

/**
 * One occurrence as a row of the list, with the viewer's day, weekday and time of day for grouping
 * and the day and time filters. A window holds hundreds of thousands of rows, so a row keeps
 * numbers; its occurrence is made when asked for, for the rows shown.
 */
export class Row {
  /**
   * The start and end in minutes since 1970 (end undefined when the schedule gives none): times are
   * HH:MM and zone offsets today whole minutes. Every number field holds a small whole number, which sits in
   * the row itself, where a number with a fraction, or past about a billion, takes an object of its own.
   */
  readonly #startMinute: number;
  readonly #endMinute: number | undefined;
  /**
   * The viewer's calendar day (a day number, calendar.ts) the row is listed under and the day filter
   * goes by: the day it starts, or `today` for one still on from an earlier day (23:00 to 01:00,
   * seen at 00:30), which is happening now, not yesterday.
   */
  readonly viewerDay: number;
  /** The viewer's time of day (index in TIMES_OF_DAY), for the time filter. */
  readonly timeOfDay: number;
  readonly entry: IndexedSession;
  /** The calendar day in the session's zone. */
  readonly #day: number;

  constructor(entry: IndexedSession, start: number, end: number | undefined, day: number, viewerZone: Zone, today: number) {
    this.entry = entry;
    this.#startMinute = Math.round(start / MINUTE_MS);
    this.#endMinute = end === undefined ? undefined : Math.round(end / MINUTE_MS);
    // A day number is whole, but worked out by a division: `| 0` stores it as the small whole number it is.
    this.#day = day | 0;
    const local = wallClockMsAt(start, viewerZone);
    this.viewerDay = Math.max(Math.floor(local / DAY_MS), today);
    this.timeOfDay = timeOfDayIndex(Math.floor((local % DAY_MS) / 3_600_000));
  }

  /** Orders rows by start, comparing the stored minutes (no number made per comparison). */
  static byStart(a: Row, b: Row): number {
    return a.#startMinute - b.#startMinute;
  }

  /** The viewer's weekday (0 = Monday), for the day filter. */
  get weekday(): number {
    return weekdayIndex(this.viewerDay);
  }

  /** The start and end, in ms. */
  get start(): number {
    return this.#startMinute * MINUTE_MS;
  }

  get end(): number | undefined {
    return this.#endMinute === undefined ? undefined : this.#endMinute * MINUTE_MS;
  }

  get occurrence(): Occurrence {
    const occurrence: Occurrence = { start: new Date(this.start), date: toDateString(this.#day) };
    if (this.#endMinute !== undefined) occurrence.end = new Date(this.end!);
    return occurrence;
  }
}


export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
/**
 * Before noon, noon to 5 pm, after 5 pm; the small hours (before 4 am) with the evening, as the night they
 * are to a person looking for a late session (the Spanish word is "Noche"), not the morning.
 */
const timeOfDayIndex = (hours: number): number => (hours < 4 ? 2 : hours < 12 ? 0 : hours < 17 ? 1 : 2);

function modeOf(session: Session): Mode {
  if (session.place && session.online) return 'hybrid';
  return session.place ? 'in-person' : 'online';
}

/** What the mode filter compares: a hybrid session is found both as in person and as online. */
const MODE_VALUES: Record<Mode, readonly string[]> = { hybrid: ['hybrid', 'in-person', 'online'], 'in-person': ['in-person'], online: ['online'] };
const NONE: readonly string[] = [];

/** Each text folded once: a feed repeats its descriptions, places and facilitators across thousands of sessions. */
const foldedTexts = new Map<string, string>();
const folded = (text: string): string => {
  let result = foldedTexts.get(text);
  if (result === undefined) foldedTexts.set(text, (result = foldText(text)));
  return result;
};

/**
 * Every text a search may match, in every language, folded (see foldText), one string per field. The
 * folded texts are kept, each once however many sessions share it; the session keeps nothing (a list
 * on each of tens of thousands of sessions weighs megabytes), and a search looks its texts up again.
 */
export const searchParts = (entry: IndexedSession): string[] => {
  const { session, place } = entry;
  return [
    allLanguages(session.title), allLanguages(session.description), allLanguages(session.facilitator),
    place ? allLanguages(place.name) : '', place && !place.address_on_request ? place.address ?? '' : '',
  ].map(folded);
};

/** Whether every (folded) word appears in the session's search texts. */
export function matchesWords(entry: IndexedSession, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const parts = searchParts(entry);
  return words.every((word) => parts.some((part) => part.includes(word)));
}

/**
 * Each code as the feed first wrote it, by its key (codeKey): a choice is named from it where neither the feed
 * nor we name the code ("LGBTQIA+", not "Lgbtqia+").
 */
export const codeSpellings = new Map<string, string>();

/** The codes' keys, each once ("Youth" and " youth" are "youth"), their spelling kept. */
const codeKeys = (codes: readonly string[]): string[] => [...new Set(codes.map((code) => {
  const key = codeKey(code);
  if (!codeSpellings.has(key)) codeSpellings.set(key, code.trim());
  return key;
}))];

/** Sessions that are listed over `range`: active ones, and paused or cancelled ones only when asked for (feed-format.md, sessions). */
export function indexSessions(feed: Feed, range: TimeRange, { showInactive = false } = {}): IndexedSession[] {
  const places = new Map(feed.places.map((p) => [p.id, p]));
  // Sessions with the same kind, audiences, place or languages share one list of each: a list per session,
  // tens of thousands of them, would weigh more than the feed's own.
  const lists = new Map<string, readonly string[]>();
  const listOf = (key: string, values: () => readonly string[]) => lists.get(key) ?? lists.set(key, values()).get(key)!;
  const organizationLanguages = [feed.organization.language];
  // A session without audiences is for everyone (feed-format.md, sessions: `audiences`): it is found, and counted,
  // under every audience the others name (a young person choosing "Young people" is welcome at it too). Those
  // sessions share this list, filled as the others' audiences are read.
  const everyone: string[] = [];
  return feed.sessions
    .filter((s) => showInactive || s.status === 'active')
    .map((session, index) => {
      const mode = modeOf(session);
      const languages = session.languages ?? organizationLanguages;
      // One shape for every entry (no getter, no closure): tens of thousands of them stay small.
      return {
        index,
        slots: 0,
        shownUntil: -1,
        session,
        place: session.place === undefined ? undefined : places.get(session.place),
        mode,
        free: session.cost === 'free',
        languages,
        byAppointment: isByAppointment(session.schedule, range),
        values: {
          kind: listOf(`kind ${session.kind}`, () => codeKeys([session.kind])),
          audience: session.audiences?.length
            ? listOf(`audience ${session.audiences.join('\n')}`, () => {
              const keys = codeKeys(session.audiences!);
              everyone.push(...keys.filter((key) => !everyone.includes(key)));
              return keys;
            })
            : everyone,
          language: listOf(`language ${languages.join(' ')}`, () => [...new Set(languages.map(baseLanguage))]),
          place: session.place ? listOf(`place ${session.place}`, () => [session.place!]) : NONE,
          mode: MODE_VALUES[mode],
        },
      };
    });
}

/** Sessions expanded between two checks of the time left (a few ms of work at most). */
const SESSIONS_PER_STEP = 100;

/**
 * The rows of these sessions in the window, sorted by start, with the viewer's wall clock, worked
 * out in steps: the generator pauses every few sessions (and after sorting each day), so a caller
 * can spread a large feed over short tasks; its return value is the rows. The rows are gathered
 * by UTC day and each day is sorted on its own, so no step sorts the whole window at once.
 */
export function* expandRowsInSteps(entries: readonly IndexedSession[], range: TimeRange, viewerZone: string): Generator<void, Row[]> {
  const days = new Map<number, Row[]>();
  const today = wallClockAt(range.from, viewerZone).day;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    entry.slots = 0;
    entry.shownUntil = -1;
    forEachOccurrence(entry.session.schedule, range, (start, end, day) => {
      entry.shownUntil = Math.max(entry.shownUntil, (end ?? start + DEFAULT_LENGTH_MS) - 1);
      const row = new Row(entry, start, end, day, viewerZone, today);
      entry.slots |= 1 << (row.weekday * 3 + row.timeOfDay);
      const utcDay = Math.floor(start / DAY_MS);
      const rows = days.get(utcDay);
      if (rows) rows.push(row);
      else days.set(utcDay, [row]);
    });
    if (i % SESSIONS_PER_STEP === SESSIONS_PER_STEP - 1) yield;
  }
  const rows: Row[] = [];
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    for (const row of days.get(day)!.sort(Row.byStart)) rows.push(row);
    yield;
  }
  return rows;
}

/** The rows of these sessions in the window, sorted by start, at once. */
export function expandRows(entries: readonly IndexedSession[], range: TimeRange, viewerZone: string): Row[] {
  const steps = expandRowsInSteps(entries, range, viewerZone);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Folds every session's search text in steps (see expandRowsInSteps), so the first search need not. */
export function* foldSearchTextInSteps(entries: readonly IndexedSession[]): Generator<void, void> {
  for (let i = 0; i < entries.length; i++) {
    searchParts(entries[i]);
    if (i % SESSIONS_PER_STEP === SESSIONS_PER_STEP - 1) yield;
  }
}
