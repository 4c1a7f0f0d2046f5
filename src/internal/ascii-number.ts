/**
 * A phone number as copied from a word processor or a right-to-left page, in the characters the
 * dialling rules read: without the invisible marks such a copy carries (direction marks U+200E…,
 * zero-width spaces, soft hyphens), with its dashes (an en dash, a non-breaking hyphen, a minus) as
 * hyphens, and its digits in another script (Arabic-Indic ٩١١, Persian, Devanagari, full width) as 0-9.
 */
export const asciiNumber = (written: string): string =>
  written
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Pd}\u2212]/gu, '-')
    .replace(/(?![0-9])\p{Nd}/gu, (digit) => {
      // Unicode encodes each script's digits 0 to 9 in a row: the digit is its distance from that row's start.
      let zero = digit.codePointAt(0)!;
      while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      return String((digit.codePointAt(0)! - zero) % 10);
    });
