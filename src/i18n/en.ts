/**
 * English UI strings, built in. Every other locale is a `Partial`-free copy
 * of this shape in `locales/`, loaded on demand (see load-strings.ts).
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
  'error.not-json': 'The information is in a form this page can’t read. The site’s team has been told.',
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
};

export type UIStrings = { readonly [K in keyof typeof en]: string };
export type StringKey = keyof UIStrings;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
