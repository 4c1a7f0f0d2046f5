import { emailIn } from '../feed/checks.js';
import { asciiNumber } from './ascii-number.js';

/** Letters on a phone keypad, for numbers spelled as a word ("1-800-273-TALK"). */
const KEYPAD = 'abc def ghi jkl mno pqrs tuv wxyz'.split(' ');
const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);

/**
 * The number to dial in a phone number as people write it: "(217) 555-0100", "+44 (0)20 7946 0000",
 * "00 44 20 7946 0000", "1-800-273-TALK", "1 800 FLOWERS". Only the first number in it, so that "988, press 1",
 * "999 or 112" or "Text HOME to 741741" never dial the digits of two run together. Letters are a word spelled
 * on the keypad where the number's part holds one: joined to it ("1-800-suicide", "1-800-GO-FEDEX"), in capitals
 * after a space or a bracket ("(800) FLOWERS"), or in either case after the start of a free number ("1 800 flowers");
 * read short, it would dial someone else. Other words in small letters after a space are the line's words ("988 then
 * press 1"); letters joined to it that spell no word leave it unread. An extension ("ext. 23", "x23") is dialled
 * after a pause, the comma. Undefined when no number of three digits or more is there ("ask at the desk"), or of two
 * written alone: the emergency numbers 15, 17 and 18 of France.
 */
export function dialNumber(written: string): string | undefined {
  const text = asciiNumber(written)
    // Hours written with the number ("24/7 555-0100", "24-hour", "24h") are no part of it: read, they dialled 75550100.
    .replace(/\b24\s*([/x]\s*7|-?\s*h(ours?|r)?)\b/gi, ' ')
    // A word after the start of a free number of the US and Canada (1-800, 888, 877…, fewer than its seven digits more),
    // in either case, is spelled on the keypad after a space too ("1 800 flowers", "(800) 273 talk"): the number alone
    // would dial no one. Joined to it here, it is read below as a word joined to a number is.
    .replace(/(?<!\d)((1[\s.-]*)?\(?8(00|([2-8])\4)\)?([\s.-]*\d){0,6})\s+(?=[a-z]{3})/gi, '$1-')
    // From abroad the (0) after a country code is not dialled.
    .replace(/^(\s*(\+|00)\d+)\s*\(0\)/, '$1')
    // "030/1234567", "0800/111 0 111": an area code with a slash (a slash between other numbers is "or").
    .replace(/(^|\D)(0\d{1,5})\/(?=\d)/g, '$1$2 ')
    // An extension, marked for the match below (a comma in the text is "or": "999,112").
    .replace(/(?<=\d)\s*(ext(ension)?|x)\.?\s*(?=\d)/gi, ';');
  // Last, a letter joined to the number that is no word of it ("1-800-go-fedex", "555-01OO"): then the number
  // is left unread, as its digits alone would dial someone else.
  for (const [number] of text.matchAll(/\+?\d[\d\s().-]*((?<=[\d-])[a-zA-Z]{3,}\b|(?<=-)[A-Z]{2,}\b|(?<=[\s)])(?!TTY)[A-Z]{3,}\b|[\s-])*(;\d+)?((?<=[\d-])[a-zA-Z])?/g)) {
    const digits = number.replace(/[a-z]/gi, keypadDigit).replace(/[^\d+;]/g, '').replace(/^00/, '+').replace(';', ',');
    if (!/[\d-][a-z]$/i.test(number) && (digits.replace('+', '').length > 2 || /^\s*\d\d\s*$/.test(text))) return digits;
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
