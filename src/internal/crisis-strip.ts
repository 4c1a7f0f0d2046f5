import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Feed, Text } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import type { Translate } from '../i18n/en.js';
import { feedText } from './feed-text.js';
import { telHref } from './links.js';

/**
 * "Crisis Line 555-0100", unless the name already says the number ("988 Lifeline"), the name marked with its
 * language. The number in a <bdi> of its own: after a name in right-to-left words, "(217) 555-0100" would read "0100-555 (217)".
 */
const withPhone = (name: LocalText, phone: string | undefined) =>
  html`${feedText(name)}${phone && !name.value.includes(phone) ? html` <bdi>${phone}</bdi>` : nothing}`;

/**
 * "Need help now?": one short line with the emergency number and the first
 * urgent referral, shown wherever the feed has urgent referrals
 * (feed-format.md, referrals: `urgent`). Its feed text keeps its own language and direction
 * (an English label in an Arabic line), as `local` gives it.
 */
export function renderCrisisStrip(feed: Feed, { t, local }: Pick<Translate, 't'> & { local(value: Text | undefined): LocalText }): TemplateResult | typeof nothing {
  const urgent = feed.referrals.find((r) => r.urgent);
  if (!urgent) return nothing;
  const emergency = feed.organization.emergency;
  const contact = (urgent.phone && telHref(urgent.phone)) || urgent.url || urgent.chat_url;
  const dial = emergency && telHref(emergency.number);
  const label = local(emergency?.label);
  // A number to dial beside the feed's label: someone at a computer dials it on another phone.
  const call = emergency && withPhone(label.value ? label : { value: t('crisisCall', { number: emergency.number }) }, dial && emergency.number);
  const name = withPhone(local(urgent.name), urgent.phone);
  return html`<p part="crisis" class="crisis">
    <strong>${t('crisisTitle')}</strong>
    ${dial ? html`<a href=${dial} dir="auto">${call}</a>` : call ? html`<span dir="auto">${call}</span>` : nothing}
    ${contact ? html`<a href=${contact} dir="auto">${name}</a>` : html`<span dir="auto">${feedText(local(urgent.name))}</span>`}
  </p>`;
}
