/** Schemes a feed link may use (feed-format.md, principle 2). Relative URLs are allowed too. */
const SAFE_PROTOCOL = /^(https?|mailto|tel|sms):$/;
const RELATIVE_PROBE_BASE = 'https://relative.invalid/';

/**
 * The URL as given when it is safe to put in a link, else undefined.
 * The browser's own URL parser decides the scheme, so tricks such as
 * `java\tscript:` or leading control characters are judged as a browser would.
 */
export function safeUrl(value: unknown): string | undefined {
  // Judge the text that is returned: trim() also removes spaces the URL parser keeps (U+00A0, U+3000 …).
  const trimmed = typeof value === 'string' ? value.trim() : '';
  try {
    return trimmed && SAFE_PROTOCOL.test(new URL(trimmed, RELATIVE_PROBE_BASE).protocol) ? trimmed : undefined;
  } catch {
    return undefined; // not a URL at all
  }
}
