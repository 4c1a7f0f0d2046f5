/**
 * A feed's text from its bytes. JSON travels as UTF-8 (RFC 8259 §8.1), but people save feeds as
 * they are offered: "ANSI" (Windows-1252, Latin-1: Notepad's and Excel's old default), which read
 * as UTF-8 would show "Sal�n" for "Salón", and UTF-16 or UTF-32 ("Unicode" in some editors), which
 * would fail as "not JSON" with no hint.
 */
import { FeedError } from './errors.js';

/**
 * The text of `bytes`, and whether they were not UTF-8. Bytes that are not UTF-8 are read as
 * Windows-1252, which holds Latin-1, so the letters of Western European languages show right;
 * the caller reports it, with the fix. UTF-16 and UTF-32 are recognised and fail with the fix: their
 * byte-order marks read as `ÿþ` or `þÿ`, or, as JSON text starts with an ASCII character, their zero
 * bytes beside it read as NUL (RFC 4627 §3). Valid JSON has neither.
 */
export function decodeFeed(bytes: AllowSharedBufferSource): [text: string, notUtf8?: true] {
  let decoded: [string, true?];
  try {
    decoded = [new TextDecoder('utf-8', { fatal: true }).decode(bytes)];
  } catch {
    decoded = [new TextDecoder('windows-1252').decode(bytes), true];
  }
  if (/^(ÿþ|þÿ|\0|[^]\0)/.test(decoded[0])) throw new FeedError('not-json', 'wide-text');
  return decoded;
}
