import type { Text } from './types.js';

/**
 * The string to show for a Text field, in the first language of `langs`
 * that it has (feed-format.md, principle 4). A tag also matches its base
 * language (`es-MX` finds `es`); the first value is the last resort.
 */
export function resolveText(text: Text | undefined, langs: readonly string[]): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  for (const lang of langs) {
    const tag = lang.toLowerCase();
    for (const candidate of [tag, tag.split('-')[0]]) {
      const key = Object.keys(text).find((k) => k.toLowerCase() === candidate);
      if (key !== undefined) return text[key];
    }
  }
  return Object.values(text)[0] ?? '';
}

/**
 * The language order a widget resolves text in: its own language, then the
 * organization's, then (implicitly, in resolveText) the first value.
 */
export function languageOrder(widgetLang: string | undefined, feedLang: string | undefined): string[] {
  return [widgetLang, feedLang, 'en'].filter((l): l is string => !!l);
}
