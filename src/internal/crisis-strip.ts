import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Feed } from '../feed/types.js';
import { emergencyCall, withPhone, type Words } from './emergency-call.js';
import { feedText } from './feed-text.js';
import { telHref } from './links.js';

/**
 * "Need help now?": one short line with the emergency number and the first
 * urgent referral, shown wherever the feed has urgent referrals
 * (feed-format.md, referrals: `urgent`). Its feed text keeps its own language and direction
 * (an English label in an Arabic line), as `local` gives it. Its link to another site takes nothing of the page's
 * address there (`rel="noreferrer"`), whatever the page's own policy: its path and query may hold what a
 * person typed or chose.
 */
export function renderCrisisStrip(feed: Feed, words: Words): TemplateResult | typeof nothing {
  const { t, local } = words;
  const urgent = feed.referrals.find((r) => r.urgent);
  if (!urgent) return nothing;
  const contact = (urgent.phone && telHref(urgent.phone)) || urgent.url || urgent.chat_url;
  const { dial, call } = emergencyCall(feed, words);
  const name = withPhone(local(urgent.name), urgent.phone);
  return html`<p part="crisis" class="crisis">
    <strong>${t('crisisTitle')}</strong>
    ${dial ? html`<a href=${dial} dir="auto">${call}</a>` : call ? html`<span dir="auto">${call}</span>` : nothing}
    ${contact ? html`<a href=${contact} rel="noreferrer" dir="auto">${name}</a>` : html`<span dir="auto">${feedText(local(urgent.name))}</span>`}
  </p>`;
}
