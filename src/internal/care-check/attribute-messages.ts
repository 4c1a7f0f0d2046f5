/**
 * The attribute warnings (../attributes.ts): once per element, attribute and
 * value, in words that say what the attribute needs and what the widget uses
 * instead. For webmasters only, so loaded only when a page has a value a
 * widget cannot use.
 */
import type { UpdatingElement } from '../updating-element.js';

export interface AttributeWarning {
  attribute: string;
  /** As the page wrote it. */
  value: string;
  fix: AttributeFix;
}

const FIXES = {
  zone: () => 'needs a place-based time zone name such as "America/New_York"; the visitor’s own time zone is used',
  language: () => 'needs a language tag such as "en" or "es-MX"; the page’s language is used',
  preset: (example: string) => `needs a value as the feed writes it, such as "${example}", with no spaces around it; nothing is preset`,
  wholeNumber: (min: string, max: string, fallback: string) => `needs a whole number from ${min} to ${max}; ${fallback} is used`,
  url: () => 'needs the address of the feed, such as "feed.json" or "https://example.org/feed.json"; the widget looks for another source of its feed',
  noMatch: (what: string) => `matches no ${what} in the feed (check its spelling against the feed's codes); it is left out, so that it hides nothing`,
  yesNo: () => 'is on whenever it is there, whatever its value: remove it to turn it off; it is taken as off',
  /** The lookup's `exit-url`: here rather than in the lookup's code, which every visitor downloads. */
  exitUrl: () => 'needs a web address starting with https://; a neutral page is used',
  /** A widget's own words, for a rule of its own. */
  custom: (words: string) => words,
};

/** A rule's fix: the kind of value, and the details its words name (`['wholeNumber', '1', '366', '56']`). */
export type AttributeFix = { [K in keyof typeof FIXES]: [K, ...Parameters<(typeof FIXES)[K]>] }[keyof typeof FIXES];

/** `<care-session-finder> days-ahead="abc" needs a whole number from 1 to 366; 56 is used.` */
export function attributeWarning(tag: string, { attribute, value, fix: [kind, ...details] }: AttributeWarning): string {
  return `<${tag}> ${attribute}="${value}" ${(FIXES[kind] as (...args: string[]) => string)(...details)}.`;
}

/** The warnings given, per element, by `attribute="value"`: the on-page check (#care-check) lists them too. */
const given = new WeakMap<Element, Map<string, AttributeWarning>>();

export const attributeWarnings = (element: Element): AttributeWarning[] => [...(given.get(element)?.values() ?? [])];

/** Warns in the console, once per element, attribute and value. */
export function warnAttribute(element: Element, warning: AttributeWarning): void {
  const key = `${warning.attribute}="${warning.value}"`;
  let warnings = given.get(element);
  if (!warnings) given.set(element, (warnings = new Map()));
  if (warnings.has(key)) return;
  warnings.set(key, warning);
  console.warn(attributeWarning(element.localName, warning));
  // The on-page check, if shown, re-reads the warnings as the widget updates.
  (element as Partial<UpdatingElement>).requestUpdate?.();
}
