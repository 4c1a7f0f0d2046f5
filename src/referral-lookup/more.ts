/**
 * The lookup's on-demand part: a referral's details, copying them and printing them on a card,
 * and the filters behind "More filters". Loaded when a person first opens either: many visitors
 * need only the crisis lines, a topic, the open-now line and a call link.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { type Day, type OpeningHours, type Referral, type Text } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import { wallClockAt } from '../time/zoned.js';
import { languageName } from '../i18n/labels.js';
import { labelList } from '../i18n/label-list.js';
import type { LocalText } from '../feed/text.js';
import { dayRuns, isStale } from './details-text.js';
import { facetValues } from './facets.js';
import { reportHref } from '../internal/report-link.js';
// Types only: what the list's modules do, the details get through the CardContext.
import type { Facet, IndexedReferral, LookupFilters } from './filters.js';
import type { CardContext } from './referral-card.js';
import type { LookupStringKey } from './strings.js';

export { applyFacets, facetValues } from './facets.js';
export { lookupMoreEn } from './more-strings.js';
export { moreStyles } from './more.styles.js';

/** "a, b, c" in the UI language: "أ، وب، وج" in Arabic. */
const list = (items: string[], lang: string) => new Intl.ListFormat(lang, { type: 'unit' }).format(items);

/** One range of hours on the service's own clock: "Mon–Fri 9:00 AM – 5:00 PM", "Sat, Sun 8:00 PM – 2:00 AM". */
function hoursLine({ days, opens, closes }: OpeningHours, ctx: CardContext): string {
  // Wall-clock times and weekdays written from UTC instants: 2024-01-01 was a Monday.
  const day = (d: Day) => ctx.dates({ weekday: 'short' }, 'UTC').format(Date.UTC(2024, 0, 1 + DAYS.indexOf(d)));
  const time = (hhmm: string) => ctx.dates(undefined, 'UTC').format(Date.UTC(2024, 0, 1, +hhmm.slice(0, 2), +hhmm.slice(3)));
  const runs = dayRuns(days).map((run) => (run.length > 2 ? `${day(run[0])}–${day(run[run.length - 1])}` : list(run.map(day), ctx.lang)));
  return `${list(runs, ctx.lang)} ${time(opens)} – ${time(closes)}`;
}

/** The opening hours, a line a range, then the zone they are in when the viewer's clock reads otherwise. */
function hoursText(referral: Referral, ctx: CardContext): string {
  const { hours } = referral;
  const zone = ctx.zoneOf(referral);
  // Open with no closing in sight (every day 00:00–00:00) is "24/7" too.
  const status = ctx.status(referral);
  if (hours === '24/7' || (status?.open && !status.until)) return ctx.t('lookup.hours247');
  if (!hours?.length || !zone) return ctx.t('lookup.hoursUnknown');
  const lines = hours.map((range) => hoursLine(range, ctx));
  if (ctx.differs(zone)) {
    const name = ctx.dates({ timeZoneName: 'longGeneric' }, zone).formatToParts(ctx.now).find((p) => p.type === 'timeZoneName')!.value;
    lines.push(ctx.t('lookup.hoursZone', { zone: name }));
  }
  return lines.join('\n');
}

/**
 * Everything to know before going, as [label, lines] pairs (the hours' line may hold new lines). The feed's
 * words come through `words`: plain for the copy and the card, marked with their language in the details.
 */
export function referralFacts<T = string>(
  referral: Referral, ctx: CardContext, words: (value: Text) => T | string = ctx.text,
  // Code labels the same way: plain, or each marked with its language.
  labels: (items: LocalText[]) => T | string = (items) => list(items.map((label) => label.value), ctx.lang),
): [string, (T | string)[]][] {
  const { t, label } = ctx;
  const text = (value: Text | undefined) => ctx.text(value) && words(value!);
  const place = ctx.feed.places.find((p) => p.id === referral.place);
  const facts: [LookupStringKey, (T | string | undefined | false)[] | undefined][] = [
    ['lookup.hours', [hoursText(referral, ctx)]],
    // A private address stays private (feed-format.md, places `address_on_request`).
    ['lookup.address', place && [text(place.name), ...(place.address_on_request ? [t('lookup.addressOnRequest')] : [text(place.address), text(place.directions)])]],
    ['channel.walk-in', [referral.walk_in && t('lookup.walkInYes')]],
    ['lookup.referral', [referral.referral_required !== undefined && t(referral.referral_required ? 'lookup.referralRequired' : 'lookup.noReferral')]],
    ['lookup.cost', [referral.cost && t(`cost.${referral.cost}`)]],
    ['lookup.languages', [referral.languages && list(referral.languages.map((l) => languageName(l, ctx.lang)), ctx.lang)]],
    ['lookup.audience', [referral.audiences && labels(referral.audiences.map((a) => label('audiences', a)))]],
    ['lookup.area', [text(referral.area)]],
    ['lookup.eligibility', [text(referral.eligibility)]],
  ];
  return facts
    .map(([key, lines]): [string, (T | string)[]] => [t(key), (lines ?? []).filter((line): line is T | string => !!line)])
    .filter(([, lines]) => lines.length);
}

