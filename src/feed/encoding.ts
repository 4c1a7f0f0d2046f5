/**
 * A feed's text from its bytes. JSON travels as UTF-8 (RFC 8259 §8.1), but people save feeds as
 * they are offered: "ANSI" (Windows-1252, Latin-1: Notepad's and Excel's old default), which read
 * as UTF-8 would show "Sal�n" for "Salón", and UTF-16 or UTF-32 ("Unicode" in some editors), which
 * would fail as "not JSON" with no hint.
 */
import { FeedError } from './errors.js';

/**
 * The text of a download, and whether its bytes were not UTF-8; `onPart` hears each part as it arrives.
 * Each part is decoded as it comes, so the text is ready with the last part (and sooner than from the
 * bytes put together: half the time for a large feed). Bytes that are not UTF-8 are read as Windows-1252,
 * which holds Latin-1, so the letters of Western European languages show right; the caller reports it,
 * with the fix. UTF-16 and UTF-32 are recognised and fail with the fix: their byte-order marks read as
 * `ÿþ` or `þÿ`, or, as JSON text starts with an ASCII character, their zero bytes beside it read as NUL
 * (RFC 4627 §3). Valid JSON has neither.
 */
export async function readFeedText(body: ReadableStream<Uint8Array> | null, onPart?: () => void): Promise<[text: string, notUtf8?: true]> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  // Kept for Windows-1252, read again from the first byte, should a later part turn out not to be UTF-8.
  const parts: Uint8Array[] = [];
  let text: string | undefined = '';
  /** Adds a part's text (without a part, the end's), or gives up on UTF-8 at its first byte that is not. */
  const add = (part?: Uint8Array) => {
    try {
      if (text !== undefined) text += utf8.decode(part, { stream: !!part });
    } catch {
      text = undefined;
    }
  };
  const reader = body?.getReader();
  for (;;) {
    const part = await reader?.read();
    if (!part || part.done) break;
    onPart?.();
    parts.push(part.value);
    add(part.value);
  }
  add();
  const ansi = new TextDecoder('windows-1252');
  const decoded: [string, true?] = text === undefined ? [parts.map((part) => ansi.decode(part)).join(''), true] : [text];
  if (/^(ÿþ|þÿ|\0|[^]\0)/.test(decoded[0])) throw new FeedError('not-json', 'wide-text');
  return decoded;
}
