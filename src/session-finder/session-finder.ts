import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { PropertyValues, PropertyDeclarations } from '../internal/updating-element.js';
import { CareElement } from '../internal/care-element.js';
import { renderCrisisStrip } from '../internal/crisis-strip.js';
import { feedText } from '../internal/feed-text.js';
import { emit } from '../internal/events.js';
import { warnAttribute } from '../internal/attributes.js';
import './events.js';
import { presetRule, wholeNumberRule, zoneRule } from '../internal/attribute-rules.js';
import { afterNextPaint } from './background.js';
import { headingLevel } from '../internal/page-outline.js';
import { landmarkName } from '../internal/landmark-name.js';
import { focusFirstNew, PAGE_SIZE } from '../internal/list-page.js';
import { QuietStatus } from '../internal/quiet-status.js';
import { quickExits } from '../internal/quick-exits.js';
import { onDemand } from '../internal/on-demand.js';
import type { Feed } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import { isId, isLang } from '../feed/checks.js';
import { labelsSection } from '../feed/sections/labels.js';
import { referralsSection } from '../feed/sections/referrals.js';
import { sessionsSection } from '../feed/sections/sessions.js';
import { dayLabel, formatDate, formatOccurrenceTime, viewerZone, wallClockDiffers } from '../time/format.js';
import { laterStart } from '../time/expand.js';
import { MINUTE_MS } from '../time/calendar.js';
import { en, type LoadedStrings, type StringKey } from '../i18n/en.js';
import { countKey } from '../i18n/count-key.js';
import { finderLookupEn } from '../i18n/finder-lookup.js';
import { finderEn } from './strings.js';
import { finderLocales } from './locales/index.js';
import { applyFilters, FACETS, filterValue, HASH_PREFIX, hasFilters, inSomeSession, PRESET_KEYS, type Facet, type FilterResult, type Filters } from './filters.js';
import type { Position } from './distance.js';
import {
  activeFilterCount, capitalize, facetLabeller, facetOptions, groupByDay, MAX_CHOICES, searchOnly,
  sortByDistance, summaryKey, windowDays,
} from './view.js';
import type { IndexedSession, Row } from './session-index.js';
import { SessionWindow } from './session-window.js';
import type { DetailsContext } from './session-details.js';
import { fieldStyles } from '../internal/fields.styles.js';
import { finderStyles } from './session-finder.styles.js';

/** The presets' properties, one per PRESET_KEYS entry. */
type PresetKey = (typeof PRESET_KEYS)[number];

/**
 * @tagname care-session-finder
 * @summary Finds upcoming support sessions by day, time, kind, audience, language, place and in person or online.
 *
 * @fires {HTMLElementEventMap['care-feed-load']} care-feed-load - The feed was read. detail: { feed, problems, skipped, savedAt? }
 * @fires {HTMLElementEventMap['care-feed-error']} care-feed-error - The feed could not be used. detail: { code, message, savedCopy }
 * @fires {HTMLElementEventMap['care-filter-change']} care-filter-change - A person changed a filter. detail: { filters }
 *
 * @csspart base - The whole finder.
 * @csspart crisis - The "Need help now?" line, when the feed has urgent referrals.
 * @csspart filters - The search box and filters.
 * @csspart summary - "12 sessions in the next 8 weeks".
 * @csspart day - A day's group of sessions.
 * @csspart day-heading - "Today", "Tomorrow", "Thursday 3 December".
 * @csspart session - One session in the list.
 * @csspart details - A session's details, shown when opened.
 * @csspart badge - "Happening now", "Next", "Paused" or "Cancelled".
 * @csspart loading - "Loading…", while the feed or a session's details load.
 * @csspart empty - The message when nothing matches.
 * @csspart button - Buttons: more filters, clear filters, show more, nearest first, print, add to calendar, register.
 * @csspart error - The calm message shown when the feed cannot be used.
 * @csspart retry - The "Try again" button beside that message.
 * @csspart saved-note - "Saved copy from <date>", when the network failed and an earlier copy is shown.
 *
 * @cssprop [--care-accent=currentColor] - Accent colour: links, focus ring, badges, checkboxes.
 * @cssprop [--care-surface=color-mix(in srgb, currentColor 7%, transparent)] - Background of a session, and of the messages when nothing matches or the feed cannot be used.
 * @cssprop [--care-border=color-mix(in srgb, currentColor 85%, transparent)] - Borders of fields, buttons and sessions.
 * @cssprop [--care-urgent=#c4314b] - Edge colour of the "Need help now?" line.
 * @cssprop [--care-urgent-surface=rgb(196 49 75 / 0.12)] - Background of the "Need help now?" line.
 */
