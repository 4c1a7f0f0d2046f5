/** What still works when the network does not: naming the failure, and the email with the answers. */
import { emailIn } from '../feed/checks.js';

/** Why a signup did not arrive: each gets its own words (strings.ts, `failed.<reason>`). */
export type FailureReason = 'offline' | 'network' | 'timeout' | 'rejected' | 'server';

/** Why nothing came back from a request that never reached an answer. */
export const lostConnection = (): FailureReason => (navigator.onLine === false ? 'offline' : 'network');

/**
 * A `mailto:` link that opens an email with the answers written out, to the address in `to` as the feed
 * writes it ("mailto:…", "Volunteer team <…>", "… (weekdays)"); undefined when it holds none.
 */
export function mailtoHref(to: string, subject: string, lines: string[]): string | undefined {
  const address = emailIn(to);
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
  return address && `mailto:${encodeURIComponent(address).replace('%40', '@')}?${query}`;
}
