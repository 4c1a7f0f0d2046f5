import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from '../internal/updating-element.js';
import { CareElement } from '../internal/care-element.js';
import { headingLevel } from '../internal/page-outline.js';
import { landmarkName } from '../internal/landmark-name.js';
import { focusFirstNew, PAGE_SIZE } from '../internal/list-page.js';
import { QuietStatus } from '../internal/quiet-status.js';
import { feedText } from '../internal/feed-text.js';
import { warnAttribute, type AttributeRules } from '../internal/attributes.js';
import { blankOr, presetRule } from '../internal/preset-rules.js';
import { emit } from '../internal/events.js';
import { emergencyCall } from '../internal/emergency-call.js';
import { isWebUrl, isZone } from '../feed/checks.js';
import { onDemand } from '../internal/on-demand.js';
import type { Feed, LabelCategory, Referral } from '../feed/types.js';
import { en, type LoadedStrings } from '../i18n/en.js';
import { countKey } from '../i18n/count-key.js';
import { viewerZone } from '../time/viewer-zone.js';
import type { OpeningStatus } from '../time/hours.js';
import { wallClockAt, zonedDayTimeToMs } from '../time/zoned.js';
import { codeLabel } from '../i18n/labels.js';
import type { LocalText } from '../feed/text.js';
import {
  applyFilters, applyPresets, hasFilters, indexReferrals, parseCodes, readPresets, withFilters, type IndexedReferral, type LookupFilters, type Presets, type UnmatchedPreset,
} from './filters.js';
import { nextChange } from './open-now.js';
import { DEFAULT_EXIT_URL, leave, shiftCounter } from './quick-exit.js';
import { quickExits } from '../internal/quick-exits.js';
import { cardContext, renderReferral, statusOf, type CardContext } from './referral-card.js';
import { finderLookupEn } from '../i18n/finder-lookup.js';
import { lookupEn, type LookupStringKey } from './strings.js';
import { lookupLocales } from './locales/index.js';
import { labelsSection } from '../feed/sections/labels.js';
import { referralsSection } from '../feed/sections/referrals.js';
import { topicChoices, type TopicChoice } from './topics.js';
import { fieldStyles } from '../internal/fields.styles.js';
import { lookupStyles } from './referral-lookup.styles.js';
import './events.js';

