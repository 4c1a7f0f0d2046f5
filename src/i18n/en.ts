import type { Text } from '../feed/types.js';

/**
 * English UI strings every widget shares, built in. Each widget keeps its own
 * English strings beside it (session-finder/strings.ts), and its other
 * languages in its own locales/ folder, so a page showing one widget carries
 * no other's words. Other languages load on demand (load-strings.ts).
 * Strings with a `{name}` placeholder are filled by `format()`.
 */
export const en = {
  loading: 'Loading…',
  retry: 'Try again',
  savedCopy: 'Saved copy from {date}',
  errorTitle: 'This information can’t be shown right now.',
  'error.network': 'The information could not be reached. Check your connection, or try again in a little while.',
  'error.timeout': 'The information took too long to arrive. Please try again.',
  'error.http': 'The information could not be found on the server.',
  'error.server': 'The server had a problem. Please try again in a little while.',
  'error.not-json': 'The information is in a form this page can’t read.',
  'error.bad-version': 'The information is in a format this page doesn’t know yet.',
  'error.no-feed': 'No information has been connected to this widget yet.',
  /** After an error, when "Try again" failed again: {time} as the visitor's clock shows it (10:42 AM). */
  triedAgain: 'Tried again at {time}.',
};

/** The shared strings, as a locale file gives them. */
export type SharedStrings = Record<keyof typeof en, string>;

/**
 * Every UI string of every widget: the shared ones, and each widget's own,
 * added by the widget's strings.ts (`declare module '…/i18n/en.js' { interface UIStrings … }`).
 * A site translating the widgets itself gives registerLocale an object of these.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UIStrings extends SharedStrings {}
export type StringKey = keyof UIStrings;
/** A counted string's name: `results` of `results.one` and `results.other`. */
export type CountKey = { [K in StringKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends StringKey ? Base : never) : never }[StringKey];
/**
 * A counted string's other forms, for languages whose plural rules have them (CLDR's zero, two, few and many:
 * `results.few`), each optional: where one is not given, `.other` is shown.
 */
export type PluralStrings = Partial<Record<`${CountKey}.${'zero' | 'two' | 'few' | 'many'}`, string>>;
/** Strings as loaded: built-in English has the shared ones (each widget adds its own); a locale has those a widget needs. */
export type LoadedStrings = Partial<UIStrings> & PluralStrings;

/** What a template helper needs to put words on screen: UI strings, and feed Text in the widget's language. */
export interface Translate {
  t(key: StringKey, values?: Record<string, string | number>): string;
  text(value: Text | undefined): string;
}

/**
 * Fills `{name}` placeholders; a number is written in `lang` (its digits: `ar-EG` has ٠–٩; its grouping,
 * 1,234). Intl's first use costs a page 10 to 20 ms, which a whole number under 1,000 in a language
 * written with 0–9 (the banner's "Message 1 of 3") does not need: it reads the same without.
 */
export function format(template: string, values: Record<string, string | number>, lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return name in values ? `${typeof value === 'number' && (value > 999 || value % 1 || !/^(en|es|he)\b/i.test(lang)) ? value.toLocaleString(lang) : value}` : match;
  });
}
