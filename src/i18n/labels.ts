/** Readable names for codes: the feed's own labels first, then ours, then the code made readable (principle 3). */
import type { Feed, LabelCategory, Text } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import type { LoadedStrings, StringKey } from './en.js';

const BUILT_IN_PREFIX: Record<LabelCategory, string> = { kinds: 'kind', audiences: 'audience', topics: 'topic', accessibility: 'accessibility' };

/**
 * A code as it is compared: in any case, without spaces around it. Feeds are typed by hand, so "Youth",
 * "youth" and " youth " are one code, one choice in a filter, with one name.
 */
export const codeKey = (code: string): string => code.trim().toLowerCase();

/** "older-adults" → "Older adults". */
export const readableCode = (code: string): string => {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A code's name, with the language of a feed's own label (`local`: CareElement.localText), to be marked up as other
 * feed text is: an English-only label on a Spanish page is spoken in English. Ours are in the UI's language (no `lang`).
 */
export function codeLabel(
  feed: Feed, category: LabelCategory, code: string, strings: LoadedStrings, local: (t: Text | undefined) => LocalText,
): LocalText {
  // The feed's own and ours in any case, as codes are compared: "Youth" is "youth".
  const own = Object.entries(feed.labels[category] ?? {}).find(([labelled]) => codeKey(labelled) === codeKey(code));
  if (own) return local(own[1]);
  const key = `${BUILT_IN_PREFIX[category]}.${codeKey(code)}` as StringKey;
  return { value: strings[key] ?? readableCode(code) };
}

const languageNames = new Map<string, Intl.DisplayNames | null>();
/** A language tag's name in the viewer's language ("es" → "Spanish"), or the tag itself. */
export function languageName(tag: string, locale: string): string {
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      languageNames.set(locale, null);
    }
  }
  try {
    return languageNames.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
