/** The host pages a story can sit on (toolbar: Page; the theming guide shows both at once). */

/** A light page: the widgets' defaults, which take the page's text colour. */
export const lightPage: Record<string, string> = { background: '#ffffff', color: '#1b1f23' };

/**
 * A dark page sets the `--care-*` tokens to values that read on it (see src/internal/tokens.styles.ts), and
 * `color-scheme: dark`, so that the browser draws its own controls (check boxes, lists, the search box's clear
 * button, scroll bars) dark too.
 */
export const darkPage: Record<string, string> = {
  'color-scheme': 'dark',
  background: '#15191d',
  color: '#e9ecef',
  '--care-accent': '#7fd4bc',
  '--care-surface': 'rgb(255 255 255 / 0.07)',
  '--care-hope-surface': 'rgb(127 212 188 / 0.14)',
  '--care-border': 'rgb(255 255 255 / 0.4)',
  '--care-urgent': '#ff8f94',
  '--care-urgent-surface': 'rgb(255 143 148 / 0.16)',
  '--care-focus-ring': '3px solid #7fd4bc',
};

/** The `--care-*` values a story's controls set (args named after the properties), to lay over a page. */
export function tokenArgs(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--care-') && typeof value === 'string' && value !== '')) as Record<string, string>;
}