/** "Details last checked 1 November 2026", and a gentle flag when that was over a year ago. */
function checkedText({ verified }: Referral, ctx: CardContext): string[] {
  if (!verified) return [];
  const line = ctx.t('lookup.checked', { date: ctx.dates({ dateStyle: 'long' }, 'UTC').format(new Date(verified)) });
  return isStale(verified, wallClockAt(ctx.now, ctx.zone).date) ? [line, ctx.t('lookup.stale')] : [line];
}

/**
 * The referral in plain words, a line each, with every number and address written out: what is copied and printed.
 * A line with a label is [label, value]: the card isolates the value, so a link or an address keeps its own order in
 * an Arabic or Hebrew line ("https://…/" drew its last slash first).
 */
const cardParts = (referral: Referral, ctx: CardContext): (string | string[])[] => [
  ctx.text(referral.name),
  ctx.label('kinds', referral.kind).value,
  ctx.text(referral.description),
  ...ctx.contacts(referral).map((link) => {
    const label = ctx.contactLabel(link);
    return /^(call|text|whatsapp)$/.test(link.kind) ? label : [label, link.kind === 'email' ? link.value : new URL(link.href, document.baseURI).href];
  }),
  ...referralFacts(referral, ctx).map(([label, lines]) => [label, lines.join('; ').replace(/\n/g, '; ')]),
  ...checkedText(referral, ctx),
].filter((line) => line.length);

/** The same, a string a line: what is copied. */
export const cardLines = (referral: Referral, ctx: CardContext): string[] => cardParts(referral, ctx).map((line) => (typeof line === 'string' ? line : line.join(': ')));

/** The last copy: which referral, whether it worked, and the text to copy by hand when it did not. */
export interface Copied {
  id: string;
  ok: boolean;
  text: string;
}

/** The lookup, which shows again what changed: the details keep what they show of their own, by lookup. */
export interface DetailsHost extends HTMLElement {
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Each lookup's last copy. */
const copies = new WeakMap<DetailsHost, Copied>();
/** The referral whose card each lookup is printing. */
const printing = new WeakMap<DetailsHost, Referral>();

/** Copies the referral's words, keeps the focus on the button, and says how it went. */
async function copy(referral: Referral, ctx: CardContext, host: DetailsHost, event: Event): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const text = cardLines(referral, ctx).join('\n');
  const ok = await copyText(text, button.getRootNode() as ShadowRoot);
  button.focus();
  copies.set(host, { id: referral.id, ok, text });
  host.requestUpdate();
}

/** Prints the referral's card alone: shows it, prints, and takes it away once printed. */
async function printCard(referral: Referral, host: DetailsHost): Promise<void> {
  printing.set(host, referral);
  host.requestUpdate();
  await host.updateComplete;
  printAlone(host, () => {
    printing.delete(host);
    host.requestUpdate();
  });
}

/** The opened details: hours, address, access, cost, languages, who it is for, when last checked; copy and print. */
export function renderDetails(referral: Referral, ctx: CardContext, host: DetailsHost): TemplateResult {
  const checked = checkedText(referral, ctx);
  const report = reportHref(ctx.feed, ctx.text(referral.name), ctx.t('lookup.report'));
  const last = copies.get(host);
  const copied = last?.id === referral.id ? last : undefined;
  return html`<div part="details" class="details">
    <dl>${referralFacts(referral, ctx, ctx.feedText, (items) => labelList(items, ctx.lang)).map(([label, lines]) => html`<dt>${label}</dt><dd dir="auto">${lines.map((line, i) => (i ? ['\n', line] : line))}</dd>`)}</dl>
    ${checked.length ? html`<p class="checked ${checked[1] ? 'stale' : ''}">${checked.join(' ')}</p>` : nothing}
    ${report ? html`<p><a class="report" href=${report} rel="noreferrer" aria-describedby="name-${referral.id}">${ctx.t('lookup.report')}</a></p>` : nothing}
    <p class="actions">
      <button type="button" part="button" class="button" aria-describedby="name-${referral.id}" @click=${(e: Event) => copy(referral, ctx, host, e)}>${ctx.t('lookup.copy')}</button>
      <button type="button" part="button" class="button" aria-describedby="name-${referral.id}" @click=${() => printCard(referral, host)}>${ctx.t('lookup.print')}</button>
    </p>
    <div role="status">${!copied ? nothing : copied.ok
      ? html`<p>${ctx.t('lookup.copied')}</p>`
      : html`<p>${ctx.t('lookup.copyFailed')}</p><textarea readonly rows="6" aria-label=${ctx.t('lookup.copy')} .value=${copied.text}></textarea>`}</div>
  </div>`;
}

