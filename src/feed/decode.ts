/**
 * A feed's bytes as text. JSON travels as UTF-8 (RFC 8259 §8.1); a file saved as UTF-16 or UTF-32
 * (what some editors call "Unicode") would decode to noise and fail as "not JSON" with no hint, so
 * it is recognised and named, with the fix.
 */
import { FeedError } from './errors.js';

/**
 * 'UTF-16' or 'UTF-32' when the bytes are in one of those: a byte-order mark says so, or, since JSON
 * text starts with an ASCII character, a zero byte among the first two (RFC 4627 §3).
 */
export function wideEncoding(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = bytes;
  const marked = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  if (!marked && !(bytes.length > 1 && (a === 0 || b === 0))) return undefined;
  return (a === 0 && b === 0) || (c === 0 && d === 0) ? 'UTF-32' : 'UTF-16';
}

/** The text of a feed file, or a FeedError that says how to save it when it is not UTF-8. */
export function decodeFeed(bytes: Uint8Array): string {
  const encoding = wideEncoding(bytes);
  if (encoding) {
    throw new FeedError('not-json', `The feed is saved as ${encoding} (some editors call it "Unicode"), and a feed must be UTF-8: open it in the editor and save it again with the encoding "UTF-8".`);
  }
  return new TextDecoder().decode(bytes);
}
