import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Feed } from '../feed/types.js';
import { contactLinks } from './contacts.js';
import { emergencyCall, withPhone, type Words } from './emergency-call.js';
import { feedText } from './feed-text.js';

/**
 * "Need help now?": one short line with the emergency number and every urgent referral, each with the first way
 * to reach it a person in a hurry wants (call, text, WhatsApp, chat, website: contactLinks), shown wherever the
 * feed has urgent referrals (feed-format.md, referrals: `urgent`, "offered in the crisis strip"). Its feed text
 * keeps its own language and direction (an English label in an Arabic line), as `local` gives it. Its links to
 * other sites take nothing of the page's address there (`rel="noreferrer"`), whatever the page's own policy: its
 * path and query may hold what a person typed or chose.
 */
export function renderCrisisStrip(feed: Feed, words: Words): TemplateResult | typeof nothing {
  const { t, local } = words;
  const urgent = feed.referrals.filter((r) => r.urgent);
  if (!urgent.length) return nothing;
  const { dial, call } = emergencyCall(feed, words);
  return html`<p part="crisis" class="crisis">
    <strong>${t('crisisTitle')}</strong>
    ${dial ? html`<a href=${dial} dir="auto">${call}</a>` : call ? html`<span dir="auto">${call}</span>` : nothing}
    ${urgent.map((referral) => {
      const [first] = contactLinks(referral);
      // A number is said after the name where the link dials or texts it.
      const name = withPhone(local(referral.name), first && /^(call|text|whatsapp)$/.test(first.kind) ? first.value : undefined);
      return first ? html`<a href=${first.href} rel="noreferrer" dir="auto">${name}</a>` : html`<span dir="auto">${feedText(local(referral.name))}</span>`;
    })}
  </p>`;
}
