/**
 * Checking a widget's attributes as the page wrote them. A value the widget
 * cannot use (`viewer-timezone="Eastern Time"`, `days-ahead="abc"`, a stray
 * space) gives one console warning naming the element, the attribute, the
 * value and the fix, and the widget carries on as if the attribute were not
 * there: never an exception, never a widget stuck on "Loading…".
 *
 * A widget names its rules by property (`static attributeRules`); CareElement
 * applies them before each update, so the rest of the widget only ever sees
 * usable values. Yes/no attributes need no rule: every Boolean property is checked.
 */
import type { PropertyValues, ReactiveElement } from 'lit';
import { isLang, isZone } from '../feed/checks.js';

export interface AttributeRule {
  /** Whether the widget can use the value (the property's, after Lit converted the attribute). */
  accepts(value: unknown): boolean;
  /** What the attribute needs, and what is used instead, for the warning: `needs a whole number from 1 to 366; 56 is used`. */
  fix: string;
  /** The value used instead: the property's default. */
  fallback?: unknown;
}

export type AttributeRules = Readonly<Record<string, AttributeRule>>;

/** A place-based time zone name, as in the feed (so not `EST`, nor a name with a stray space). */
export const zoneRule: AttributeRule = {
  accepts: isZone,
  fix: 'needs a place-based time zone name such as "America/New_York"; the visitor’s own time zone is used',
};

export const languageRule: AttributeRule = {
  accepts: (v) => v === '' || isLang(v),
  fix: 'needs a language tag such as "en" or "es-MX"; the page’s language is used',
  fallback: '',
};

/** A code as the feed writes it (`youth`, `peer-group`): text with no spaces around it. */
const isCode = (v: unknown): boolean => typeof v === 'string' && v !== '' && v.trim() === v;

/** A filter the page presets (`audience="youth"`); `accepts` the feed's own check of such values. */
export const presetRule = (example: string, accepts: (v: unknown) => boolean = isCode): AttributeRule => ({
  accepts,
  fix: `needs a value as the feed writes it, such as "${example}", with no spaces around it; nothing is preset`,
});

export const wholeNumberRule = (min: number, max: number, fallback: number): AttributeRule => ({
  accepts: (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
  fix: `needs a whole number from ${min} to ${max}; ${fallback} is used`,
  fallback,
});

export const urlRule: AttributeRule = {
  accepts(v) {
    try {
      return !!new URL(String(v), document.baseURI);
    } catch {
      return false;
    }
  },
  fix: 'needs the address of the feed, such as "feed.json" or "https://example.org/feed.json"',
};

/** `no-filters="false"` turns filters off in HTML, which is never what was meant. */
const yesNoRule: AttributeRule = {
  accepts: (text) => !/^\s*(false|no|off|0)\s*$/i.test(String(text)),
  fix: 'is on whenever it is there, whatever its value: remove it to turn it off; it is taken as off',
  fallback: false,
};

/** What was said, per element: `attribute="value"` → the warning. The on-page check (#care-check) shows them too. */
const said = new WeakMap<Element, Map<string, string>>();

/** The attribute warnings given for `element`, oldest first. */
export const attributeWarnings = (element: Element): string[] => [...(said.get(element)?.values() ?? [])];

/** Warns once per element, attribute and value. */
export function warnAttribute(element: Element, attribute: string, value: string, fix: string): void {
  const key = `${attribute}="${value}"`;
  let warnings = said.get(element);
  if (!warnings) said.set(element, (warnings = new Map()));
  if (warnings.has(key)) return;
  const warning = `<${element.localName}> ${key} ${fix}.`;
  warnings.set(key, warning);
  console.warn(warning);
}

/**
 * Applies `rules` to the properties changed in this update, and the yes/no check to every Boolean
 * one: a value the widget cannot use is warned about and replaced by its fallback (set in
 * willUpdate, so this update already uses it).
 */
export function checkAttributes(element: ReactiveElement, changed: PropertyValues, rules: AttributeRules): void {
  const props = element as unknown as Record<string, unknown>;
  for (const [key, options] of (element.constructor as typeof ReactiveElement).elementProperties) {
    if (typeof key !== 'string' || !changed.has(key)) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    const text = element.getAttribute(attribute);
    const yesNo = options.type === Boolean && text !== null;
    const rule = yesNo ? yesNoRule : rules[key];
    const value = yesNo ? text : props[key];
    if (!rule || value === undefined || value === null || rule.accepts(value)) continue;
    warnAttribute(element, attribute, text ?? String(value), rule.fix);
    props[key] = rule.fallback;
  }
}
