/**
 * Dismissed messages, remembered in this browser by dismissalKey only: no
 * text, no time, nothing about the person.
 */
const STORAGE_KEY = 'care-widgets:dismissed';
const MAX_REMEMBERED = 100;

export function readDismissals(): Set<string> {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberDismissal(key: string): void {
  const keys = [...readDismissals(), key].slice(-MAX_REMEMBERED);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
  } catch {
    // Without storage the dismissal lasts for this page view only.
  }
}
