import type { Text } from './types.js';

/**
 * The string to show for a Text field, in the first language of `langs`
 * that it has (feed-format.md, principle 4), as matchTag finds it; the first value is the last resort.
 */
export function resolveText(text: Text | undefined, langs: readonly string[]): string {
  return pickText(text, langs).value;
}

/** A feed Text as shown, and the language it came out in (undefined: the feed's own), for a `lang` attribute. */
export type LocalText = { value: string; lang?: string };

/**
 * Like resolveText, and also says which language the string is in (the map's
 * key; undefined for a plain string), so it can be marked up with `lang`.
 */
export function pickText(text: Text | undefined, langs: readonly string[]): LocalText {
  if (text === undefined) return { value: '' };
  if (typeof text === 'string') return { value: text };
  const keys = Object.keys(text);
  for (const lang of langs) {
    const key = matchTag(lang, keys);
    if (key) return { value: text[key], lang: key };
  }
  return keys.length > 0 ? { value: text[keys[0]], lang: keys[0] } : { value: '' };
}

/** A tag's script, written or likely (zh-TW and zh-HK: Hant, zh: Hans, sr: Cyrl); none for a tag Intl cannot read. */
const scripts = new Map<string, string | undefined>();
const scriptOf = (tag: string): string | undefined => {
  if (!scripts.has(tag)) {
    try {
      scripts.set(tag, new Intl.Locale(tag).maximize().script);
    } catch {
      scripts.set(tag, undefined);
    }
  }
  return scripts.get(tag);
};

/**
 * Which of `tags` best serves a reader of `lang`, whatever their case: the tag itself, else each shorter
 * tag in turn, as BCP 47 lookup (RFC 4647: zh-hant-tw, zh-hant, zh), else a longer or sibling tag of the
 * same language, closest first (a Spanish reader takes es-MX, zh-Hant-TW takes zh-Hant-HK before zh-Hans,
 * en-GB takes en-US), one in the reader's script before one in another (zh-TW, written in Traditional
 * characters, takes zh-Hant before zh-Hans, and zh-Hant takes zh-TW before zh-CN), before another
 * language is tried. Text and UI strings (pickLocale) choose alike.
 */
export function matchTag(lang: string, tags: readonly string[]): string | undefined {
  for (const variant of [0, 1, 2]) {
    for (let tag = lang.toLowerCase(); tag; tag = tag.replace(/-?[^-]*$/, '')) {
      const found = tags.find((key) => (key = key.toLowerCase()) === tag || (variant && key.startsWith(tag + '-') && (variant > 1 || scriptOf(key) === scriptOf(lang))));
      // Never an empty key: the tags looked for are never empty.
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The language order a widget resolves text in: its own language, then the
 * organization's, then (implicitly, in resolveText) the first value.
 */
export function languageOrder(widgetLang: string | undefined, feedLang: string | undefined): string[] {
  return [widgetLang, feedLang ?? 'en'].filter((l): l is string => !!l);
}
