import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { LocalText } from '../feed/text.js';

/**
 * A feed Text as CareElement.localText gives it, marked with the language it came out in, so that
 * a screen reader speaks a title the feed has only in English in English, on a Spanish page too.
 */
export const feedText = ({ value, lang }: LocalText): TemplateResult => html`<span lang=${lang ?? nothing}>${value}</span>`;
