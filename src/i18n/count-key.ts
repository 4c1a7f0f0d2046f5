import type { CountKey, LoadedStrings, PluralStrings, StringKey } from './en.js';

/** Plural rules by language, made once each. */
const rules = new Map<string, Intl.PluralRules>();

/**
 * The string to show for `count` of a counted string (`results`: "{count} sessions…"): the form the language's
 * plural rules pick (`results.few`) where its strings give one, else `.one` for the rules' "one" and `.other`
 * for every other number.
 */
export function countKey(key: CountKey, count: number, lang: string, strings: LoadedStrings): StringKey | keyof PluralStrings {
  let plural = rules.get(lang);
  if (!plural) rules.set(lang, (plural = new Intl.PluralRules(lang)));
  const form = plural.select(count);
  const own = `${key}.${form}` as const;
  return own in strings ? own : `${key}.${form === 'one' ? 'one' : 'other'}`;
}
