/**
 * Code labels as a sentence's list, for the details the finder and the lookup load on demand. Kept out of
 * labels.ts, which their lists load at once, and so out of what every visitor of those pages waits for (vite.config.ts).
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { LocalText } from '../feed/text.js';

/**
 * "a, b, c" in the UI language ("أ، وب، وج" in Arabic), each label marked with the language it came out in and
 * laid out in its own direction: a feed's English-only label in a Spanish or Arabic list is read as English.
 * Each label once: codes written in two ways by hand ("Youth", "youth") are one label.
 */
export function labelList(all: readonly LocalText[], locale: string): TemplateResult {
  const labels = all.filter((label, i) => all.findIndex((other) => other.value === label.value) === i);
  let i = 0;
  return html`${new Intl.ListFormat(locale, { type: 'unit' }).formatToParts(labels.map((label) => label.value))
    .map((part) => (part.type === 'element' ? html`<bdi lang=${labels[i++].lang ?? nothing}>${part.value}</bdi>` : part.value))}`;
}
