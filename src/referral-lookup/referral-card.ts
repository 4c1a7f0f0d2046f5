/** One referral in the list: name, kind, whether it is open, and one-tap ways to reach it. */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Feed, LabelCategory, Referral, Text, Zone } from '../feed/types.js';
import { openingStatus, type OpeningStatus } from '../time/hours.js';
import { wallClockAt, wallClockMsAt } from '../time/zoned.js';
import { MINUTE_MS } from '../time/calendar.js';
import { contactLinks, type Contact, type ContactLink } from '../internal/contacts.js';
import { closesSoon } from './open-now.js';
import type { LookupStringKey } from './strings.js';
import type { LocalText } from '../feed/text.js';

/** What the lookup gives for showing a referral: its words, its clock, and its details when open. */
export interface CardInput {
  t(key: LookupStringKey, values?: Record<string, string | number>): string;
  text(value: Text | undefined): string;
  /** The same, marked with the language it came out in (internal/feed-text.ts). */
  feedText(value: Text | undefined): TemplateResult;
  /** A code's name: the feed's label (with the language it came out in), ours, or the code made readable. */
  label(category: LabelCategory, code: string): LocalText;
  feed: Feed;
  /** The language of the UI strings, for dates and times. */
  lang: string;
  /** The viewer's zone: times are shown on the viewer's clock. */
  zone: Zone;
  /** The level of the list's headings (internal/page-outline.ts); a referral's name is one below. */
  level: number;
  now: Date;
  /** Where the referral stands now (statusOf, worked out once a render). */
  status(referral: Referral): OpeningStatus | undefined;
  /** Whether the referral's details are open. */
  isOpen(referral: Referral): boolean;
  toggle(referral: Referral, event: Event): void;
  /** The opened details (more.ts, loaded when first needed). */
  details(referral: Referral): TemplateResult | typeof nothing;
}

/**
 * CardInput with the helpers the list and the details share. The details (more.ts) take them from
 * here rather than importing this module, so the list's code stays in one file when bundled.
 */
export interface CardContext extends CardInput {
  /** A cached Intl.DateTimeFormat in the UI language: a time ("9:00 AM") unless other options are given, on the viewer's clock unless another zone is. */
  dates(options?: Intl.DateTimeFormatOptions, zone?: Zone): Intl.DateTimeFormat;
  /** The zone of a referral's hours (feed-format.md: default the organization's). */
  zoneOf(referral: Referral): Zone | undefined;
  /** Whether the clocks of `zone` read otherwise than the viewer's at `instant` (default now). */
  differs(zone: Zone, instant?: Date): boolean;
  contacts(referral: Referral): ContactLink[];
  /** A contact's words on its link, on the copy and on the printed card: "Call (217) 555-0100", or a sentence the feed wrote. */
  contactLabel(link: ContactLink): string;
}

const zoneOf = (referral: Referral, feed: Feed): Zone | undefined => referral.timezone ?? feed.organization.timezone;

export const statusOf = (referral: Referral, feed: Feed, now: Date): OpeningStatus | undefined =>
  openingStatus(referral.hours, zoneOf(referral, feed), now);

/** Minutes since 1970 on the wall clocks of `zone`: two zones whose clocks read alike give the same number. */
const wallMinutes = (instant: Date, zone: Zone) => Math.floor(wallClockMsAt(instant.getTime(), zone) / MINUTE_MS);

const formats = new Map<string, Intl.DateTimeFormat>();

export const cardContext = (input: CardInput): CardContext => ({
  ...input,
  dates(options = { hour: 'numeric', minute: '2-digit' }, zone = input.zone) {
    const key = input.lang + zone + JSON.stringify(options);
    let format = formats.get(key);
    if (!format) formats.set(key, (format = new Intl.DateTimeFormat(input.lang, { ...options, timeZone: zone })));
    return format;
  },
  zoneOf: (referral) => zoneOf(referral, input.feed),
  differs: (zone, instant = input.now) => wallMinutes(instant, zone) !== wallMinutes(instant, input.zone),
  contacts: contactLinks,
  contactLabel: (link) => contactLabel(link, input),
});

