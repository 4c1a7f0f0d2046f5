import { parseFeed } from '../../src/feed/parse-feed.js';
import type { ParsedFeed } from '../../src/feed/types.js';
import { expandRows, indexSessions, searchParts, type IndexedSession, type Row } from '../../src/session-finder/session-index.js';
import { DAYS } from '../../src/feed/codes.js';
import { DAY_MS, toDateString } from '../../src/time/calendar.js';
import { wallClockAt } from '../../src/time/zoned.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';

export interface IndexOptions {
  now?: Date;
  /** Length of the window from `now`, in days. Default 28. */
  days?: number;
  /** The viewer's zone. Default the organization's, America/Chicago. */
  zone?: string;
  showInactive?: boolean;
}

export interface IndexedFeed extends ParsedFeed {
  entries: IndexedSession[];
  rows: Row[];
}

/** A raw feed checked as a widget checks it, then indexed and expanded as the finder does at `now`. */
export function indexFeed(raw: unknown, { now = FINDER_NOW, days = 28, zone = 'America/Chicago', showInactive = false }: IndexOptions = {}): IndexedFeed {
  const parsed = parseFeed(raw);
  const range = { from: now, to: new Date(now.getTime() + days * DAY_MS) };
  const entries = indexSessions(parsed.feed, range, { showInactive });
  const rows = expandRows(entries, range, zone);
  return { ...parsed, entries, rows };
}

/** The finder's sample feed with more sessions after its own. */
export const finderFeedWith = (...sessions: object[]) => ({ ...finderFeed, sessions: [...finderFeed.sessions, ...sessions] });

/** A session's id for each entry or row, in order. */
export const idsOf = (list: readonly (IndexedSession | Row)[]): string[] => list.map((item) => ('entry' in item ? item.entry : item).session.id);

/** The viewer's date and weekday as a row gives them, with the hours and minutes the viewer's clock reads at its start. */
export const viewerOf = (row: Row, zone = 'America/Chicago') =>
  ({ ...wallClockAt(new Date(row.start), zone), date: toDateString(row.viewerDay), weekday: DAYS[row.weekday] });

/** A session's search texts in one string, to look for a part in. */
export const searchText = (entry: IndexedSession): string => searchParts(entry).join(' ');
