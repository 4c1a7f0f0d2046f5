import type { Message, Text } from '../feed/types.js';
import { dateEdge, localDateAt } from '../time/local-date.js';
import { viewerZone } from '../time/viewer-zone.js';
import { shortHash } from '../internal/short-hash.js';

/**
 * Whether a message's `starts`/`ends` window holds `now`. Plain dates are
 * days in the organization's zone, `ends` inclusive; date-times are instants
 * (feed-format.md, messages).
 */
export function isShowing(message: Message, now: Date, zone: string | undefined): boolean {
  // Today's date only when a bound is a date: the first zoned formatter costs a page tens of ms.
  let today: string | undefined;
  const day = () => (today ??= localDateAt(now, zone ?? viewerZone()));
  const { starts, ends } = message;
  if (starts && (starts.length === 10 ? day() < starts : now < new Date(starts))) return false;
  if (ends && (ends.length === 10 ? day() > ends : now > new Date(ends))) return false;
  return true;
}

/**
 * The next moment after `now` at which a message's window opens or closes (isShowing changes), or
 * undefined when none will: the banner checks again then, so a message whose window ends at midnight
 * goes at midnight, and the next day's comes, without a reload.
 */
export function nextWindowChange(messages: readonly Message[], now: Date, zone: string | undefined): Date | undefined {
  const inZone = zone ?? viewerZone();
  let next = Infinity;
  for (const { starts, ends } of messages) {
    // A date opens as it begins and, `ends` being inclusive, closes as it ends; a date-time opens at
    // its instant and closes a millisecond after.
    if (starts) consider(starts.length === 10 ? dateEdge(starts, inZone) : Date.parse(starts));
    if (ends) consider(ends.length === 10 ? dateEdge(ends, inZone, true) : Date.parse(ends) + 1);
  }
  function consider(ms: number): void {
    if (ms > now.getTime() && ms < next) next = ms;
  }
  return next === Infinity ? undefined : new Date(next);
}

/** The floor and default of the banner's `interval`, in seconds: no faster than one change every 5 s (WCAG 2.2.2). */
export const MIN_INTERVAL = 5;
export const DEFAULT_INTERVAL = 8;

/**
 * The time each rotating message shows, in ms, for an `interval` in seconds, and what was wrong with the
 * value when it could not be taken as given: below the floor, the floor is used; not a number above 0,
 * the default.
 */
export function rotationDelay(seconds: number): { ms: number; problem?: string } {
  if (seconds >= MIN_INTERVAL) return { ms: Math.min(seconds * 1000, MAX_TIMEOUT_MS) };
  const used = seconds > 0 ? MIN_INTERVAL : DEFAULT_INTERVAL;
  return { ms: used * 1000, problem: `needs a number of seconds, ${MIN_INTERVAL} or more; ${used} is used.` };
}

/** The longest delay setTimeout holds (2^31 − 1 ms, about 24.8 days); a longer one would fire at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * A key for "this message, as the visitor read it": its id and a hash of the text shown, so a dismissal is forgotten
 * when that text is edited (feed-format.md, messages), and not when the feed's translations are reordered or one is
 * added.
 */
export function dismissalKey(id: string, text: Text): string {
  return `${id}:${shortHash(JSON.stringify(text))}`;
}
