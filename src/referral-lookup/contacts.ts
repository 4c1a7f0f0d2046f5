/** Every way to reach a referral, as links that are safe to put in a page (feed-format.md, principle 2). Pure, no DOM. */
import type { Referral } from '../feed/types.js';
import { telHref } from '../internal/links.js';
import { safeUrl } from '../feed/safe-url.js';

export type Contact = 'call' | 'text' | 'whatsapp' | 'chat' | 'website' | 'email';

export interface ContactLink {
  kind: Contact;
  href: string;
  /** What the person reads: the number or address as the feed writes it. */
  value: string;
}

/** Letters on a phone keypad, for numbers written as words ("1-800-273-TALK"). */
const KEYPAD = 'abc def ghi jkl mno pqrs tuv wxyz'.split(' ');
const keypadDigit = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter.toLowerCase())) + 2);

/**
 * The digits to dial for a number as people write it, "(217) 555-0100", "+44 20 7946 0000",
 * "1-800-273-TALK"; undefined when it has fewer than three digits, so text such as "ask at the desk"
 * never becomes a link. Letters count only in something shaped like a number, digits first.
 */
export function dialDigits(number: string): string | undefined {
  const spelled = /^\+?\d[\d\s().-]*[a-z][a-z\d\s().-]*$/i.test(number) ? number.replace(/[a-z]/gi, keypadDigit) : number;
  const digits = telHref(spelled).slice(4);
  return digits.replace('+', '').length >= 3 ? digits : undefined;
}

/**
 * The referral's links in the order a person in a hurry wants them: call, text, WhatsApp, chat,
 * website, email. Each href passes safeUrl; anything that would not is left out.
 */
export function contactLinks(referral: Referral): ContactLink[] {
  const { phone, sms, whatsapp, chat_url, url, email } = referral;
  const dial = (prefix: string, number: string | undefined) => {
    const digits = number && dialDigits(number);
    return digits && prefix + digits;
  };
  const candidates: [Contact, string | undefined, string | undefined][] = [
    ['call', phone, dial('tel:', phone)],
    ['text', sms, dial('sms:', sms)],
    // wa.me takes the full international number as digits only.
    ['whatsapp', whatsapp, dial('https://wa.me/', whatsapp)?.replace('+', '')],
    ['chat', chat_url, chat_url],
    ['website', url, url],
    ['email', email, email && `mailto:${email}`],
  ];
  const links: ContactLink[] = [];
  for (const [kind, value, href] of candidates) {
    const safe = safeUrl(href);
    if (value && safe) links.push({ kind, href: safe, value });
  }
  return links;
}