export class CareSessionFinder extends CareElement {
  static override styles = [CareElement.styles, fieldStyles, finderStyles];
  static override properties: PropertyDeclarations = {
    daysAhead: { attribute: 'days-ahead', type: Number },
    audience: {},
    kind: {},
    place: {},
    language: {},
    noFilters: { type: Boolean, attribute: 'no-filters' },
    hashState: { type: Boolean, attribute: 'hash-state' },
    showInactive: { type: Boolean, attribute: 'show-inactive' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    viewerTimezone: { attribute: 'viewer-timezone' },
    filters: { state: true },
    shown: { state: true },
    appointmentsShown: { state: true },
    position: { state: true },
    locationFailed: { state: true },
    filtersOpen: { state: true },
  };
  protected static override englishStrings: LoadedStrings = { ...en, ...finderLookupEn, ...finderEn };
  protected static override localeStrings = finderLocales;
  protected static override attributeRules = {
    daysAhead: wholeNumberRule(1, 366, 56), viewerTimezone: zoneRule,
    audience: presetRule('youth'), kind: presetRule('peer-group'), place: presetRule('st-marks', isId), language: presetRule('es', isLang),
  };
  // Referrals for the crisis strip.
  protected static override sections = [sessionsSection, referralsSection, labelsSection];

  /** How many days ahead to list. */
  daysAhead = 56;
  /** Shows only sessions for this audience code (e.g. `youth`), and hides that filter. */
  audience?: string;
  /** Shows only sessions of this kind, and hides that filter. */
  kind?: string;
  /** Shows only sessions at this place id, and hides that filter. */
  place?: string;
  /** Shows only sessions in this language (e.g. `es`), and hides that filter. */
  language?: string;
  /** Hides the search box and filters. */
  noFilters = false;
  /** Keeps the menu filters (never the search words) in the page's URL hash, so a filtered list can be shared and Back works; while the address names a place on the page (#contact) or an app's route (#/…), they are kept in the page only. */
  hashState = false;
  /** Also lists paused and cancelled sessions. */
  showInactive = false;
  /** Writes schema.org Events for the coming sessions into the page, for search engines. */
  structuredData = false;
  /** The viewer's time zone; by default the browser's. */
  viewerTimezone?: string;

  private filters: Filters = {};
  private shown = PAGE_SIZE;
  /** How many by-appointment sessions show (a page, until "Show all"): hundreds of them would weigh down the first frame. */
  private appointmentsShown = PAGE_SIZE;
  private position?: Position;
  /** Nearest first's code (distance.ts), there before `position` is set. */
  #distance?: typeof import('./distance.js');
  private locationFailed = false;
  /** The filter panel starts open where there is room for it, closed on a phone. */
  private filtersOpen = false;

  /** The sessions indexed and their rows over the days ahead (session-window.ts). */
  readonly #window = new SessionWindow(() => {
    this.#matchPresets();
    this.#facetValuesInFeed = undefined;
    this.#facetOptions.clear();
    this.requestUpdate();
  });
  /** Every value each facet has in the feed: a filter offers these, with counts that may be 0. */
  #facetValuesInFeed?: FilterResult['counts'];
  /** Each facet's [value, label] pairs in display order, by facet and language: sorting hundreds of places on every keystroke would cost a frame. */
  #facetOptions = new Map<string, [string, LocalText][]>();
  /** What the filters let through, worked out in willUpdate: render only reads it. */
  #result?: FilterResult;
  /** Rows whose details are open; only those render their details, which keeps long lists light. */
  #openRows = new Set<string>();
  /**
   * What renders a session's details: its own module, loaded once the first screen is painted
   * (or when a row opens first), as no session is open on the first screen.
   */
  #details?: Promise<void>;
  /** Set when that module could not be fetched. */
  #detailsFailed = false;
  #renderDetails?: (typeof import('./session-details.js'))['renderSessionDetails'];
  #clock?: ReturnType<typeof setTimeout>;
  readonly #onHashChange = () => this.hashState && this.#readHash(true);
  /** What a person's change of the filters came to, the count and the location note, told to screen readers (quiet-status.ts). */
  readonly #status = new QuietStatus(this);

  /** What the template helpers need to translate, in one object. */
  get #ctx(): DetailsContext {
    return { t: (key, values) => this.t(key, values), text: (value) => this.text(value), local: (value) => this.localText(value), strings: this.allStrings, uiLang: this.uiLang };
  }

  #decimal?: [lang: string, format: Intl.NumberFormat];
  /**
   * Decimals for the viewer's language, made once per language rather than per use, and only once a distance is
   * shown (after "Nearest first"): a page's first number formatter costs the first screen milliseconds, and that
   * screen shows none.
   */
  get #decimalFormat(): Intl.NumberFormat {
    const lang = this.uiLang;
    if (this.#decimal?.[0] !== lang) this.#decimal = [lang, new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })];
    return this.#decimal[1];
  }

  get #windowDays(): number {
    return windowDays(this.daysAhead);
  }

  get #zone(): string {
    return this.viewerTimezone || viewerZone();
  }

  /**
   * Presets that name nothing the feed's sessions have (`audience="martians"`, a place id with a typo):
   * left out, so that they never empty the list, and warned about.
   */
  #unmatchedPresets: PresetKey[] = [];

  #matchPresets(): void {
    this.#unmatchedPresets = PRESET_KEYS.filter((key) => this[key] && !inSomeSession(this.#window.entries, key, this[key]!));
  }

  /** The filters the page fixes through attributes (`audience="youth"`…). */
  get #presetFilters(): Filters {
    const filters: Filters = {};
    for (const key of PRESET_KEYS) if (this.#isPreset(key)) filters[key] = this[key];
    return filters;
  }

  /** Whether the page fixes this facet, so its filter is not offered. */
  #isPreset(facet: Facet): boolean {
    return (PRESET_KEYS as readonly string[]).includes(facet) && !!this[facet as PresetKey] && !this.#unmatchedPresets.includes(facet as PresetKey);
  }

  /** The person's filters with the page's presets on top. */
  get #activeFilters(): Filters {
    return { ...this.filters, ...this.#presetFilters };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's first zoned formatter loads the browser's time-zone data (tens of ms): asking for the
    // viewer's zone once the first update has started the feed's reading does that while the feed
    // downloads, not while the first screen waits.
    void this.updateComplete.then(() => viewerZone());
    this.#tickOnTheMinute();
    this.#readLink();
    // Back and Forward between our own entries fire popstate; a pasted link fires hashchange. Heard while hash-state is
    // on, which a page may turn on or off once the finder is up.
    addEventListener('hashchange', this.#onHashChange);
    addEventListener('popstate', this.#onHashChange);
  }

  /** With hash-state, a shared link's filters; an address without them has nothing to read. */
  #readLink(): void {
    if (this.hashState && (this.#readingLink = location.hash.startsWith(HASH_PREFIX))) this.#readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#clock);
    this.#window.stop();
    removeEventListener('hashchange', this.#onHashChange);
    removeEventListener('popstate', this.#onHashChange);
  }

  /**
   * Occurrences drop away when they end, and "happening now" moves on, at the turn of each minute
   * (sessions start and end on the minute), not a minute after the widget happened to connect.
   */
  #tickOnTheMinute(): void {
    this.#clock = setTimeout(() => {
      if (this.now === undefined) this.#reindex();
      this.#tickOnTheMinute();
    }, MINUTE_MS - (Date.now() % MINUTE_MS));
  }

  /** The code of `hash-state` (hash-state.ts), fetched once a page turns it on: most never do. */
  #hashCode?: Promise<typeof import('./hash-state.js')>;

  /** Runs `use` with the hash's code; if it cannot be fetched (offline), the filters just stay out of the address. */
  #withHashCode(use: (code: typeof import('./hash-state.js')) => void, then?: () => void): void {
    (this.#hashCode ??= onDemand(() => import('./hash-state.js'), import.meta.url)).then(use, () => (this.#hashCode = undefined)).finally(then);
  }

  /** The address's hash as the finder last read or wrote it. */
  #hashRead?: string;

  /** True while the filters of a shared link are read: the list waits for them rather than showing everything first. */
  #readingLink = false;

  /** Set when a link's filters were read: #applyFilters checks them against the feed once its window is in. */
  #keepKnown?: (typeof import('./hash-state.js'))['knownFilters'];

  /** `moved`: Back, Forward or a new address on this page, a person's doing, whose change is said as their own choice's is. */
  #readHash(moved?: boolean): void {
    this.#withHashCode(({ filtersFromHash, knownFilters }) => {
      this.#hashRead = location.hash;
      const filters = filtersFromHash(location.hash, this.filters);
      if (filters) {
        if (moved) this.#status.expect();
        this.filters = filters;
        this.#keepKnown = knownFilters;
      }
    }, () => {
      this.#readingLink = false;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // hash-state turned on once the finder is up reads the address's filters, as connecting with it on does.
    if (changed.has('hashState') && !this.#readingLink) this.#readLink();
    if (['feedState', 'now', 'daysAhead', 'showInactive', 'viewerTimezone'].some((key) => changed.has(key))) this.#reindex();
    else if (PRESET_KEYS.some((key) => changed.has(key))) {
      this.#matchPresets();
      this.#facetValuesInFeed = undefined;
    } else if (changed.has('strings') || changed.has('lang')) this.#facetOptions.clear();
    this.#applyFilters();
  }

  /** The rows, counts and by-appointment sessions the filters let through, for render to read. */
  #applyFilters(): void {
    if (this.feedState.status !== 'ready') return;
    const now = this.currentTime;
    const { entries, rows, complete } = this.#window;
    // The values a filter offers are those of the sessions the page's presets allow.
    const inFeed = () => (this.#facetValuesInFeed ??= applyFilters(entries, rows, this.#presetFilters, now, 0).counts);
    if (complete && this.#keepKnown) {
      // "Free only" names something when a session the presets allow is free.
      const someFree = applyFilters(entries, rows, { ...this.#presetFilters, free: true }, now, 0, false).sessionCount > 0;
      const known = this.#keepKnown(this.filters, inFeed(), someFree);
      // A value for a facet the page fixes is not the link's to set: its filter is not offered, so nobody could clear it.
      for (const key of Object.keys(this.#presetFilters) as PresetKey[]) delete known[key];
      this.filters = known;
      this.#keepKnown = undefined;
      // The address then says what is applied, in place: Back does not return to the values left out.
      this.#commitHash(true);
    }
    // Until a large feed's whole window is in, counts would be of its first day only: the facets wait.
    this.#result = applyFilters(entries, rows, this.#activeFilters, now, this.shown, complete);
    // With no filter of the person's set, this result's counts are those values; otherwise work them out once.
    if (complete) this.#facetValuesInFeed ??= hasFilters(this.filters) ? inFeed() : this.#result.counts;
  }

  #reindex(): void {
    if (this.feedState.status !== 'ready') return;
    const now = this.currentTime;
    const settings = { days: this.#windowDays, zone: this.#zone, showInactive: this.showInactive, search: !this.noFilters };
    this.#window.update(this.feedState.feed, now, settings, (rows) => {
      this.#matchPresets();
      const filters = this.#activeFilters;
      // Unfiltered, every row lists (an expansion leaves out what has ended).
      return hasFilters(filters) ? applyFilters(this.#window.entries, rows, filters, now, PAGE_SIZE).more : rows.length > PAGE_SIZE;
    });
  }

  protected override firstUpdated(): void {
    // Open where there is room: measured once the finder has a width, which in a tab or a block the page shows later
    // (display: none) is only when it shows. Before the first paint otherwise.
    new ResizeObserver(([{ contentRect }], shown) => {
      if (contentRect.width) {
        shown.disconnect();
        this.filtersOpen = contentRect.width >= 640;
      }
    }).observe(this);
    afterNextPaint(() => void this.#loadDetails());
  }

  #loadDetails(): Promise<unknown> {
    if (this.#detailsFailed) {
      // Asked again: "Loading…" until the answer.
      this.#detailsFailed = false;
      this.requestUpdate();
    }
    return (this.#details ??= onDemand(() => import('./session-details.js'), import.meta.url).then((module) => {
      this.takePart(module.finderMoreEn, [module.detailsStyles]);
      this.#renderDetails = module.renderSessionDetails;
      this.requestUpdate();
    }, () => {
      // Not fetched (offline, a server hiccup): an open session says so, with Try again, which asks again.
      this.#details = undefined;
      this.#detailsFailed = true;
      this.requestUpdate();
    }));
  }

  /**
   * An open session's details (`titleId`: its title's, which names them; `when`: its time; by appointment, when it
   * begins if later): "Loading…" until their code is here, or why it is not.
   */
  #renderOpened(feed: Feed, entry: IndexedSession, titleId: string, when?: string): unknown {
    if (this.#renderDetails) return this.#renderDetails(feed, entry, this.#ctx, { when, now: this.currentTime, titleId });
    return this.#detailsFailed
      ? this.renderProblem(this.t('error.network'), () => void this.#loadDetails())
      : html`<p part="loading" class="state" role="status">${this.t('loading')}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const key of this.#unmatchedPresets) warnAttribute(this, { attribute: key, value: this[key]!, fix: ['noMatch', 'session'] });
    if (this.structuredData) void this.#writeStructuredData();
  }

  #setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    // A filter set back to "Any" (or an emptied search box) is none: not a key left holding nothing in care-filter-change.
    const filters: Filters = { ...this.filters, [key]: value };
    if (!value) delete filters[key];
    this.filters = filters;
    this.shown = this.appointmentsShown = PAGE_SIZE;
    this.#status.expect();
    emit(this, 'care-filter-change', { filters: this.#activeFilters });
  }

  /** Writes the filters to the address: a new history entry, or with `replace` (a link's filters checked), the same one. */
  #commitHash(replace?: boolean): void {
    if (!this.hashState) return;
    // With quick exit on the page, every change stays in the one entry that leaving replaces.
    replace ||= quickExits.size > 0;
    this.#withHashCode(({ hashToWrite }) => {
      // Nothing when it is the same, or when the hash is a single-page app's route or a place on the page; not now (null)
      // when it is a link of ours that came since the finder last read or wrote the address (hash-state.ts).
      const hash = hashToWrite(this.filters, location.hash, this.#hashRead);
      if (hash === null) return;
      // Replacing keeps the page's own history state (a router's). The whole address, as a bare '#…' or path would
      // resolve against the page's <base href>: a single-page app's '/' loses the page's path, another site's throws.
      if (hash !== undefined) history[replace ? 'replaceState' : 'pushState'](replace ? history.state : null, '', location.href.split('#')[0] + hash);
      this.#hashRead = location.hash;
    });
  }

  #clearFilters(): void {
    this.filters = {};
    this.shown = this.appointmentsShown = PAGE_SIZE;
    this.#status.expect();
    this.#commitHash();
    emit(this, 'care-filter-change', { filters: this.#activeFilters });
    (this.renderRoot.querySelector('input[type="search"]') as HTMLInputElement | null)?.focus();
  }

  #toggleNearMe(): void {
    if (this.position) {
      this.position = undefined;
      return;
    }
    this.locationFailed = false;
    this.#status.expect();
    // Only when asked, and the position stays in this page: nothing is sent anywhere.
    navigator.geolocation?.getCurrentPosition(
      ({ coords }) => onDemand(() => import('./distance.js'), import.meta.url).then((distance) => {
        this.#distance = distance;
        this.position = { lat: coords.latitude, lng: coords.longitude };
      }, () => (this.locationFailed = true)),
      () => (this.locationFailed = true),
      { maximumAge: 600_000, timeout: 15_000 },
    ) ?? (this.locationFailed = true);
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    // A link's filters are read, then checked against the feed's whole window (a large feed's comes after its
    // first screen): until then the list waits, rather than say nothing matches a value the feed lacks.
    const waiting = this.#readingLink || (state.status === 'ready' && !!this.#keepKnown);
    const loading = state.status === 'loading' || waiting;
    return html`<div part="base" class="finder" dir=${this.direction} lang=${this.uiLang} aria-busy=${loading ? 'true' : 'false'}>
      ${loading ? html`<p part="loading" class="state" role="status">${this.t('loading')}</p>` : nothing}
      ${state.status === 'error' ? this.renderError(state.error, this.t('dangerNow')) : nothing}
      ${state.status === 'ready' && !waiting ? this.#renderFinder(state.feed) : nothing}
    </div>`;
  }

  #renderFinder(feed: Feed): TemplateResult {
    const filters = this.#activeFilters;
    const result = this.#result!;
    const { rows, byAppointment, sessionCount } = result;
    const days = this.#windowDays;
    // The page's heading before the widget, looked up once a render (internal/page-outline.ts).
    const level = headingLevel(this);
    const summary = this.#window.complete
      ? this.t(countKey(summaryKey(days), sessionCount, this.uiLang, this.strings), { count: sessionCount, weeks: days / 7, days }) : '';
    const locationNote = this.t('locationFailed');
    return html`
      ${renderCrisisStrip(feed, this.#ctx)}
      ${this.noFilters ? nothing : this.#renderFilters(feed, filters, result.counts, sessionCount === 0)}
      <p part="summary" class="summary">${summary}${this.locationFailed ? html`<span class="note">${locationNote}</span>` : nothing}</p>
      ${
        // With the location note, so that a person who pressed "Nearest first" hears why nothing moved.
        this.#status.render(this.locationFailed ? `${summary} ${locationNote}` : summary)}
      ${sessionCount === 0 ? this.#renderEmpty(filters) : this.#renderDays(feed, this.position ? sortByDistance(rows, (row) => this.#km(row.entry)) : rows, rows, level)}
      ${result.more
        ? html`<button type="button" part="button" class="button" @click=${() => this.#showMore('day')}>${this.t('showMore')}</button>`
        : nothing}
      ${byAppointment.length > 0 ? this.#renderByAppointment(feed, byAppointment.slice(0, this.appointmentsShown), level) : nothing}
      ${byAppointment.length > this.appointmentsShown
        ? html`<button type="button" part="button" class="button" @click=${() => this.#showMore('appointments')}>${this.t('showAllByAppointment', { count: byAppointment.length })}</button>`
        : nothing}
      ${this.renderSavedNote()}
    `;
  }

  #renderFilters(feed: Feed, filters: Filters, counts: FilterResult['counts'], empty: boolean): TemplateResult {
    const activeCount = activeFilterCount(this.filters);
    return html`<form part="filters" class="filters" role="search" aria-label=${landmarkName(this, this.t('finderLabel'), this.uiLang)} @submit=${(e: Event) => e.preventDefault()}>
      <label class="field search">
        <span>${this.t('search')}</span>
        <input type="search" .value=${filterValue(filters, 'query') ?? ''} dir=${filterValue(filters, 'query') ? 'auto' : nothing} autocomplete="off"
          @input=${(e: InputEvent) => this.#setFilter('query', (e.target as HTMLInputElement).value)} />
      </label>
      <details class="more" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
        <summary part="button" class="button">${activeCount ? this.t('moreFiltersSet', { count: activeCount }) : this.t('moreFilters')}</summary>
        <div class="facets">
      ${FACETS.filter((facet) => this.#window.complete && !this.#isPreset(facet)).map((facet) => this.#renderFacet(feed, facet, counts[facet], filterValue(filters, facet)))}
      <label class="field check">
        <input type="checkbox" .checked=${!!filterValue(filters, 'free')} @change=${(e: Event) => {
          this.#setFilter('free', (e.target as HTMLInputElement).checked);
          this.#commitHash();
        }} />
        <span>${this.t('freeOnly')}</span>
      </label>
        </div>
      </details>
      <div class="actions">
        ${hasFilters(this.filters) && !empty ? html`<button type="button" part="button" class="button" @click=${this.#clearFilters}>${this.t('clearFilters')}</button>` : nothing}
        ${
          // Only a place whose position may be shown can be near: an address on request keeps its position to itself.
          this.#window.rows.some(({ entry: { place } }) => place?.lat !== undefined && !place.address_on_request)
          ? html`<button type="button" part="button" class="button" aria-pressed=${this.position ? 'true' : 'false'} aria-describedby="near-hint" @click=${this.#toggleNearMe}>${this.t('nearMe')}</button>
              <span id="near-hint" class="visually-hidden">${this.t('nearMeHint')}</span>`
          : nothing}
        <button type="button" part="button" class="button print" @click=${() => print()}>${this.t('print')}</button>
      </div>
    </form>`;
  }

  /**
   * A select for one facet: only the values the feed has, with counts. Hidden when there is
   * nothing to choose, or too much to scan (hundreds of places: the search box finds those).
   */
  #renderFacet(feed: Feed, facet: Facet, counts: Map<string, number>, selected: string | undefined): TemplateResult | typeof nothing {
    const values = this.#facetValues(feed, facet, counts, selected);
    if ((values.length < 2 || values.length > MAX_CHOICES) && !selected) return nothing;
    return html`<label class="field">
      <span>${this.t(`filter.${facet}` as StringKey)}</span>
      <select .value=${selected ?? ''} @change=${(e: Event) => {
        this.#setFilter(facet, (e.target as HTMLSelectElement).value as never);
        this.#commitHash();
      }}>
        <option value="" ?selected=${!selected}>${this.t('any')}</option>
        ${values.map(([value, label]) =>
          // A place's name or a feed's own label is feed text, in a language of its own: an option can hold no element that would say so.
          html`<option value=${value} ?selected=${value === selected} dir="auto" lang=${label.lang ?? nothing}>
          ${this.t('optionCount', { label: label.value, count: counts.get(value) ?? 0 })}
        </option>`)}
      </select>
    </label>`;
  }

  /** [value, label] pairs in display order (view.ts), cached by facet and language; a selected value the feed no longer has (its last session ended) last. */
  #facetValues(feed: Feed, facet: Facet, counts: Map<string, number>, selected: string | undefined): [string, LocalText][] {
    const key = `${facet} ${this.uiLang}`;
    let options = this.#facetOptions.get(key);
    if (!options) {
      options = facetOptions(facet, [...(this.#facetValuesInFeed?.[facet] ?? counts).keys()], facetLabeller(feed, facet, this.#ctx), this.uiLang);
      this.#facetOptions.set(key, options);
    }
    return selected && !options.some(([v]) => v === selected) ? [...options, [selected, facetLabeller(feed, facet, this.#ctx)(selected)]] : options;
  }

  #renderEmpty(filters: Filters): TemplateResult {
    const filtered = hasFilters(this.filters);
    const message = filtered && searchOnly(this.filters)
      ? this.t('noSearchResults', { query: filterValue(this.filters, 'query') ?? '' })
      : this.t(filtered || hasFilters(filters) ? 'noResults' : 'noSessions');
    return html`<div part="empty" class="state empty">
      <p>${message}</p>
      ${filtered
        ? html`<p>${this.t('noResultsHint')}</p>
            <button type="button" part="button" class="button" @click=${this.#clearFilters}>${this.t('clearFilters')}</button>`
        : nothing}
    </div>`;
  }

  /** Rows grouped by the viewer's day: "Today", "Tomorrow", then dated weekdays. */
  #renderDays(feed: Feed, shown: Row[], all: Row[], level: number): TemplateResult {
    const now = this.currentTime;
    // A paused or cancelled session (shown with show-inactive) is never what comes next.
    const next = all.find((r) => r.start > now.getTime() && r.entry.session.status === 'active');
    return html`${groupByDay(shown).map((rows) => {
      // Today's first row may have started yesterday (it is still on).
      const label = dayLabel(new Date(Math.max(rows[0].start, now.getTime())), now, this.#zone, this.uiLang);
      return html`<section part="day" class="day">
        <h3 part="day-heading" aria-level=${level}>${label === 'today' || label === 'tomorrow' ? this.t(label) : capitalize(label, this.uiLang)}</h3>
        <ul class="sessions" role="list">
          ${rows.map((row) => this.#renderRow(feed, row, row === next))}
        </ul>
      </section>`;
    })}`;
  }

  #renderRow(feed: Feed, row: Row, isNext: boolean): TemplateResult {
    const { entry, occurrence } = row;
    const { session } = entry;
    const now = this.currentTime;
    const happening = occurrence.start <= now && session.status === 'active';
    const zone = session.schedule.timezone;
    const differs = wallClockDiffers(occurrence, zone, this.#zone);
    const localTime = formatOccurrenceTime(occurrence, zone, this.uiLang, differs);
    const viewerTime = differs ? this.t('yourTime', { time: formatOccurrenceTime(occurrence, this.#zone, this.uiLang) }) : '';
    const key = `${session.id} ${occurrence.start.getTime()}`;
    const titleId = `t.${session.id}.${occurrence.start.getTime()}`;
    return html`<li part="session" class="session ${session.status}">
      <details ?open=${this.#openRows.has(key)} @toggle=${(e: Event) => this.#toggleRow(key, e)}>
        <summary>
          <span class="when"><span>${localTime}</span>${viewerTime && html` · <span>${viewerTime}</span>`}</span>
          <span class="title" id=${titleId} dir="auto">${feedText(this.localText(session.title))}</span>
          ${this.#where(entry)}
          ${happening ? html`<span part="badge" class="badge now">${this.t('happeningNow')}</span>` : nothing}
          ${isNext && !happening ? html`<span part="badge" class="badge">${this.t('nextUp')}</span>` : nothing}
          ${this.#statusBadge(entry)}
        </summary>
        ${this.#openRows.has(key)
          // With its date, where it is held: the details are read apart from the day's heading above them.
          ? this.#renderOpened(feed, entry, titleId, [formatDate(occurrence.date, this.uiLang), localTime, viewerTime].filter(Boolean).join(' · '))
          : nothing}
      </details>
    </li>`;
  }

  #renderByAppointment(feed: Feed, entries: IndexedSession[], level: number): TemplateResult {
    return html`<section part="day" class="day appointments">
      <h3 part="day-heading" aria-level=${level}>${this.t('byAppointment')}</h3>
      <ul class="sessions" role="list">
        ${entries.map((entry) => {
          const { session } = entry;
          // One listed before its start_date says when it begins.
          const from = laterStart(session.schedule, this.currentTime);
          const when = from && this.t('appointmentsFrom', { date: formatDate(from, this.uiLang) });
          return html`<li part="session" class="session ${session.status}">
            <details ?open=${this.#openRows.has(session.id)} @toggle=${(e: Event) => this.#toggleRow(session.id, e)}>
              <summary>${when ? html`<span class="when">${when}</span>` : nothing}
                <span class="title" id="t.${session.id}" dir="auto">${feedText(this.localText(session.title))}</span>
                ${this.#where(entry)}
                ${this.#statusBadge(entry)}</summary>
              ${this.#openRows.has(session.id) ? this.#renderOpened(feed, entry, `t.${session.id}`, when) : nothing}
            </details>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** Where a session is, as every row says it: the place, online, or both, and how far once nearest first is on. */
  #where(entry: IndexedSession): TemplateResult {
    const { place, mode } = entry;
    return html`<span class="where" dir="auto">${place ? feedText(this.localText(place.name)) : this.t('mode.online')}${mode === 'hybrid' ? ` · ${this.t('mode.online')}` : ''}${this.#distanceNote(entry)}</span>`;
  }

  /** "Paused" or "Cancelled", on a session shown with show-inactive. */
  #statusBadge({ session }: IndexedSession): TemplateResult | typeof nothing {
    return session.status === 'active' ? nothing : html`<span part="badge" class="badge">${this.t(`status.${session.status}` as StringKey)}</span>`;
  }

  /** "Show more" (the next page of the days' sessions) and "Show all by appointment", with focus on the first session it brought. */
  #showMore(list: 'day' | 'appointments'): void {
    const firstNew = list === 'day' ? this.shown : this.appointmentsShown;
    if (list === 'day') this.shown += PAGE_SIZE;
    else this.appointmentsShown = Infinity;
    focusFirstNew(this, `${list === 'day' ? '.day:not(.appointments)' : '.appointments'} [part="session"] summary`, firstNew);
  }

  #toggleRow(key: string, event: Event): void {
    if ((event.target as HTMLDetailsElement).open) this.#openRows.add(key);
    else this.#openRows.delete(key);
    void this.#loadDetails();
    this.requestUpdate();
  }

  /** How far the session's place is from the person, once they asked for nearest first; undefined when unknown. */
  #km(entry: IndexedSession): number | undefined {
    return this.position && this.#distance!.distanceKm(this.position, entry.place);
  }

  #distanceNote(entry: IndexedSession): string {
    const km = this.#km(entry);
    if (km === undefined) return '';
    return ` · ${this.t('distanceKm', { distance: this.#decimalFormat.format(km) })}`;
  }

  /** Loads its module the first time, so pages without `structured-data` never download it. */
  async #writeStructuredData(): Promise<void> {
    if (this.feedState.status !== 'ready') return;
    // Not fetched (offline): asked for again at the next update, rather than an error in the console at each.
    const code = await onDemand(() => import('./structured-data.js'), import.meta.url).catch(() => undefined);
    if (!code || this.feedState.status !== 'ready') return;
    code.writeStructuredData(this, code.eventsJsonLd(this.feedState.feed, (this.#result?.rows ?? []).slice(0, 20), (t) => this.text(t)));
  }
}
