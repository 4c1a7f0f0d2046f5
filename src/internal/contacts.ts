/** Every way to reach a referral, as links that are safe to put in a page (feed-format.md, principle 2). Pure, no DOM. */
import type { Referral } from '../feed/types.js';
import { dialNumber, emailHref } from './links.js';
import { safeUrl } from '../feed/safe-url.js';

export type Contact = 'call' | 'text' | 'whatsapp' | 'chat' | 'website' | 'email';

export interface ContactLink {
  kind: Contact;
  href: string;
  /** What the person reads: the number or address as the feed writes it (a `sms:` address's number). */
  value: string;
}

/**
 * The referral's links in the order a person in a hurry wants them: call, text, WhatsApp, chat,
 * website, email. Each href passes safeUrl; anything that would not is left out.
 */
export function contactLinks(referral: Referral): ContactLink[] {
  const { phone, sms, whatsapp, chat_url, url, email } = referral;
  const dial = (prefix: string, number: string | undefined) => {
    const digits = number && dialNumber(number);
    return digits && prefix + digits;
  };
  // What a text sends when the feed says, so the person need not type it: a `sms:` address's body
  // ("sms:741741?body=HOME", shown as its number), or the word of "Text HOME to 741741".
  const [, to, query] = sms?.match(/^\s*sms:([^?&]*)(.*)/i) ?? [];
  const body = sms?.match(/^\s*text\s+\W?(\w+)\W?\s+to\s/i)?.[1];
  const candidates: [Contact, string | undefined, string | undefined][] = [
    ['call', phone, dial('tel:', phone)],
    ['text', to ?? sms, dial('sms:', to ?? sms)?.concat(query ?? (body ? '?body=' + encodeURIComponent(body) : ''))],
    // wa.me takes the full international number as digits only.
    ['whatsapp', whatsapp, dial('https://wa.me/', whatsapp)?.replace('+', '')],
    ['chat', chat_url, chat_url],
    ['website', url, url],
    ['email', email, email && emailHref(email)],
  ];
  const links: ContactLink[] = [];
  for (const [kind, value, href] of candidates) {
    const safe = safeUrl(href);
    if (value && safe) links.push({ kind, href: safe, value });
  }
  return links;
}
