/** One referral in the list: name, kind, whether it is open, and one-tap ways to reach it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, LabelCategory, Referral, Text, Zone } from '../feed/types.js';
import { openingStatus, type OpeningStatus } from '../time/hours.js';
import { wallClockAt } from '../time/zoned.js';
import { contactLinks, type ContactLink } from './contacts.js';
import { closesSoon } from './opening.js';
import type { LookupStringKey } from './strings.js';

/** What showing a referral needs from the lookup: its words, its clock, and its details when open. */
export interface CardContext {
  t(key: LookupStringKey, values?: Record<string, string | number>): string;
  text(value: Text | undefined): string;
  /** A code's name: the feed's label, ours, or the code made readable. */
  label(category: LabelCategory, code: string): string;
  feed: Feed;
  /** The language of the UI strings, for dates and times. */
  lang: string;
  /** The viewer's zone: times are shown on the viewer's clock. */
  zone: Zone;
  now: Date;
  /** Where the referral stands now (statusOf, worked out once a render). */
  status(referral: Referral): OpeningStatus | undefined;
  /** Whether the referral's details are open. */
  isOpen(referral: Referral): boolean;
  toggle(referral: Referral, event: Event): void;
  /** The opened details (referral-details.ts, loaded when first opened). */
  details(referral: Referral): TemplateResult | typeof nothing;
}

/** The zone a referral's hours are in (feed-format.md: default the organization's). */
export const zoneOf = (referral: Referral, feed: Feed): Zone | undefined => referral.timezone ?? feed.organization.timezone;

export const statusOf = (referral: Referral, feed: Feed, now: Date): OpeningStatus | undefined =>
  openingStatus(referral.hours, zoneOf(referral, feed), now);

const formats = new Map<string, Intl.DateTimeFormat>();
/** A cached Intl.DateTimeFormat: a time such as "9:00 AM", unless other options are given. */
export function dates(lang: string, zone: Zone, options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }): Intl.DateTimeFormat {
  const key = lang + zone + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone: zone })));
  return format;
}

/** Minutes since 1970 on the wall clocks of `zone`: two zones whose clocks read alike give the same number. */
export const wallMinutes = (instant: Date, zone: Zone): number => {
  const { day, hours, minutes } = wallClockAt(instant, zone);
  return day * 1440 + hours * 60 + minutes;
};

/** An instant on the viewer's clock, "9:00 AM", marked "your time" when the service's clock reads otherwise. */
function viewerTime(instant: Date, referral: Referral, ctx: CardContext): string {
  const time = dates(ctx.lang, ctx.zone).format(instant);
  const zone = zoneOf(referral, ctx.feed);
  return zone && wallMinutes(instant, zone) !== wallMinutes(instant, ctx.zone) ? ctx.t('lookup.yourTime', { time }) : time;
}

/** "Open now, until 5:00 PM", "Closed, opens tomorrow at 9:00 AM", "Hours not listed": never a guess. */
export function statusText(referral: Referral, status: OpeningStatus | undefined, ctx: CardContext): string {
  const { t, now } = ctx;
  if (!status) return t('lookup.hoursUnknown');
  if (status.open) {
    if (!status.until) return t(referral.hours === '24/7' ? 'lookup.open247' : 'lookup.openNow');
    return t(closesSoon(status, now) ? 'lookup.closesSoon' : 'lookup.openUntil', { time: viewerTime(status.until, referral, ctx) });
  }
  if (!status.opens) return t('lookup.closed');
  const time = viewerTime(status.opens, referral, ctx);
  const daysAhead = wallClockAt(status.opens, ctx.zone).day - wallClockAt(now, ctx.zone).day;
  if (daysAhead > 1) return t('lookup.opensOn', { time, day: dates(ctx.lang, ctx.zone, { weekday: 'long' }).format(status.opens) });
  return t(daysAhead ? 'lookup.opensTomorrow' : 'lookup.opensAt', { time });
}

/** A contact's link text: "Call 988", "Text 988", "Chat online", "Website". */
export const contactText = ({ kind, value }: ContactLink, ctx: CardContext): string => ctx.t(`lookup.${kind}`, { number: value });

/** One referral in the list: name, kind, open now, one-tap contacts, and its details behind a disclosure. */
export function renderReferral(referral: Referral, ctx: CardContext): TemplateResult {
  const status = ctx.status(referral);
  const nameId = `name-${referral.id}`;
  const state = !status ? '' : status.open ? (closesSoon(status, ctx.now) ? 'soon' : 'open') : 'closed';
  const open = ctx.isOpen(referral);
  return html`<li part="referral" class="referral">
    <h4 id=${nameId} dir="auto">${ctx.text(referral.name)}</h4>
    <p>${ctx.label('kinds', referral.kind)} <span part="status" class="status ${state}">${statusText(referral, status, ctx)}</span></p>
    <ul class="contacts" role="list">${contactLinks(referral).map((link) => html`<li>
      <a part="contact" class="button contact" href=${link.href} aria-describedby=${nameId} dir="auto">${contactText(link, ctx)}</a>
    </li>`)}</ul>
    ${referral.description ? html`<p dir="auto">${ctx.text(referral.description)}</p>` : nothing}
    <details ?open=${open} @toggle=${(e: Event) => ctx.toggle(referral, e)}>
      <summary part="button" class="button" aria-describedby=${nameId}>${ctx.t('lookup.details')}</summary>
      ${open ? ctx.details(referral) : nothing}
    </details>
  </li>`;
}
