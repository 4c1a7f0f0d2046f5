/**
 * The finder's window: the feed's sessions indexed, and their occurrences over the days ahead,
 * worked out again when the feed, the clock or a setting changes. A small feed's window comes at
 * once. A large feed's first screen comes at once, then its whole window in short background
 * tasks (background.ts), then each session's search text, so that typing stays responsive
 * meanwhile and the first search does not fold thousands of texts.
 */
import type { Feed } from '../feed/types.js';
import { runInSlices } from './background.js';
import { expandRows, expandRowsInSteps, foldSearchTextInSteps, indexSessions, type IndexedSession, type Row } from './session-index.js';
import { FIRST_PASS_DAYS, LARGE_FEED, windowFrom } from './view.js';

export interface WindowSettings {
  days: number;
  /** The viewer's zone, whose days the rows are grouped by. */
  zone: string;
  showInactive: boolean;
  /** Whether a search box will need each session's search text. */
  search: boolean;
}

export class SessionWindow {
  entries: IndexedSession[] = [];
  rows: Row[] = [];
  /** False between the two passes over a large feed: counts and the summary wait for the whole window. */
  complete = true;
  /** The feed these are of. */
  #feed?: Feed;
  /** Cancels the background work still pending (the rest of the window, the search text). */
  #cancel?: () => void;

  /** Told each time the entries, rows or completeness change. */
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /**
   * Works the window out from `now`. `fillsPage` says whether a large feed's first rows fill the
   * first screen under the filters (the entries are in place by then): the next day's rows when
   * they do, else the first week's.
   */
  update(feed: Feed, now: Date, settings: WindowSettings, fillsPage: (rows: Row[]) => boolean): void {
    this.stop();
    const window = windowFrom(now, settings.days);
    const entries = indexSessions(feed, window, { showInactive: settings.showInactive });
    if (feed.sessions.length <= LARGE_FEED) return this.#show(feed, entries, expandRows(entries, window, settings.zone), true);
    // A new feed: its first screen at once. The same feed again (the minute turned, a setting changed): the
    // list, its filters and its count stay whole until the new window is in, so that nothing a person is on
    // goes away, nor the count is said again.
    if (!this.complete || this.#feed !== feed) {
      this.entries = entries;
      let rows: Row[] = [];
      for (const days of FIRST_PASS_DAYS) {
        rows = expandRows(entries, windowFrom(now, Math.min(days, settings.days)), settings.zone);
        if (fillsPage(rows) || days >= settings.days) break;
      }
      this.#show(feed, entries, rows, false);
    }
    this.#cancel = runInSlices(expandRowsInSteps(entries, window, settings.zone), (rows) => {
      this.#show(feed, entries, rows, true);
      if (settings.search) this.#cancel = runInSlices(foldSearchTextInSteps(entries), () => {});
    });
  }

  /** Stops the background work (the widget left the page, or a newer window replaces it). */
  stop(): void {
    this.#cancel?.();
  }

  #show(feed: Feed, entries: IndexedSession[], rows: Row[], complete: boolean): void {
    this.#feed = feed;
    this.entries = entries;
    this.rows = rows;
    this.complete = complete;
    this.#changed();
  }
}
