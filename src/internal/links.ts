import { emailIn } from '../feed/checks.js';
import { asciiNumber } from './ascii-number.js';

/** Letters on a phone keypad, for numbers spelled as a word ("1-800-273-TALK"). */
const KEYPAD = 'abc def ghi jkl mno pqrs tuv wxyz'.split(' ');
const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);

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

// In the feed's checks, which report an email field that holds no address.

/** A mailto: link for an email field as people write it (emailIn); undefined when it holds no address. */
export const emailHref = (written: string): string | undefined => {
  const address = emailIn(written);
  return address && `mailto:${address}`;
};
