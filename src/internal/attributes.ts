/**
 * Checking a widget's attributes as the page wrote them. A value the widget
 * cannot use (`viewer-timezone="Eastern Time"`, `days-ahead="abc"`, a stray
 * space) gives one console warning per element, attribute and value, naming
 * them with the fix, and the widget carries on as if the attribute were not
 * there: never an exception, never a widget stuck on "Loading…".
 *
 * A widget names its rules by property (`static attributeRules`; the rules
 * only some widgets use are in attribute-rules.ts). CareElement applies them
 * before each update, so the rest of the widget only ever sees usable values.
 * `src`, `lang` and every Boolean property are checked for every widget.
 * The warnings are for webmasters, so, like the feed's problem messages, they
 * load only when there is something to say (care-check/attribute-messages.ts).
 */
import type { PropertyValues, UpdatingElement } from './updating-element.js';
import { isLang } from '../feed/checks.js';
import { feedAddress } from '../feed/request.js';
import { onDemand } from './on-demand.js';
import type { AttributeFix, AttributeWarning } from './care-check/attribute-messages.js';

export type { AttributeFix };

export interface AttributeRule {
  /** Whether the widget can use the value (the property's, after Lit converted the attribute). */
  accepts(value: unknown): boolean;
  /** What the warning says the attribute needs, and what is used instead (attribute-messages.ts), with its details. */
  fix: AttributeFix;
  /** The value used instead: the property's default. */
  fallback?: unknown;
}

export type AttributeRules = Readonly<Record<string, AttributeRule>>;

/** The widget's language: a language tag (the spaces around it dropped, as CareElement reads it), else the page's language is used. */
export const languageRule: AttributeRule = { accepts: (v) => !(v = String(v).trim()) || isLang(v), fix: ['language'], fallback: '' };

/** The feed's address: an http(s) URL, relative to the page; a blank one is none given. */
export const urlRule: AttributeRule = { accepts: (v) => !String(v).trim() || !!feedAddress(String(v)), fix: ['url'] };

/** `no-filters="false"` is on in HTML, which is never what was meant: taken as off. */
const yesNoRule: AttributeRule = { accepts: (text) => !/^\s*(false|no|off|0)\s*$/i.test(String(text)), fix: ['yesNo'], fallback: false };

/**
 * Applies `rules` to the properties changed in this update, and the yes/no check to every Boolean
 * one: a value the widget cannot use is warned about and replaced by its fallback (set in
 * willUpdate, so this update already uses it).
 */
export function checkAttributes(element: UpdatingElement, changed: PropertyValues, rules: AttributeRules): void {
  const props = element as unknown as Record<PropertyKey, unknown>;
  for (const [key, { attribute, type }] of (element.constructor as typeof UpdatingElement).elementProperties) {
    if (!changed.has(key)) continue;
    const name = typeof attribute === 'string' ? attribute : String(key).toLowerCase();
    const text = element.getAttribute(name);
    // A yes/no attribute is judged by its text, as its property is true whatever the text.
    const rule = type === Boolean ? text !== null && yesNoRule : rules[key as string];
    const value = type === Boolean ? text : props[key];
    if (rule && value != null && !rule.accepts(value)) {
      warnAttribute(element, { attribute: name, value: text ?? String(value), fix: rule.fix });
      props[key] = rule.fallback;
    }
  }
}

/**
 * Warns once about an attribute value the widget cannot use (the console, and the on-page check):
 * for what a rule cannot judge alone, such as a value the feed must hold.
 */
export function warnAttribute(element: Element, warning: AttributeWarning): void {
  onDemand(() => import('./care-check/attribute-messages.js'), import.meta.url).then((words) => words.warnAttribute(element, warning), () => {
    // Its words could not be fetched (the connection gone): the webmaster still learns which attribute it is, once.
    const said = `<${element.localName}> ${warning.attribute}="${warning.value}" cannot be used, so it is ignored.`;
    // The set grows only by a sentence not said before.
    if (toldPlainly.size < toldPlainly.add(said).size) console.warn(said);
  });
}

/** The warnings given without their words, by what they said. */
const toldPlainly = new Set<string>();
