/**
 * A feed saved as UTF-16 or UTF-32 (what some editors call "Unicode"), recognised. JSON travels as
 * UTF-8 (RFC 8259 §8.1), and the body is read as UTF-8, where such a file would fail as "not JSON"
 * with no hint; this names it, with the fix.
 */
import { FeedError } from './errors.js';

/**
 * Whether `text`, read as UTF-8, was written in UTF-16 or UTF-32: their byte-order marks read as two
 * replacement characters, and, as JSON text starts with an ASCII character, their zero bytes beside
 * it read as NUL (RFC 4627 §3). Valid JSON has neither.
 */
export const isWideText = (text: string): boolean => /^(\uFFFD\uFFFD|\0|[^]\0)/.test(text);

/** Throws the FeedError that says how to save the file when it is not UTF-8. */
export function checkEncoding(text: string): void {
  if (isWideText(text)) throw new FeedError('not-json', 'wide-text');
}
