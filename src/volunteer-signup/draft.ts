/**
 * The unsent signup, kept in `sessionStorage` so a reload in the same tab loses nothing.
 * Never `localStorage`: a shared library computer would show the next person the last one's
 * details. Storage may be full or switched off; the form works without it.
 */
import type { Draft } from './answers.js';

/**
 * The draft for a signup endpoint (two forms that send to the same place share one): read when no `draft` is
 * given, kept when one is, forgotten for null.
 */
export function draftFor(submitUrl: string, draft?: Draft | null): unknown {
  const key = `care-widgets:volunteer-draft:${submitUrl}`;
  try {
    if (draft === undefined) return JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (draft) sessionStorage.setItem(key, JSON.stringify(draft));
    else sessionStorage.removeItem(key);
  } catch {
    // Unreadable, full or switched off: the answers stay in the form.
  }
}