/** The longest wait between two looks at the clock, whatever the hours say. */
const MAX_WAIT_MS = 6 * 3_600_000;
/**
 * @tagname care-referral-lookup
 * @summary Where to get more help: crisis lines and the emergency number first, then services by topic, channel, cost, language and open now.
 *
 * @fires {HTMLElementEventMap['care-feed-load']} care-feed-load - The feed was read. detail: { feed, problems, skipped, savedAt? }
 * @fires {HTMLElementEventMap['care-feed-error']} care-feed-error - The feed could not be used. detail: { code, message, savedCopy }
 * @fires {HTMLElementEventMap['care-referral-select']} care-referral-select - A person opened a referral's details. detail: { id }
 * @fires {HTMLElementEventMap['care-referral-filter-change']} care-referral-filter-change - A person changed the topic, the search or a filter. detail: { filters }
 *
 * @csspart base - The whole lookup.
 * @csspart quick-exit - The "Leave this site" button (with `quick-exit`): in the top corner of the screen (the end side), in the top layer, so it stays there, above the page, as the page scrolls.
 * @csspart urgent - "Need help now?": the emergency number and every urgent referral, always first.
 * @csspart filters - The topic picker, search box and filters.
 * @csspart summary - "8 services".
 * @csspart referral - One referral.
 * @csspart status - "Open now, until 5:00 PM", "Closed, opens at 9:00 AM", "Hours not listed".
 * @csspart contact - A call, text, WhatsApp, chat, website or email link, and the emergency number.
 * @csspart details - A referral's details, shown when opened.
 * @csspart heading - "Need help now?" and "More places to get help", over their lists.
 * @csspart loading - "Loading…", while the feed loads.
 * @csspart button - Buttons: filters, more details, copy, print, clear filters, show more.
 * @csspart empty - The message when nothing matches or nothing is listed.
 * @csspart print-card - The card "Print a card" prints.
 * @csspart error - The calm message shown when the feed cannot be used.
 * @csspart retry - The "Try again" button.
 * @csspart saved-note - "Saved copy from <date>", when the network failed and an earlier copy is shown.
 *
 * @cssprop [--care-accent=currentColor] - Accent colour: focus ring, the open-now mark, the chosen topic, check boxes.
 * @cssprop [--care-surface=color-mix(in srgb, currentColor 7%, transparent)] - Background of a referral (not of one under "Need help now?", which has the urgent tint), and of the messages.
 * @cssprop [--care-urgent=#c4314b] - Edge of the "Need help now?" part and of the quick exit button.
 * @cssprop [--care-urgent-surface=rgb(196 49 75 / 0.12)] - Background of the "Need help now?" part.
 * @cssprop [--care-border=color-mix(in srgb, currentColor 85%, transparent)] - Borders of controls and referrals.
 * @cssprop [--care-radius=0.5em] - Corner radius.
 * @cssprop [--care-space=0.75em] - Inner spacing.
 * @cssprop [--care-control-size=max(2.75em, 44px)] - Least height of buttons, links, topics and fields.
 * @cssprop [--care-font=inherit] - Font family.
 * @cssprop [--care-font-size=inherit] - Font size.
 * @cssprop [--care-text=inherit] - Text colour.
 * @cssprop [--care-muted=inherit] - Colour of the quick exit hint and "Details last checked".
 * @cssprop [--care-link=var(--care-accent)] - Link colour. The lookup's contacts and emergency number are buttons, in the text colour: ::part(contact) restyles them.
 * @cssprop [--care-focus-ring=3px solid var(--care-accent)] - Focus outline.
 */
export class CareReferralLookup extends CareElement {
  static override styles = [CareElement.styles, fieldStyles, lookupStyles];
  static override properties: PropertyDeclarations = {
    topic: {},
    kind: {},
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    exitUrl: { attribute: 'exit-url' },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    viewerTimezone: { attribute: 'viewer-timezone' },
  };
  protected static override englishStrings = { ...en, ...finderLookupEn, ...lookupEn } as LoadedStrings;
  protected static override localeStrings = lookupLocales;
  protected static override sections = [referralsSection, labelsSection];
  protected static override attributeRules = {
    viewerTimezone: { accepts: blankOr(isZone), fix: ['zone'] },
    topic: presetRule('grief', blankOr((value) => !!parseCodes(value))),
    kind: presetRule('counselling', blankOr((value) => !!parseCodes(value))),
    // A whole address over https: a relative one ("www.weather.com", "/") would keep the visitor on this
    // site, and a plain http one would show anyone on the network where they went, at the moment they left.
    exitUrl: { accepts: blankOr((url) => /^https:\/\/\w/i.test(url) && isWebUrl(url)), fix: ['exitUrl'] },
  } satisfies AttributeRules;

  /** Shows only services with these topics and hides the topic picker: `grief`, or `domestic-violence sexual-violence`. Urgent referrals still come first. */
  topic?: string;
  /** Shows only services of these kinds (`counselling`, `clinic peer-support`…) and hides that filter. Urgent referrals still come first. */
  kind?: string;
  /** Adds a "Leave this site" button, and leaves on Shift pressed three times: for sites about domestic violence and abuse. */
  quickExit = false;
  /** Where quick exit goes (default https://www.google.com/): a page nobody would wonder at, such as a local weather site. */
  exitUrl?: string;
  /** Hides the topic picker, search box and filters. */
  noFilters = false;
  /** The viewer's time zone; by default the browser's. */
  viewerTimezone?: string;

