/** What still works when the network does not: naming the failure, and the email with the answers. */

/** Why a signup did not arrive: each gets its own words (strings.ts, `failed.<reason>`). */
export type FailureReason = 'offline' | 'network' | 'timeout' | 'rejected' | 'server';

/** Why nothing came back from a request that never reached an answer. */
export const lostConnection = (): FailureReason => (navigator.onLine === false ? 'offline' : 'network');

/** A `mailto:` link that opens an email to `to` with the answers written out. */
export function mailtoHref(to: string, subject: string, lines: string[]): string {
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?${query}`;
}
