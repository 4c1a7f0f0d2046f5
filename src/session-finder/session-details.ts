/** The opened view of one session: every fact a person needs to decide and to get there. */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Feed, LabelCategory, Text } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import { feedText } from '../internal/feed-text.js';
import type { LoadedStrings, Translate } from '../i18n/en.js';
import { emailHref, telHref } from '../internal/links.js';
import { safeUrl } from '../feed/safe-url.js';
import { codeLabel, languageName } from '../i18n/labels.js';
import { labelList } from '../i18n/label-list.js';
import { onDemand } from '../internal/on-demand.js';
import { reportHref } from '../internal/report-link.js';
import type { IndexedSession } from './session-index.js';

export { finderMoreEn } from './more-strings.js';
export { detailsStyles } from './session-details.styles.js';

export interface DetailsContext extends Translate {
  /** A feed Text and the language it came out in (CareElement.localText). */
  local(value: Text | undefined): LocalText;
  strings: LoadedStrings;
  uiLang: string;
}

const item = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);

/**
 * `when`: the session's time as the list shows it; by appointment, when it begins if that is still to come.
 * `titleId`: the id of the session's title in the list, which names the details.
 * Links to other sites take nothing of the page's address there (`rel="noreferrer"`), whatever the page's own
 * policy: its path and query may hold what a person typed or chose.
 */
export function renderSessionDetails(feed: Feed, entry: IndexedSession, ctx: DetailsContext, { when, now, titleId }: { when?: string; now: Date; titleId: string }): TemplateResult {
  const { t, text, local } = ctx;
  // Feed text in its own language and direction: an English-only description in an Arabic finder ends with its full stop.
  const own = (value: Text | undefined) => {
    const shown = local(value);
    return shown.value && html`<span dir="auto">${feedText(shown)}</span>`;
  };
  const { session, place } = entry;
  const { organization } = feed;
  // "a, b, c" in the UI language: "أ، وب، وج" in Arabic.
  const list = (items: string[]) => new Intl.ListFormat(ctx.uiLang, { type: 'unit' }).format(items);
  const labels = (category: LabelCategory, codes: string[] | undefined) =>
    codes?.length ? labelList(codes.map((code) => codeLabel(feed, category, code, ctx.strings, local)), ctx.uiLang) : '';
  // Nobody is asked to register for a session that will not take place (whom to ask stays, under Contact).
  const registration = session.status === 'cancelled' ? undefined : session.registration;
  const online = session.online;
  // Named for its session: each "Add to calendar", "Register"… is heard with the session it is for. Named by the
  // title the person sees, which is marked with its language: a name written here would be read in the finder's.
  return html`<div part="details" class="details" role="group" aria-labelledby=${titleId}>
    ${session.description ? html`<p class="description" dir="auto">${feedText(local(session.description))}</p>` : nothing}
    <dl>
      ${item(t('detail.when'), entry.byAppointment
        // Only an active session is offered to arrange.
        ? html`${when ? html`${when}<br />` : nothing}${t(session.status === 'active' ? 'byAppointmentNote' : 'noFixedTime')}`
        : when)}
      ${place
        ? item(t('detail.where'), html`${own(place.name)}
            ${place.address_on_request ? html`<br />${t('addressOnRequest')}` : place.address ? html`<br /><span class="address" dir="auto">${feedText(local(place.address))}</span>` : nothing}
            ${place.directions && !place.address_on_request ? html`<br />${own(place.directions)}` : nothing}`)
        : nothing}
      ${online
        ? item(t('detail.online'), html`${online.url ? html`<a href=${online.url} rel="noreferrer">${t('joinOnline')}</a>` : nothing}
            ${online.phone ? html` ${phoneLink(online.phone)}` : nothing}
            ${online.notes ? html`<br />${own(online.notes)}` : nothing}`)
        : nothing}
      ${item(t('detail.accessibility'), labels('accessibility', [...new Set([...(place?.accessibility ?? []), ...(session.accessibility ?? [])])]))}
      ${item(t('detail.languages'), list(entry.languages.map((l) => languageName(l, ctx.uiLang))))}
      ${item(t('detail.audience'), labels('audiences', session.audiences) || t('everyone'))}
      ${item(t('detail.cost'), session.cost === 'free' ? t('free') : own(session.cost))}
      ${item(t('detail.facilitator'), own(session.facilitator))}
      ${registration
        ? item(t('detail.registration'), html`${t(registration.required ? 'registrationRequired' : 'registrationOptional')}
            ${registration.notes ? html`<br />${own(registration.notes)}` : nothing}
            ${contactLinks(registration.email, registration.phone)}`)
        : nothing}
      ${session.contact
        ? item(t('detail.contact'), html`${session.contact.name ?? ''} ${contactLinks(session.contact.email, session.contact.phone)}`)
        // No one named for the session: the organization's contact, the "us" of "Contact us for the address" and
        // "contact us to arrange one", named by the organization (a link to its contact page, when it has one).
        : organization.contact
          ? item(t('detail.contact'), html`${organization.contact.url ? html`<a href=${organization.contact.url} rel="noreferrer">${own(organization.name)}</a>` : own(organization.name)}
              ${contactLinks(organization.contact.email, organization.contact.phone)}`)
          : nothing}
    </dl>
    <div class="actions">
      ${registration?.url ? html`<a part="button" class="button" href=${registration.url} rel="noreferrer">${t('register')}</a>` : nothing}
      ${entry.byAppointment || session.status !== 'active'
        ? nothing
        : html`<button type="button" part="button" class="button" @click=${(e: Event) => void downloadIcs(e, feed, entry, ctx, now)}>${t('addToCalendar')}</button>`}
      ${reportLink(reportHref(feed, text(session.title), t('reportListing')), t('reportListing'))}
    </div>
  </div>`;
}

