/** Schemes a feed link may use (feed-format.md, principle 2). Relative URLs are allowed too. */
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:', 'sms:']);
const RELATIVE_PROBE_BASE = 'https://relative.invalid/';

/**
 * The URL as given when it is safe to put in a link, else undefined.
 * The browser's own URL parser decides the scheme, so tricks such as
 * `java\tscript:` or leading control characters are judged as a browser would.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Judge the text that is returned: trim() also removes spaces the URL parser keeps (U+00A0, U+3000 …).
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, RELATIVE_PROBE_BASE);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? trimmed : undefined;
}