/** An instant on the viewer's clock, "9:00 AM", marked "your time" when the service's clock reads otherwise. */
function viewerTime(instant: Date, referral: Referral, ctx: CardContext): string {
  const time = ctx.dates().format(instant);
  const zone = ctx.zoneOf(referral);
  return zone && ctx.differs(zone, instant) ? ctx.t('lookup.yourTime', { time }) : time;
}

/**
 * "Open now, until 5:00 PM", "Closed, opens tomorrow at 9:00 AM", "Hours not listed": never a guess. A time on
 * another day than today says the day, so "until 12:00 AM" is midnight tonight, not Saturday's.
 */
export function statusText(referral: Referral, status: OpeningStatus | undefined, ctx: CardContext): string {
  const { t, now } = ctx;
  if (!status) return t('lookup.hoursUnknown');
  // Open with no closing in sight is around the clock: "24/7", or every day 00:00–00:00.
  if (status.open && !status.until) return t('lookup.open247');
  const at = status.open ? status.until : status.opens;
  if (!at) return t('lookup.closed');
  const time = viewerTime(at, referral, ctx);
  if (closesSoon(status, now)) return t('lookup.closesSoon', { time });
  const daysAhead = (instant: Date | number) => wallClockAt(new Date(instant), ctx.zone).day - wallClockAt(now, ctx.zone).day;
  const days = daysAhead(at);
  const key = status.open ? 'lookup.openUntil' : 'lookup.opens';
  // A week ahead (a weekly service just closed), the weekday alone would read as today's: the date says which.
  if (days > 1) return t(`${key}On`, { time, day: ctx.dates({ weekday: 'long', ...(days > 6 && { month: 'long', day: 'numeric' }) }).format(at) });
  // A closing at midnight tonight is "until 12:00 AM", as people say it (the last open minute is today).
  return t(days && (!status.open || daysAhead(+at - 1)) ? `${key}Tomorrow` : status.open ? 'lookup.openUntil' : 'lookup.opensAt', { time });
}

/** "Call (217) 555-0100"; a number written as a sentence ("Text HOME to 741741") says what to do itself. */
const contactLabel = ({ kind, value }: ContactLink, ctx: Pick<CardInput, 't'>) =>
  NUMBERS.includes(kind) && /^\p{L}/u.test(value) ? value : ctx.t(`lookup.${kind}`, { number: value });
const NUMBERS: readonly Contact[] = ['call', 'text', 'whatsapp'];

/**
 * One referral in the list: name, kind, open now, one-tap contacts, and its details behind a disclosure.
 * Links to other sites take nothing of the page's address there (`rel="noreferrer"`), whatever the page's own
 * policy: its path and query may hold what a person typed or chose.
 */
export function renderReferral(referral: Referral, ctx: CardContext): TemplateResult {
  const status = ctx.status(referral);
  const nameId = `name-${referral.id}`;
  const state = !status ? '' : status.open ? (closesSoon(status, ctx.now) ? 'soon' : 'open') : 'closed';
  const open = ctx.isOpen(referral);
  // A feed's own name for the kind is feed text, marked with the language it came out in.
  const kind = ctx.label('kinds', referral.kind);
  return html`<li part="referral" class="referral">
    <h4 id=${nameId} dir="auto" aria-level=${ctx.level + 1}>${ctx.feedText(referral.name)}</h4>
    <p><span lang=${kind.lang ?? nothing}>${kind.value}</span> <span part="status" class="status ${state}">${statusText(referral, status, ctx)}</span></p>
    <ul class="contacts" role="list">${contactLinks(referral).map((link) => html`<li>
      <a part="contact" class="button contact" href=${link.href} rel="noreferrer" aria-describedby=${nameId} dir="auto">${ctx.contactLabel(link)}</a>
    </li>`)}</ul>
    ${referral.description ? html`<p dir="auto">${ctx.feedText(referral.description)}</p>` : nothing}
    <details ?open=${open} @toggle=${(e: Event) => ctx.toggle(referral, e)}>
      <summary part="button" class="button" aria-describedby=${nameId}>${ctx.t('lookup.details')}</summary>
      ${open ? ctx.details(referral) : nothing}
    </details>
  </li>`;
}
