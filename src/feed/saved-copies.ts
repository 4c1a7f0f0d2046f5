/**
 * The last good copy of each feed, kept in this browser (localStorage) for when the network fails.
 *
 * Kept within bounds, so that a site adding `?v=N` to its feed's address to bust caches cannot fill
 * a shared computer's storage one version at a time: at most MAX_COPIES copies, MAX_PER_ADDRESS of
 * them for one address without its query (feeds that differ only by query each keep theirs), and
 * MAX_TOTAL_CHARS characters in all. The copy saved longest ago goes first.
 */
const PREFIX = 'care-widgets:feed:';
/** Larger feeds are not saved at all. */
const MAX_COPY_CHARS = 500_000;
const MAX_TOTAL_CHARS = 1_000_000;
const MAX_COPIES = 6;
const MAX_PER_ADDRESS = 2;

export interface SavedCopy {
  /** When it was saved, ISO 8601. */
  at: string;
  text: string;
  /** The address it came from, when a redirect took it elsewhere: its relative links are read against it. */
  from?: string;
}

/** The address without query or fragment: what `?v=N` copies of one feed share. */
const addressOf = (url: string) => url.replace(/[?#].*$/s, '');

/**
 * Whether this page keeps no copy of any feed (keepNoCopies): holds '*' then. A set on the global object, as the
 * loads are (load.ts): with two copies of the code on a page, the copy that fetched a feed is not always the one
 * whose lookup has quick exit.
 */
const noCopies: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('care-widgets.no-copies')] ??= new Set()) as Set<string>;

/**
 * Keeps no copy of any feed in this browser from now on, and removes every copy this site kept: for a page
 * whose visitors must leave no trace (the referral lookup's quick exit), as a copy and its date would show
 * that someone looked there. Every feed, not only the lookup's: a finder beside it may read another.
 */
export function keepNoCopies(): void {
  noCopies.add('*');
  try {
    for (const key of copyKeys()) localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing is kept.
  }
}

/**
 * Saves `text` as the copy of the feed at `url` (absolute), which came `from` that address (after a redirect),
 * making room by dropping the oldest copies.
 */
export function saveCopy(url: string, text: string, now = new Date(), from = url): void {
  if (text.length > MAX_COPY_CHARS || noCopies.has('*')) return;
  try {
    const key = PREFIX + url;
    const entry = JSON.stringify({ at: now.toISOString(), text, from: from === url ? undefined : from } satisfies SavedCopy);
    let count = 1;
    let total = key.length + entry.length;
    let sameAddress = 1;
    for (const copy of storedCopies()) {
      if (copy.key === key) continue;
      const shared = addressOf(copy.key) === addressOf(key);
      if (count < MAX_COPIES && total + copy.size <= MAX_TOTAL_CHARS && !(shared && sameAddress >= MAX_PER_ADDRESS)) {
        count++;
        total += copy.size;
        if (shared) sameAddress++;
      } else {
        localStorage.removeItem(copy.key);
      }
    }
    localStorage.setItem(key, entry);
  } catch {
    // Storage full, disabled or private: the copy is a convenience, not a need.
  }
}

/** The copy saved for `url`, if there is one. */
export function readSavedCopy(url: string): SavedCopy | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFIX + url) ?? 'null') as { at?: unknown; text?: unknown; from?: unknown } | null;
    if (!saved || typeof saved.at !== 'string' || typeof saved.text !== 'string') return undefined;
    // A copy saved before the address was kept has none: read against the one asked for.
    return typeof saved.from === 'string' ? { at: saved.at, text: saved.text, from: saved.from } : { at: saved.at, text: saved.text };
  } catch {
    return undefined;
  }
}

/** The key of every saved copy. */
function copyKeys(): string[] {
  const keys = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Every saved copy's key and size in characters, the most recently saved first. */
function storedCopies(): { key: string; size: number; at: string }[] {
  return copyKeys().map((key) => {
    const value = localStorage.getItem(key) ?? '';
    // `at` comes first in every copy: read without parsing a copy that may be half a million characters.
    return { key, size: key.length + value.length, at: /^\{"at":"([^"]*)"/.exec(value)?.[1] ?? '' };
  }).sort((a, b) => (a.at < b.at ? 1 : -1));
}
