/**
 * The unsent signup, kept in `sessionStorage` so a reload in the same tab loses nothing.
 * Never `localStorage`: a shared library computer would show the next person the last one's
 * details. Storage may be full or switched off; the form works without it.
 */
import type { Draft } from './answers.js';

/**
 * How long an unsent signup is kept after its last change: time for a reload or a pause, not for the next person
 * at a shared computer, who may bring a closed tab back (its sessionStorage with it).
 */
const KEPT_MS = 30 * 60_000;

/**
 * The draft for a signup endpoint (two forms that send to the same place share one): read when no `draft` is
 * given (none once it is over half an hour old), kept when one is, forgotten for null. `now`: the widget's clock.
 */
export function draftFor(submitUrl: string, now: Date, draft?: Draft | null): unknown {
  const key = `care-widgets:volunteer-draft:${submitUrl}`;
  try {
    if (draft === undefined) {
      const kept = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { kept_at?: unknown } | null;
      if (kept && Number(kept.kept_at) >= now.getTime() - KEPT_MS) return kept;
      draft = null;
    }
    if (draft) sessionStorage.setItem(key, JSON.stringify({ ...draft, kept_at: now.getTime() }));
    else sessionStorage.removeItem(key);
  } catch {
    // Unreadable, full or switched off: the answers stay in the form.
  }
}