  // Plain private fields (not reactive properties): each change asks for an update itself.
  #filters = withFilters();
  readonly #open = new Set<string>();
  /** What a person's change of the filters came to, the count, told to screen readers (quiet-status.ts). */
  readonly #status = new QuietStatus(this);
  #index?: { feed: Feed; strings: LoadedStrings; urgent: Referral[]; others: IndexedReferral[] };
  /** The opening status of every referral the last render looked at (those it showed, or filtered by "open now"), for the timer. */
  #statuses = new Map<Referral, OpeningStatus | undefined>();
  /** How many of the other services the list shows: a page, one more at each "Show more", a page again at each change of the filters. */
  #shown = PAGE_SIZE;
  #timer?: ReturnType<typeof setTimeout>;
  /** The on-demand part (more.ts), once a person has opened a referral or "More filters". */
  #more?: typeof import('./more.js');
  readonly #shiftPresses = shiftCounter();
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (this.#isExit && !event.repeat && this.#shiftPresses(event.key, event.timeStamp)) this.#leave();
  };
  // The way out itself, fixed in the top layer, is in view already: the call changes nothing for it.
  readonly #clearOfExit = ({ target }: Event) => (target as HTMLElement).scrollIntoView({ block: 'nearest' });
  /** A click between presses (Shift+click selects text, opens a window) starts the count again. */
  readonly #onPointerdown = () => this.#shiftPresses('', 0);
  /**
   * The quick exit button's height, however its words wrap, for the space the lookup keeps under it
   * (referral-lookup.styles.ts). One watch for the lookup, on the button it shows, told once more as the button
   * leaves (0 high: quick-exit turned off), and then ended, as it is when the lookup leaves the page.
   */
  readonly #exitSize = new ResizeObserver(([{ target }], watch) => {
    this.renderRoot.querySelector<HTMLElement>('.lookup')!.style.setProperty('--_exit', `${(target as HTMLElement).offsetHeight}px`);
    if (!target.isConnected) watch.disconnect();
  });

  /** A code's name: the feed's own label, ours, or the code made readable (for the feed being rendered). */
  #label(category: LabelCategory, code: string): LocalText {
    return codeLabel(this.#index!.feed, category, code, this.allStrings, (value) => this.localText(value));
  }

  // The attributes hold usable values (or none) by now: attributeRules replaced any other with undefined, warning.

  /** `viewer-timezone` when it is given, else the browser's zone. */
  get #zone(): string {
    return this.viewerTimezone?.trim() || viewerZone();
  }

  /** The `topic` and `kind` presets as the last render read them, and the codes it left out for naming no service. */
  #presets: Presets = {};
  #unmatchedPresets: UnmatchedPreset[] = [];

  #keepsNoCopies = false;
  /** With quick exit, no dated copy of any feed stays in this browser (saved-copies.ts) to show that someone looked for help. */
  #keepNoCopies(): void {
    if (this.#keepsNoCopies) return;
    this.#keepsNoCopies = true;
    // Asked again at the next update when its code could not be fetched.
    onDemand(() => import('../feed/saved-copies.js'), import.meta.url).then((copies) => copies.keepNoCopies(), () => (this.#keepsNoCopies = false));
  }

  #leave(): void {
    leave(this.exitUrl?.trim() || DEFAULT_EXIT_URL);
  }

  /** Whether this lookup is the page's quick exit: the first with `quick-exit` (quick-exits.ts). */
  get #isExit(): boolean {
    return [...quickExits][0] === this;
  }

  /** Joins the page's quick exits, or leaves them, handing the button to the next. */
  #joinExits(join: boolean): void {
    if (join) quickExits.add(this);
    else if (quickExits.delete(this)) [...quickExits][0]?.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.#onKeydown, true);
    addEventListener('pointerdown', this.#onPointerdown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.#onKeydown, true);
    removeEventListener('pointerdown', this.#onPointerdown, true);
    clearTimeout(this.#timer);
    this.#joinExits(false);
    this.#exitSize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#joinExits(this.quickExit && this.isConnected);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.quickExit) {
      this.#keepNoCopies();
      // In the page's top layer, above anything the page draws, wherever it puts the widget.
      const exit = this.renderRoot.querySelector<HTMLElement>('[popover]');
      if (exit && !exit.matches(':popover-open')) {
        exit.showPopover();
        // This button only: one shown before it may have left unnoticed (quick-exit turned off and on again at once).
        this.#exitSize.disconnect();
        this.#exitSize.observe(exit);
      }
    }
    for (const [attribute, value] of this.#unmatchedPresets) warnAttribute(this, { attribute, value, fix: ['noMatch', 'service'] });
    clearTimeout(this.#timer);
    // A fixed clock (`now`) never moves; the real one does, and the list follows it.
    if (this.now || this.feedState.status !== 'ready') return;
    const now = new Date();
    const zone = this.#zone;
    // Also at the viewer's midnight, when "tomorrow" becomes "today".
    const next = Math.min(nextChange(this.#statuses.values(), now)?.getTime() ?? Infinity, zonedDayTimeToMs(zone, wallClockAt(now, zone).day + 1, 0));
    this.#timer = setTimeout(() => this.requestUpdate(), Math.min(next - now.getTime(), MAX_WAIT_MS));
  }

  /** Set when the on-demand part could not be fetched (offline, a server hiccup): what needs it says so. */
  #moreFailed = false;

  /** Loads the on-demand part the first time a person opens a referral or "More filters". */
  #loadMore(): void {
    if (this.#more) return;
    if (this.#moreFailed) {
      // Asked again: "Loading…" until the answer.
      this.#moreFailed = false;
      this.requestUpdate();
    }
    onDemand(() => import('./more.js'), import.meta.url).then((module) => {
      this.takePart(module.lookupMoreEn, [module.moreStyles]);
      this.#more = module;
      this.requestUpdate();
    }, () => {
      this.#moreFailed = true;
      this.requestUpdate();
    });
  }

  /** What stands where the on-demand part goes until it is here: "Loading…", or why it is not, with Try again. */
  #waitForMore(): TemplateResult {
    return this.#moreFailed ? this.renderProblem(this.t('error.network'), () => this.#loadMore()) : html`<p>${this.t('loading')}</p>`;
  }

  #setFilters(filters: LookupFilters, focusSearch = false): void {
    this.#filters = filters;
    this.#shown = PAGE_SIZE;
    this.#status.expect();
    // The page gets a plain object of the filters set, which it can read, copy and compare as any other.
    emit(this, 'care-referral-filter-change', { filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) });
    this.requestUpdate();
    if (focusSearch) this.renderRoot.querySelector<HTMLElement>('[type=search]')?.focus();
  }

  /** The next page of the other services, with focus on the first it brought (on its "Details", which its name describes). */
  readonly #showMore = () => {
    const firstNew = this.#shown;
    this.#shown += PAGE_SIZE;
    this.requestUpdate();
    focusFirstNew(this, '.others [part="referral"] > details > summary', firstNew);
  };

  /** "Clear filters": every filter back to "Anything", and the focus in the search box. */
  #clearButton(): TemplateResult {
    return html`<button type="button" part="button" class="button" @click=${() => this.#setFilters(withFilters(), true)}>${this.t('lookup.clear')}</button>`;
  }

  #set<K extends keyof LookupFilters>(key: K, value: LookupFilters[K]): void {
    this.#setFilters(withFilters(this.#filters, { [key]: value || undefined }));
  }

  /** What a render shows each referral with; `statuses` holds each one's opening status as the render first asks for it. */
  #context(feed: Feed, statuses: Map<Referral, OpeningStatus | undefined>): CardContext {
    const now = this.currentTime;
    const ctx: CardContext = cardContext({
      t: (key, values) => this.t(key, values),
      text: (value) => this.text(value),
      feedText: (value) => feedText(this.localText(value)),
      label: (category, code) => this.#label(category, code),
      feed,
      lang: this.uiLang,
      zone: this.#zone,
      level: headingLevel(this),
      now,
      status: (referral) => {
        if (!statuses.has(referral)) statuses.set(referral, statusOf(referral, feed, now));
        return statuses.get(referral);
      },
      isOpen: (referral) => this.#open.has(referral.id),
      toggle: (referral, event) => {
        const open = (event.target as HTMLDetailsElement).open;
        // A toggle the template made (the element reused for another referral) is no one's choice.
        if (open === this.#open.has(referral.id)) return;
        if (open) {
          this.#open.add(referral.id);
          emit(this, 'care-referral-select', { id: referral.id });
          this.#loadMore();
        } else this.#open.delete(referral.id);
        this.requestUpdate();
      },
      details: (referral) => this.#more?.renderDetails(referral, ctx, this) ?? this.#waitForMore(),
    });
    return ctx;
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    // Blank (t() has no words yet) while the words of the page's language are on their way: the button waits for its
    // name rather than show as a nameless box; Shift three times leaves meanwhile.
    const leaveName = this.t('lookup.quickExit');
    // Where the browser has popovers (the element has showPopover), the quick exit button goes in the top layer, which
    // neither a transformed wrapper (that would make `position: fixed` scroll with it) nor a stacking context under a
    // page's sticky header can reach. Without them it is only fixed.
    // Firefox and Safari bring a control into view on focus only when it is off the screen, not when it is under the
    // way out: each is brought clear of it (its scroll margin; without the way out, the browser's own doing).
    return html`<div part="base" class="lookup" dir=${this.direction} lang=${this.uiLang} aria-busy=${state.status === 'loading'} @focusin=${this.#clearOfExit}>
      ${this.#isExit && leaveName !== '\u00a0'
        ? html`<p class="quick-exit">
            <button type="button" part="quick-exit" class="button" aria-describedby="exit-hint" popover=${'showPopover' in this ? 'manual' : nothing} @click=${this.#leave}>${leaveName}</button>
            <span id="exit-hint">${this.t('lookup.quickExitHint')}</span>
          </p>`
        : nothing}
      ${state.status === 'loading' ? html`<p part="loading" class="state" role="status">${this.t('loading')}</p>` : nothing}
      ${state.status === 'error' ? this.renderError(state.error, this.t('dangerNow')) : nothing}
      ${state.status === 'ready' ? this.#renderLookup(state.feed) : nothing}
    </div>`;
  }

  #renderLookup(feed: Feed): TemplateResult {
    // Made again in another language too: a search finds kinds and topics by the names shown.
    const strings = this.allStrings;
    if (this.#index?.feed !== feed || this.#index.strings !== strings) this.#index = { feed, strings, ...indexReferrals(feed, strings) };
    const { urgent, others } = this.#index;
    // Opening statuses worked out as the render asks, once each: not for each service of a large directory at each keystroke.
    this.#statuses = new Map();
    const ctx = this.#context(feed, this.#statuses);
    ({ presets: this.#presets, unmatched: this.#unmatchedPresets } = readPresets(this.topic, this.kind, feed.referrals));
    const offered = applyPresets(others, this.#presets);
    const choices = this.#presets.topics ? [] : topicChoices(offered.map((entry) => entry.referral));
    // A topic or a filter's value chosen before the feed changed, and no longer offered, would hide everything
    // with no control to show it or undo it: it is "Anything" again.
    for (const [key, values] of [['topic', choices.map(({ id }) => id)], ...this.#more?.facetValues(offered, feed) ?? []] as [keyof LookupFilters, unknown[]][]) {
      if (this.#filters[key] && !values.includes(this.#filters[key])) this.#filters = withFilters(this.#filters, { [key]: undefined });
    }
    const found = applyFilters(offered, this.#filters);
    // The other filters can be set only from their controls, which come with the on-demand part.
    const shown = this.#more?.applyFacets(found, this.#filters, feed, (r) => !!ctx.status(r)?.open) ?? found;
    const list = (referrals: Referral[]) => html`<ul class="referrals" role="list">${referrals.map((r) => renderReferral(r, ctx))}</ul>`;
    const { dial, call } = emergencyCall(feed, { t: this.t.bind(this), local: (value) => this.localText(value) });
    const count = this.t(countKey('lookup.count', shown.length, this.uiLang, this.strings), { count: shown.length });
    return html`
      ${urgent.length || call
        ? html`<section part="urgent" class="urgent" aria-label=${landmarkName(this, this.t('crisisTitle'), this.uiLang)}>
            <h3 part="heading" aria-level=${ctx.level}>${this.t('crisisTitle')}</h3>
            ${dial ? html`<p><a part="contact" class="button contact" href=${dial} dir="auto">${call}</a></p>` : call ? html`<p dir="auto">${call}</p>` : nothing}
            ${urgent.length ? list(urgent) : nothing}
          </section>`
        : nothing}
      ${offered.length
        ? html`<section class="others" aria-label=${landmarkName(this, this.t('lookup.more'), this.uiLang)}>
            <h3 part="heading" aria-level=${ctx.level}>${this.t('lookup.more')}</h3>
            ${this.noFilters ? nothing : this.#renderFilters(offered, choices, ctx)}
            <p part="summary">${count}</p>
            ${this.#status.render(count)}
            ${shown.length
              ? html`${list(shown.slice(0, this.#shown).map((entry) => entry.referral))}
                  ${shown.length > this.#shown ? html`<button type="button" part="button" class="button" @click=${this.#showMore}>${this.t('lookup.showMore')}</button>` : nothing}`
              : html`<div part="empty" class="state">
                  <p>${this.t('lookup.noMatch')}</p>
                  ${this.#clearButton()}
                </div>`}
          </section>`
        : others.length ? html`<p part="empty" class="state">${this.t('lookup.noOthers')}</p>`
        : urgent.length ? nothing : html`<p part="empty" class="state">${this.t('lookup.noneListed')}</p>`}
      ${this.#more?.renderPrintCard(ctx, this)}
      ${this.renderSavedNote()}
    `;
  }

  #renderFilters(offered: IndexedReferral[], choices: TopicChoice[], ctx: CardContext): TemplateResult {
    const filters = this.#filters;
    // How many of the filters behind "More filters" are set.
    const set = Object.entries(filters).filter(([key, value]) => value && key !== 'topic' && key !== 'query').length;
    return html`<form part="filters" class="filters" role="search" aria-label=${landmarkName(this, this.t('lookup.label'), this.uiLang)} @submit=${(e: Event) => e.preventDefault()}>
      ${choices.length
        ? html`<fieldset>
            <legend>${this.t('lookup.topics')}</legend>
            ${[{ id: '', own: '' }, ...choices].map(({ id, own }) => html`<label class="topic">
              <input type="radio" name="topic" .checked=${(filters.topic ?? '') === id} @change=${() => this.#set('topic', id)} />
              <span dir="auto">${!id ? this.t('lookup.anything') : own ? feedText(this.#label('topics', own)) : this.t(`topicGroup.${id}` as LookupStringKey)}</span>
            </label>`)}
          </fieldset>`
        : nothing}
      <label class="field">
        ${this.t('lookup.search')}
        <input type="search" .value=${filters.query ?? ''} dir=${filters.query ? 'auto' : nothing} autocomplete="off" @input=${(e: Event) => this.#set('query', (e.target as HTMLInputElement).value)} />
      </label>
      <details @toggle=${() => this.#loadMore()}>
        <summary part="button" class="button">${set ? this.t('lookup.filtersSet', { count: set }) : this.t('lookup.filters')}</summary>
        <div class="facets">${this.#more?.renderFacets(offered, filters, ctx, (key, value) => this.#set(key, value)) ?? this.#waitForMore()}</div>
      </details>
      ${hasFilters(filters) ? this.#clearButton() : nothing}
    </form>`;
  }
}
