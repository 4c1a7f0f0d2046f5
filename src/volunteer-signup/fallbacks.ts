/** What still works when the network does not: naming the failure, and the email with the answers. */
import { emailIn } from '../feed/checks.js';

/** Why a signup did not arrive: each gets its own words (strings.ts, `failed.<reason>`). */
export type FailureReason = 'offline' | 'network' | 'timeout' | 'rejected' | 'server';

/** Why nothing came back from a request that never reached an answer. */
export const lostConnection = (): FailureReason => (navigator.onLine === false ? 'offline' : 'network');

/**
 * A `mailto:` link that opens an email with the answers written out (each label on its own line, its value below),
 * to the address in `to` as the feed writes it ("mailto:…", "Volunteer team <…>", "… (weekdays)"); undefined when
 * it holds none. Some mail programs cut or refuse a link of more than about 2,000 characters: then the longest
 * answers are cut short, ending in "…", and `note` comes first to say so (the form still holds every answer).
 */
export function mailtoHref(to: string, subject: string, fields: string[][], note: string): string | undefined {
  const address = emailIn(to);
  const link = (cut?: boolean) => `mailto:${encodeURIComponent(address!).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${
    encodeURIComponent([...(cut ? [note, ''] : []), ...fields.flatMap((f) => [...f, ''])].join('\n'))}`;
  let href = address && link();
  while (href && href.length > 2000) {
    const longest = fields.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    const chars = [...longest[1]];
    if (chars.length < 2) break;
    // A character takes at most 12 in the link (an emoji); what is over comes off in one go, with the last cut's "…".
    longest[1] = `${chars.slice(0, -1 - Math.ceil((href.length - 2000) / 12)).join('')}…`;
    href = link(true);
  }
  return href;
}