/**
 * A phone number as a call link, or as text when it holds no number to dial. Left to right (an address
 * too), as it is written: in a right-to-left page "(217) 555-0100" would otherwise read "555-0100 (217)".
 */
function phoneLink(phone: string) {
  const href = telHref(phone);
  return href ? html`<a href=${href} dir="ltr">${phone}</a>` : html`<span dir="auto">${phone}</span>`;
}

/** "Report a wrong listing", where the feed says where to. */
const reportLink = (href: string | undefined, label: string) => (href ? html`<a class="report" href=${href} rel="noreferrer">${label}</a>` : nothing);

function contactLinks(email: string | undefined, phone: string | undefined) {
  const mail = email && safeUrl(emailHref(email));
  return html`${mail ? html`<br /><a href=${mail} dir="ltr">${email}</a>` : nothing}${phone ? html`<br />${phoneLink(phone)}` : nothing}`;
}

/**
 * Builds the .ics in the browser and hands it to the person as a download; nothing is sent
 * anywhere. The writer loads on the first click: most visitors never press the button.
 */
async function downloadIcs(event: Event, feed: Feed, entry: IndexedSession, { t, text }: DetailsContext, now: Date): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  button.parentElement!.querySelector('.ics-problem')?.remove();
  const writer = await onDemand(() => import('./ics.js'), import.meta.url).catch(() => undefined);
  if (!writer) {
    // Not fetched (offline, a server hiccup): said beside the button, which tries again when pressed.
    const problem = Object.assign(document.createElement('p'), { className: 'ics-problem', textContent: `${t('errorTitle')} ${t('error.network')}` });
    problem.setAttribute('role', 'status');
    button.after(problem);
    return;
  }
  const { sessionToIcs, icsFileName } = writer;
  const { session, place } = entry;
  const title = text(session.title);
  // A calendar app cannot resolve a link relative to this page.
  const url = session.online?.url && new URL(session.online.url, document.baseURI).href;
  const where = place && !place.address_on_request ? [text(place.name), place.address].filter(Boolean).join(', ') : url;
  // The site's host and the organization's name keep two groups' "peer-circle" apart in one person's calendar.
  const organization = JSON.stringify(feed.organization.name);
  const ics = sessionToIcs(session, { title, description: text(session.description), location: where, url, now, uidDomain: window.location.hostname || undefined, organization });
  if (!ics) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  link.download = icsFileName(title);
  button.after(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
