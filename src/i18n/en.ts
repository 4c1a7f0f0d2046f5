import type { finderEn } from '../session-finder/strings.js';

/**
 * English UI strings every widget shares, built in. Each widget keeps its own
 * English strings beside it (session-finder/strings.ts), so a page bundling
 * one widget carries no other's words. Every other locale is one complete
 * file in `locales/`, loaded on demand (see load-strings.ts).
 * Strings with a `{name}` placeholder are filled by `format()`.
 */
export const en = {
  loading: 'Loading…',
  retry: 'Try again',
  savedCopy: 'Saved copy from {date}',
  errorTitle: 'This information can’t be shown right now.',
  'error.network': 'The connection failed. Please check your internet connection and try again.',
  'error.timeout': 'The information took too long to arrive. Please try again.',
  'error.http': 'The information could not be found on the server.',
  'error.server': 'The server had a problem. Please try again in a little while.',
  'error.not-json': 'The information is in a form this page can’t read.',
  'error.bad-version': 'The information is in a format this page doesn’t know yet.',
  'error.no-feed': 'No information has been connected to this widget yet.',
  // Awareness banner
  bannerLabel: 'Awareness messages',
  urgentLabel: 'Important notice',
  messagePosition: 'Message {current} of {total}',
  previousMessage: 'Previous message',
  nextMessage: 'Next message',
  pauseMessages: 'Pause messages',
  playMessages: 'Play messages',
  dismissMessage: 'Dismiss this message',
  learnMore: 'Learn more',
  // Crisis strip (every widget whose feed has urgent referrals)
  crisisTitle: 'Need help now?',
  crisisCall: 'Call {number}',
};

/** Every UI string of every widget: what a locale file provides. */
export type UIStrings = { readonly [K in keyof typeof en | keyof typeof finderEn]: string };
export type StringKey = keyof UIStrings;
/** Strings as loaded: a locale file has them all; built-in English has the shared ones (widgets add theirs). */
export type LoadedStrings = Partial<UIStrings>;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
