import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Feed } from '../feed/types.js';
import type { Translate } from '../i18n/en.js';
import { telHref } from './links.js';

/**
 * "Crisis Line 555-0100", unless the name already says the number ("988 Lifeline"). The number in a <bdi>
 * of its own: after a name in right-to-left words, "(217) 555-0100" would read "0100-555 (217)".
 */
const withPhone = (name: string, phone: string | undefined) => (phone && !name.includes(phone) ? html`${name} <bdi>${phone}</bdi>` : name);

/**
 * "Need help now?": one short line with the emergency number and the first
 * urgent referral, shown wherever the feed has urgent referrals
 * (feed-format.md, referrals: `urgent`).
 */
export function renderCrisisStrip(feed: Feed, { t, text }: Translate): TemplateResult | typeof nothing {
  const urgent = feed.referrals.find((r) => r.urgent);
  if (!urgent) return nothing;
  const emergency = feed.organization.emergency;
  const contact = (urgent.phone && telHref(urgent.phone)) || urgent.url || urgent.chat_url;
  const dial = emergency && telHref(emergency.number);
  // A number to dial beside the feed's label: someone at a computer dials it on another phone.
  const call = emergency && withPhone(text(emergency.label) || t('crisisCall', { number: emergency.number }), dial && emergency.number);
  return html`<p part="crisis" class="crisis">
    <strong>${t('crisisTitle')}</strong>
    ${dial ? html`<a href=${dial}>${call}</a>` : call ? html`<span>${call}</span>` : nothing}
    ${contact ? html`<a href=${contact} dir="auto">${withPhone(text(urgent.name), urgent.phone)}</a>` : html`<span dir="auto">${text(urgent.name)}</span>`}
  </p>`;
}
