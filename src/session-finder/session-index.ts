/**
 * What the finder searches: each session joined with its place, its
 * occurrences in the window, and the facts the filters ask about, worked out
 * once per feed so a filter change only compares ready values.
 */
import { DAYS, type Feed, type Place, type Session, type Text } from '../feed/types.js';
import { expandSchedule, isByAppointment, type Occurrence, type TimeRange } from '../time/expand.js';
import { wallClockAt, type WallClock } from '../time/zoned.js';

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
  /** Every text a search may match, in every language, folded (see foldText). */
  readonly searchText: string;
  /**
   * The viewer's weekdays and times of day the session meets at in the window, one bit each
   * (bit weekday × 3 + time of day), set by expandRows: what the day and time filters count.
   */
  slots: number;
  /**
   * The last moment (ms) any of its rows in the window is still listed: a row until just before
   * it ends, one without an end until it starts. Set by expandRows; after it the session no
   * longer counts. -1 with no rows.
   */
  shownUntil: number;
  /** What the session-level filters compare, worked out once. */
  values: Record<SessionFacet, readonly string[]>;
}

export type SessionFacet = 'kind' | 'audience' | 'language' | 'place' | 'mode';

/** One occurrence as a row of the list, with the viewer's wall clock for grouping and the day and time filters. */
export interface Row {
  entry: IndexedSession;
  occurrence: Occurrence;
  viewer: WallClock;
  /** The viewer's weekday (0 = Monday) and time of day (index in TIMES_OF_DAY), for the day and time filters. */
  weekday: number;
  timeOfDay: number;
}

/** Lower case, accents removed: "Círculo" and "circulo" match. */
export const foldText = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const allValues = (text: Text | undefined): string => (text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' '));

export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
/** Before noon, noon to 5 pm, after 5 pm. */
const timeOfDayIndex = (hours: number): number => (hours < 12 ? 0 : hours < 17 ? 1 : 2);

function modeOf(session: Session): Mode {
  if (session.place && session.online) return 'hybrid';
  return session.place ? 'in-person' : 'online';
}

/** Sessions that are listed: active ones, and paused or cancelled ones only when asked for (feed-format.md, sessions). */
export function indexSessions(feed: Feed, now: Date, { showInactive = false } = {}): IndexedSession[] {
  const places = new Map(feed.places.map((p) => [p.id, p]));
  return feed.sessions
    .filter((s) => showInactive || s.status === 'active')
    .map((session, index) => {
      const place = session.place === undefined ? undefined : places.get(session.place);
      const mode = modeOf(session);
      const languages = session.languages ?? [feed.organization.language];
      let searchText: string | undefined;
      return {
        index,
        slots: 0,
        shownUntil: -1,
        session,
        place,
        mode,
        free: session.cost === 'free',
        languages,
        byAppointment: isByAppointment(session.schedule, now),
        // Folded on the first search, not before: most visitors never search.
        get searchText() {
          return (searchText ??= foldText([
            allValues(session.title), allValues(session.description), allValues(session.facilitator),
            place ? `${allValues(place.name)} ${place.address_on_request ? '' : place.address ?? ''}` : '',
          ].join(' ')));
        },
        values: {
          kind: [session.kind],
          audience: session.audiences ?? [],
          language: [...new Set(languages.map(baseLanguage))],
          place: session.place ? [session.place] : [],
          // A hybrid session is found both as in person and as online.
          mode: mode === 'hybrid' ? ['hybrid', 'in-person', 'online'] : [mode],
        },
      };
    });
}

/** The rows of these sessions in the window, sorted by start, with the viewer's wall clock. */
export function expandRows(entries: readonly IndexedSession[], range: TimeRange, viewerZone: string): Row[] {
  const rows: Row[] = [];
  for (const entry of entries) {
    entry.slots = 0;
    entry.shownUntil = -1;
    for (const occurrence of expandSchedule(entry.session.schedule, range)) {
      entry.shownUntil = Math.max(entry.shownUntil, occurrence.end ? occurrence.end.getTime() - 1 : occurrence.start.getTime());
      const viewer = wallClockAt(occurrence.start, viewerZone);
      const row = { entry, occurrence, viewer, weekday: DAYS.indexOf(viewer.weekday), timeOfDay: timeOfDayIndex(viewer.hours) };
      entry.slots |= 1 << (row.weekday * 3 + row.timeOfDay);
      rows.push(row);
    }
  }
  return rows.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
}
