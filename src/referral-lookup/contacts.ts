/** Every way to reach a referral, as links that are safe to put in a page (feed-format.md, principle 2). Pure, no DOM. */
import type { Referral } from '../feed/types.js';
import { dialNumber, emailHref } from '../internal/links.js';
import { safeUrl } from '../feed/safe-url.js';

export type Contact = 'call' | 'text' | 'whatsapp' | 'chat' | 'website' | 'email';

export interface ContactLink {
  kind: Contact;
  href: string;
  /** What the person reads: the number or address as the feed writes it. */
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
  const candidates: [Contact, string | undefined, string | undefined][] = [
    ['call', phone, dial('tel:', phone)],
    ['text', sms, dial('sms:', sms)],
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
