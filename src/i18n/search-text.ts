/**
 * What a search box compares, the same in every widget that has one. Outside the core (vite.config.ts):
 * only the widgets with a search load it.
 */
import type { Text } from '../feed/types.js';

/**
 * Lower case, accents removed: "Círculo" and "circulo", "Clínica" and "clinica" match; letters typed full
 * width (an East Asian keyboard's "ｇｒｉｅｆ") are the letters they are. Apostrophes and quote marks go,
 * whichever a keyboard or a feed writes ("women's", "Women’s" and "womens" match), ß is written ss, and
 * other punctuation is a space: "self-harm" finds "self harm", as a code is shown. (Letters no accent makes,
 * ł or ø, stay: writing each plainly would cost every visitor more than the few searches it helps.)
 * Arabic script as its keyboards and writers differ: vowel marks, hamza and the stretching tatweel go, the
 * Persian and Arabic yeh and kaf are one (and final ى is ي, ة is ه, as much Egyptian writing has them), and
 * Arabic-Indic and Persian digits are 0–9.
 */
export const foldText = (text: string): string =>
  text.normalize('NFKD').replace(/[\p{M}\p{Pi}\p{Pf}'"`´ʼ׳״ـ]/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك').replace(/ة/g, 'ه').replace(/[٠-٩۰-۹]/g, (digit) => `${digit.charCodeAt(0) % 16}`);

/** A feed Text in all its languages, so a search in any of them finds it. */
export const allLanguages = (text: Text | undefined): string => (text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' '));

/** The language of a tag, without region or script: `es-MX` → `es`, so a filter for Spanish finds both. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];
