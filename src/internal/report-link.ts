/** Where "Report a wrong listing" goes, for the finder's sessions and the lookup's services alike. */
import type { Feed } from '../feed/types.js';
import { safeUrl } from '../feed/safe-url.js';
import { emailHref } from './links.js';

/**
 * The feed's feedback address (feed-format.md, `organization.feedback_url`), else an email to the organization
 * whose subject names the listing (`label: title`); none when the feed gives neither.
 */
export function reportHref(feed: Feed, title: string, label: string): string | undefined {
  const { feedback_url, contact } = feed.organization;
  const mail = contact?.email && emailHref(contact.email);
  return feedback_url ?? (mail ? safeUrl(`${mail}?subject=${encodeURIComponent(`${label}: ${title}`)}`) : undefined);
}
