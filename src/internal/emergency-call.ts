import { html, type TemplateResult } from 'lit/html.js';
import type { Feed, Text } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import type { Translate } from '../i18n/en.js';
import { feedText } from './feed-text.js';
import { telHref } from './links.js';

/**
 * "Crisis Line 555-0100", unless the name already says the number ("988 Lifeline"), the name marked with its
 * language. The number in a <bdi> of its own: after a name in right-to-left words, "(217) 555-0100" would read "0100-555 (217)".
 * The two in one span, so that the space between them stays where they sit in a flex box (the lookup's button),
 * which drops a space between its items, and with it the space a screen reader reads.
 */
export const withPhone = (name: LocalText, phone: string | undefined) =>
  phone && !name.value.includes(phone) ? html`<span>${feedText(name)} <bdi>${phone}</bdi></span>` : feedText(name);

export type Words = Pick<Translate, 't'> & { local(value: Text | undefined): LocalText };

/**
 * The organization's emergency number as a person reads it: the feed's label, marked with its language, and the
 * number beside it unless the label says it (someone at a computer dials it on another phone), else "Call 911";
 * with the link that dials it, when it can be dialled. Shared by the crisis strip and the lookup's "Need help now?".
 */
export function emergencyCall(feed: Feed, { t, local }: Words): { dial?: string; call?: TemplateResult } {
  const emergency = feed.organization.emergency;
  if (!emergency) return {};
  const dial = telHref(emergency.number);
  const label = local(emergency.label);
  return { dial, call: withPhone(label.value ? label : { value: t('crisisCall', { number: emergency.number }) }, dial && emergency.number) };
}
