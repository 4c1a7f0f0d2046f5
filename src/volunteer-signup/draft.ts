/**
 * The unsent signup, kept in `sessionStorage` so a reload in the same tab loses nothing.
 * Never `localStorage`: a shared library computer would show the next person the last one's
 * details. Storage may be full or switched off; the form works without it.
 */
import type { Draft } from './answers.js';

/** One draft per signup endpoint: two forms that send to the same place share one. */
const keyFor = (submitUrl: string) => `care-widgets:volunteer-draft:${submitUrl}`;

export function readDraft(submitUrl: string): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(keyFor(submitUrl)) ?? 'null');
  } catch {
    return undefined;
  }
}

export function saveDraft(submitUrl: string, draft: Draft): void {
  try {
    sessionStorage.setItem(keyFor(submitUrl), JSON.stringify(draft));
  } catch {
    // Full or switched off: the answers stay in the form.
  }
}

export function forgetDraft(submitUrl: string): void {
  try {
    sessionStorage.removeItem(keyFor(submitUrl));
  } catch {
    // Nothing could have been saved.
  }
}
