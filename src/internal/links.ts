/** Letters on a phone keypad, for numbers spelled as a word ("1-800-273-TALK"). */
const KEYPAD = 'abc def ghi jkl mno pqrs tuv wxyz'.split(' ');
const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);

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

/**
 * The number to dial in a phone number as people write it: "(217) 555-0100", "+44 (0)20 7946 0000",
 * "00 44 20 7946 0000", "1-800-273-TALK". Only the first number in it, so that "988, press 1",
 * "999 or 112", "555-0100 x23" or "Text HOME to 741741" never dial the digits of two run together;
 * letters count only as a word spelled on the keypad straight after the digits. Undefined when no
 * number of three digits or more is there ("ask at the desk").
 */
export function dialNumber(written: string): string | undefined {
  const text = asciiNumber(written)
    // From abroad the (0) after a country code is not dialled.
    .replace(/^(\s*(\+|00)\d+)\s*\(0\)/, '$1')
    // "030/1234567", "0800/111 0 111": an area code with a slash (a slash between other numbers is "or").
    .replace(/(^|\D)(0\d{1,5})\/(?=\d)/g, '$1$2 ');
  for (const [number] of text.matchAll(/\+?\d[\d\s().-]*((?<=[\d-])[a-z]{3,}\b)?/gi)) {
    const digits = number.replace(/[a-z]/gi, keypadDigit).replace(/[^\d+]/g, '').replace(/^00/, '+');
    if (digits.replace('+', '').length >= 3) return digits;
  }
  return undefined;
}

/** A tel: link for a phone number as people write it (dialNumber); undefined when it holds none. */
export const telHref = (written: string): string | undefined => {
  const number = dialNumber(written);
  return number && `tel:${number}`;
};

/**
 * The address in an email field as people write it: "help@example.org", "mailto:help@example.org",
 * "Help desk <help@example.org>", "help@example.org (weekdays)". Undefined when it holds none
 * ("help at example dot org", "ask at the desk"): no link is made of it.
 */
export const emailIn = (written: string): string | undefined => /[^\s<>()[\]@,;:"]+@[^\s<>()[\]@,;:"]+\.[^\s<>()[\]@,;:".]+/.exec(written)?.[0];

/** A mailto: link for an email field as people write it (emailIn); undefined when it holds no address. */
export const emailHref = (written: string): string | undefined => {
  const address = emailIn(written);
  return address && `mailto:${address}`;
};