/** The filters behind "More filters": a list for each facet with more than one value (or one chosen), and "Open now". */
export function renderFacets(offered: IndexedReferral[], filters: LookupFilters, ctx: CardContext, set: <K extends keyof LookupFilters>(key: K, value: LookupFilters[K]) => void): TemplateResult {
  // A feed's own audience label in the language it came out in, said on the option (which can hold no element).
  const name = (facet: Facet, value: string): LocalText =>
    facet === 'audience' ? ctx.label('audiences', value)
    : { value: facet === 'language' ? languageName(value, ctx.lang) : ctx.t(`${facet}.${value}` as LookupStringKey) };
  // The options' selectedness is set as a property: once a person has chosen, Firefox shows no later change of
  // the `selected` attribute (the list kept showing a filter that Clear filters had cleared).
  return html`${facetValues(offered, ctx.feed).filter(([facet, values]) => values.length > 1 || filters[facet]).map(([facet, values]) => html`<label class="field">
      ${ctx.t(facet === 'channel' || facet === 'language' ? `lookup.filter.${facet}` : `lookup.${facet}`)}
      <select @change=${(e: Event) => set(facet, (e.target as HTMLSelectElement).value)}>
        <option value="" .selected=${!filters[facet]}>${ctx.t('lookup.any')}</option>
        ${values.map((value) => {
          const shown = name(facet, value);
          return html`<option value=${value} .selected=${value === filters[facet]} dir="auto" lang=${shown.lang ?? nothing}>${shown.value}</option>`;
        })}
      </select>
    </label>`)}
    <label class="check">
      <input type="checkbox" .checked=${!!filters.openNow} @change=${(e: Event) => set('openNow', (e.target as HTMLInputElement).checked)} />
      ${ctx.t('lookup.openNow')}
    </label>`;
}

/** The card "Print a card" prints, while it prints: the referral in plain words. */
export function renderPrintCard(ctx: CardContext, host: DetailsHost): TemplateResult | typeof nothing {
  const referral = printing.get(host);
  if (!referral) return nothing;
  const [name, ...lines] = cardParts(referral, ctx);
  return html`<div part="print-card" class="print-card">
    <h4 dir="auto">${name}</h4>
    ${lines.map((line) => html`<p dir="auto">${typeof line === 'string' ? line : html`${line[0]}: <bdi>${line[1]}</bdi>`}</p>`)}
  </div>`;
}

/**
 * Puts `text` on the clipboard: the Clipboard API, else the older copy command on a hidden
 * text area (some browsers allow only that, or neither, e.g. in a frame). True when it worked.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    root.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

const PRINTING = 'data-care-printing';
/**
 * While printing, everything on the page but the lookup and the elements around it is left out,
 * so the card prints alone on the first sheet. A constructed style sheet (which a strict
 * Content-Security-Policy allows), adopted only until printing ends. `:has()` sees no further than
 * its own tree, so a lookup inside another component's shadow root marks that component too, and
 * so on up to the page, and the sheet goes into each of those shadow roots as well (`:host *`
 * there, `body *` in the page). Browsers without `:has()` drop the rule and print the page around the card.
 */
let pageSheet: CSSStyleSheet | undefined;

/** Prints the page with only `host`'s print card showing (the host's own styles hide the rest of it). */
export function printAlone(host: HTMLElement, done: () => void): void {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(`@media print { body *:not(:has([${PRINTING}]), [${PRINTING}]), :host *:not(:has([${PRINTING}]), [${PRINTING}]) { display: none !important; } }`);
  }
  const sheet = pageSheet;
  // The lookup, and each shadow host it is in, with the root it is in.
  const marked: [Element, Document | ShadowRoot][] = [];
  for (let el: Element | undefined = host; el; ) {
    const root = el.getRootNode() as Document | ShadowRoot;
    el.setAttribute(PRINTING, '');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    marked.push([el, root]);
    el = (root as ShadowRoot).host;
  }
  addEventListener('afterprint', () => {
    for (const [el, root] of marked) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      el.removeAttribute(PRINTING);
    }
    done();
  }, { once: true });
  print();
}
