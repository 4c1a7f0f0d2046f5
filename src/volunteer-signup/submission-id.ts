/** A random v4 UUID: `crypto.randomUUID` where the page is a secure context, else made by hand. */
export function newSubmissionId(source: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
  if (source.randomUUID) return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // the RFC 4122 variant
  // Two hex digits a byte (256 + b keeps the leading 0), a hyphen before bytes 4, 6, 8 and 10: 8-4-4-4-12.
  return bytes.reduce((id, b, i) => id + (i > 3 && i < 11 && !(i % 2) ? '-' : '') + (256 + b).toString(16).slice(1), '');
}
