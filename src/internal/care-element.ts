import { html, nothing, type TemplateResult } from 'lit/html.js';
import { UpdatingElement, type CSSResultGroup, type PropertyValues, type PropertyDeclarations, type StyleSheetSource } from './updating-element.js';
import { askForSource, stopAsking } from '../feed/context.js';
import { FeedError } from '../feed/errors.js';
import { feedRetries, forgetFeed, loadFeed, type LoadedFeed } from '../feed/load.js';
import { codeArrived, feedAddress } from '../feed/request.js';
import { languageOrder, pickText, type LocalText } from '../feed/text.js';
import { isLang } from '../feed/checks.js';
import { explainError, explainProblems, problemPlace } from '../feed/explain.js';
import type { Feed, FeedProblem, ParsedFeed, Text } from '../feed/types.js';
import { readCore, readSections, type FeedSection } from '../feed/validate.js';
import { en, format, type LoadedStrings, type PluralStrings, type StringKey } from '../i18n/en.js';
import { directionOf, pickLocale, stringsFor, type LocaleLoaders } from '../i18n/load-strings.js';
import { checkAttributes, languageRule, urlRule, type AttributeRules } from './attributes.js';
import { emit } from './events.js';
import { tokens } from './tokens.styles.js';

/**
 * The nearest element up the tree from `start`, itself first, that matches `selector`: `closest()` that also
 * crosses shadow roots, as an app's own element may hold a widget in its own.
 */
function closestAcross(start: Node | null, selector: string): Element | undefined {
  for (let node = start; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if ((node as Element).matches?.(selector)) return node as Element;
  }
  return undefined;
}

/** The nearest `lang` attribute up the tree. */
const inheritedLang = (start: Node | null): string | undefined => closestAcross(start, '[lang]:not([lang=""])')?.getAttribute('lang') ?? undefined;

/**
 * How long a widget with no feed of its own waits for an element around it, not defined yet, to give it one:
 * a `<care-feed>` whose code is on its way answers when it comes (feed-element.ts), so until then (Infinity);
 * any other may be an app's own tag for CareFeed (classes.js), or may turn out to be no `<care-feed>` or never be
 * defined (an app's layout tag), so a few seconds, once. Undefined: nothing to wait for ("no feed").
 */
function waitForFeedAround(widget: Element, waitedOnce?: boolean): number | undefined {
  if (closestAcross(widget, 'care-feed:not(:defined)')) return Infinity;
  if (!waitedOnce && closestAcross(widget, ':not(:defined)')) return 3000;
  return undefined;
}

/** Every widget on the page, told when a `lang` changes anywhere in it (a site's language switcher), and when the page is seen again. */
const widgets = new Set<CareElement>();
/** One observer for the page, made when the first widget connects. */
let langWatcher: MutationObserver | undefined;

/** When the page was last shown or hidden. */
let seenAt = Date.now();
// A phone locked, a laptop asleep, a page kept for Back: the widgets' timers waited with the page while the clock went
// on. Seen again a minute or more on (or with the clock set back), each widget on the real clock shows what holds now:
// the finder's sessions, the lookup's "open now", the banner's messages. A glance at another tab changes nothing.
globalThis.document?.addEventListener('visibilitychange', () => {
  if (!document.hidden && Math.abs(Date.now() - seenAt) >= 60_000) widgets.forEach((widget) => !widget.now && widget.requestUpdate('now', 0));
  seenAt = Date.now();
});

/** After "Try again" (or back online): when it was tried, which a failure again says, and whether it is asking still. */
interface Tried {
  triedAt?: Date;
  retrying?: boolean;
}

export type FeedState =
  | { status: 'loading' }
  | ({ status: 'ready'; feed: Feed; problems: FeedProblem[]; saved?: LoadedFeed['saved'] } & Tried)
  | ({ status: 'error'; error: FeedError } & Tried);

/**
 * What every widget shares: where its feed comes from (elements.md order:
 * `feed` property, inline JSON child, `src`, nearest `<care-feed>`), its
 * language and direction, the `care-feed-*` events, and the loading and
 * error states. Nothing widget-specific lives here.
 *
 * The parts and `--care-*` tokens below are every widget's (the manifest lists them under each element).
 *
 * @csspart error - The calm message shown when the feed cannot be used.
 * @csspart retry - The "Try again" button beside that message, and beside the saved-copy note.
 * @csspart saved-note - "Saved copy from <date>", shown when the network failed and an earlier copy is used.
 *
 * @cssprop [--care-accent=currentColor] - Accent colour: links, focus ring, highlights. Set it to give the widgets colour.
 * @cssprop [--care-text=inherit] - Text colour (default: the page's).
 * @cssprop [--care-muted=inherit] - Colour of quiet text, such as the saved-copy note (default: the text colour).
 * @cssprop [--care-link=var(--care-accent)] - Link colour.
 * @cssprop [--care-surface=color-mix(in srgb, currentColor 7%, transparent)] - Background of messages and boxes: a faint tint of the text colour.
 * @cssprop [--care-border=color-mix(in srgb, currentColor 85%, transparent)] - Borders of buttons and fields; the default keeps 3:1 contrast on any page whose text has 4.5:1.
 * @cssprop [--care-font=inherit] - Font family (default: the page's).
 * @cssprop [--care-font-size=inherit] - Text size (default: the page's body text); everything inside scales with it.
 * @cssprop [--care-radius=0.5em] - Corner radius of boxes and buttons.
 * @cssprop [--care-space=0.75em] - Inner spacing.
 * @cssprop [--care-control-size=max(2.75em, 44px)] - Height of buttons and fields; keep it at least 44 px for fingers.
 * @cssprop [--care-focus-ring=3px solid var(--care-accent)] - Outline of whatever has keyboard focus.
 */
export class CareElement extends UpdatingElement {
  static override styles: CSSResultGroup = [tokens];
  static override properties: PropertyDeclarations = {
    feed: { attribute: false },
    src: {},
    lang: {},
    now: { attribute: false },
    contextSrc: { state: true },
    feedState: { state: true },
    strings: { state: true },
  };

  /** The feed as an object; wins over every other source. `null` is none, as `undefined` is. */
  feed?: unknown;

  /** URL of the feed, relative to the page. */
  src?: string;

  /** UI and content language; else the nearest `lang` up the page, then the feed's. Reflected to the attribute, as every element's `lang` is. */
  override lang = '';

  /** The clock. Set it to show the widget as at another moment (tests, previews). */
  now?: Date;

  /** The feed URL of the nearest `<care-feed>`, kept up to date as it changes. */
  protected contextSrc?: string;

  protected feedState: FeedState = { status: 'loading' };
  protected strings: LoadedStrings = en;

  /** The feed sections this widget shows: their rules travel with the widget's code (src/feed/sections). */
  protected static sections: readonly FeedSection[] = [];

  /** What a widget's own attributes must hold, by property (attributes.ts); `src`, `lang` and yes/no attributes are checked for every widget. */
  protected static attributeRules: AttributeRules = {};

  /** English for every string this widget uses: the shared ones, plus a widget's own (see session-finder/strings.ts). */
  protected static englishStrings: LoadedStrings = en;
  /** A widget's own strings in other languages (its locales/ folder); the shared ones load beside them. */
  protected static localeStrings: LocaleLoaders = {};

  #loadToken = 0;
  /** What the feed state shown (loading, loaded or failed) comes from: the `feed` object, the inline text or the URL. */
  #shownSource?: unknown;
  /** The language whose strings were asked for last. */
  #stringsLang?: string;
  /** Whether those strings are still on their way. */
  #waiting?: boolean;
  /** The language the strings shown are in ('en' when another's could not be fetched); none before the first arrive. */
  #wordsLang?: string;
  /** A feed state to show once the strings of its language are here, and what to do then (tell the page). */
  #held?: [FeedState, (() => void)?];

  /** The current time: `now` when set, else the real clock. */
  protected get currentTime(): Date {
    return this.now ?? new Date();
  }

  get #feedLang(): string | undefined {
    const state = this.#held?.[0] ?? this.feedState;
    return state.status === 'ready' ? state.feed.organization.language : undefined;
  }

  /**
   * The language asked for: own attribute, then the page's nearest `lang`, then the feed's; in its
   * canonical form (`iw` → `he`, `ES` → `es`), or English when Intl cannot read it (`es-a`).
   */
  protected get requestedLang(): string {
    // A page's lang written as some sites write it, `es_MX`, is the language it names.
    let tag = this.lang?.trim() || inheritedLang(this.parentNode)?.replace(/_/g, '-');
    // A page's own lang may be malformed otherwise too (`english`); it is not the widget's to warn about.
    if (!isLang(tag)) tag = this.#feedLang ?? 'en';
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return 'en';
    }
  }

  /**
   * Text direction of the UI strings shown: right to left for Arabic or Hebrew, but left to right
   * when a right-to-left language has no strings yet and the UI falls back to English (feed text
   * carries dir="auto" and lays itself out). Set on the widget's inner root, never on the page's host.
   */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.uiLang);
  }

  /** A feed Text in the widget's language (feed-format.md, principle 4). */
  protected text(value: Text | undefined): string {
    return this.localText(value).value;
  }

  /** A feed Text and the language it came out in, for a `lang` attribute where it may differ from the widget's. */
  protected localText(value: Text | undefined): LocalText {
    const feedLang = this.#feedLang;
    const picked = pickText(value, languageOrder(this.requestedLang, feedLang));
    // A plain string is taken to be in the feed's own language.
    return { value: picked.value, lang: picked.lang ?? feedLang };
  }

  /**
   * The language of the UI strings actually shown (English when the asked-for one is not shipped, or its
   * file could not be fetched; the one before while a new one is on its way), with the region asked for
   * (`ar-EG`, `en-GB`), as numbers and dates follow it; a locale of a longer or sibling tag (a site's
   * `pt-br` on a `pt` page) is named as it is, being what the strings are written in.
   */
  protected get uiLang(): string {
    const tag = this.#wordsLang ?? this.requestedLang;
    const locale = pickLocale(tag);
    return tag.startsWith(locale) ? tag : locale;
  }

  /** A UI string, with placeholders filled; before the first strings of the widget's language arrive, a blank that keeps a line's height. */
  protected t(key: StringKey | keyof PluralStrings, values?: Record<string, string | number>): string {
    if (!this.#wordsLang) return '\u00a0';
    const template = this.strings[key] ?? (this.constructor as typeof CareElement).englishStrings[key] ?? key;
    return values ? format(template, values, this.uiLang) : template;
  }

  #allStrings?: { from: LoadedStrings; all: LoadedStrings };
  /** Every string in the UI language, English where the locale lacks one (for code labels, which look keys up by pattern). */
  protected get allStrings(): LoadedStrings {
    if (this.#allStrings?.from !== this.strings) this.#allStrings = { from: this.strings, all: { ...(this.constructor as typeof CareElement).englishStrings, ...this.strings } };
    return this.#allStrings.all;
  }

  /**
   * Takes in what a part of the widget loaded on demand brings (its details, its checking code):
   * its English strings join the widget's (translations hold every key already), its styles the
   * shadow root's.
   */
  protected takePart(englishStrings: LoadedStrings, styles: readonly StyleSheetSource[] = []): void {
    Object.assign((this.constructor as typeof CareElement).englishStrings, englishStrings);
    this.#allStrings = undefined;
    this.adoptStyles(styles);
  }

  /** Reads the feed again when its inline JSON child arrives or changes: the parser may add it after the widget upgraded. */
  readonly #childWatcher = new MutationObserver(() => this.feed == null && this.#inlineFeedText() !== this.#inlineRead && this.#loadFeedSource());
  /** The inline feed text last read. */
  #inlineRead?: string;
  /**
   * "Try again" pressed on another widget of the same feed URL: follow it. Back online (`online`, no detail), a
   * feed that failed or a saved copy is asked for again, quietly: what is shown stays until the answer comes.
   */
  readonly #onRetry = (event: Event) => {
    const { detail } = event as CustomEvent<string | undefined>;
    if ((this.feedState.status !== 'ready' || this.feedState.saved) && this.#feedUrl && (detail ?? this.#shownSource) === this.#feedUrl) {
      this.#loadFeedSource(true, !detail);
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The nearest `<care-feed>`'s feed URL, and every change of it (feed/context.ts); one whose code comes later has
    // this widget ask again.
    askForSource(this, (src) => (this.contextSrc = src));
    this.#childWatcher.observe(this, { childList: true, subtree: true, characterData: true });
    feedRetries.addEventListener('retry', this.#onRetry);
    addEventListener('online', this.#onRetry);
    widgets.add(this);
    // A `lang` up the page changed: every widget takes its language again (its own `lang` wins, as before).
    langWatcher ??= new MutationObserver(() => widgets.forEach((widget) => widget.requestUpdate('lang', 0)));
    // Watched in the page and in each shadow root the widget is in (another component's), which the page's watch
    // does not see into; watching a root again changes nothing.
    for (let root: Node | undefined = this.getRootNode(); root; root = (root as ShadowRoot).host?.getRootNode()) langWatcher.observe(root, { attributeFilter: ['lang'], subtree: true });
    // Back on the page, perhaps somewhere else: the feed's sources are read again, in the next update
    // (once, whatever else changed with the move).
    this.requestUpdate('feed', 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopAsking(this);
    this.#childWatcher.disconnect();
    feedRetries.removeEventListener('retry', this.#onRetry);
    removeEventListener('online', this.#onRetry);
    widgets.delete(this);
  }

  /** A widget's feed, as the on-page check (#care-check) shows it. @internal */
  static feedStateOf(widget: CareElement): FeedState {
    return widget.feedState;
  }

  /** The absolute URL this widget's feed comes from, if it comes from one. */
  get #feedUrl(): string | undefined {
    return feedAddress(this.src) ?? this.contextSrc;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // `lang` set as a property (a framework such as Vue sets it so) is written to the attribute, as the standard `lang`
    // is, for the page's CSS and scripts; one the attribute set, or removed, is its own already. A malformed value is
    // left as written: its warning takes no value in its place (which would be written too), and the page's is used.
    // Undefined or null (React drops a prop so) removes it, as never written, where it would still name the language gone;
    // not a malformed one, which the check below set aside as undefined.
    const written = this.getAttribute('lang');
    if (changed.has('lang') && this.lang !== (written ?? '')) this.lang != null ? this.setAttribute('lang', this.lang) : isLang(written) && this.removeAttribute('lang');
    checkAttributes(this, changed, { src: urlRule, lang: { ...languageRule, fallback: undefined }, ...(this.constructor as typeof CareElement).attributeRules });
    if (!this.hasUpdated || changed.has('feed') || changed.has('src') || changed.has('contextSrc')) this.#loadFeedSource();
    this.#loadStrings();
  }

  /**
   * Asks for the strings of the widget's language when it changed, and shows a feed state held for them once
   * they are here. Until then the widget shows what it showed, in the words it showed it in: a visitor never
   * sees a list or a message in English (or in the page's previous language) while their own is on its way.
   */
  #loadStrings(): void {
    const lang = this.requestedLang;
    if (lang !== this.#stringsLang) {
      this.#stringsLang = lang;
      this.#waiting = true;
      const strings = stringsFor(lang, (this.constructor as typeof CareElement).localeStrings);
      const take = (loaded?: LoadedStrings) => {
        if (this.#stringsLang !== lang) return;
        this.#waiting = false;
        // A file that could not be fetched: the whole widget in English, marked so, rather than English words laid
        // out and voiced as the language asked for. Not remembered: a later widget, or language, asks again.
        this.#wordsLang = loaded ? lang : 'en';
        this.strings = loaded ?? {};
        this.#loadStrings();
      };
      if (strings instanceof Promise) void strings.then(take);
      else take(strings);
    } else if (this.#held && !this.#waiting) {
      const [state, then] = this.#held;
      this.#held = undefined;
      this.feedState = state;
      then?.();
    }
  }

  /** Shows a feed state once the strings of its language are here (at once when they are). */
  #show(state: FeedState, then?: () => void): void {
    this.#held = [state, then];
    this.#loadStrings();
  }

  /** Reads the inline `<script type="application/json">` child, if any. */
  #inlineFeedText(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /** Set once this widget has waited its few seconds for an element around it, not defined yet, to turn out to be its <care-feed>. */
  #waited?: boolean;

  /** Stops the load of a source this widget no longer shows (loadFeed stops the download when no widget waits on it). */
  #stopLoad?: AbortController;

  /**
   * Reads the feed from its source; `again` when the person asked ("Try again"), else the source already shown is kept;
   * `quietly` (back online) keeps what is shown until the answer comes, and focus where it is.
   */
  #loadFeedSource(again?: boolean, quietly?: boolean): void {
    // `feed = null` is no feed property, as a framework writes "not loaded yet".
    const inline = (this.#inlineRead = this.feed == null ? this.#inlineFeedText() : undefined);
    const src = this.#feedUrl;
    const source = this.feed ?? inline ?? src;
    // The same source as what is shown (the widget moved in the page, its <care-feed> answered again): what the person
    // sees stays as it is, and a load still under way goes on; "Loading…" again, or the feed read afresh, would lose
    // their place and what they typed, and tell the page of a second load.
    if (source && source === this.#shownSource && !again) return;
    this.#shownSource = source;
    const token = ++this.#loadToken;
    const stopLast = this.#stopLoad;
    this.#stopLoad = new AbortController();
    const { sections } = this.constructor as typeof CareElement;
    if (this.feed != null || inline !== undefined) {
      try {
        this.#showFeed(readSections(readCore(this.feed ?? inline), sections), token);
      } catch (error) {
        this.#showError(error as FeedError);
      }
    } else if (src) {
      // Focus in the widget (on "Try again") comes back into it once the answer has replaced what it was on.
      const shown = this.feedState as FeedState & { error?: FeedError; saved?: unknown };
      if (quietly) this.#returnFocus ||= document.activeElement === this;
      // Tried again after a failure, or beside a saved copy: the message, or the copy and its note, keep their place,
      // the live region saying "Loading…", then the answer, which a region put in anew is often not heard saying.
      else this.#show(again && (shown.error || shown.saved) ? ({ ...shown, retrying: true } as FeedState) : { status: 'loading' });
      loadFeed(src, { signal: this.#stopLoad.signal }).then(
        // A stale answer never overwrites a newer source. A saved copy again says when it was tried, as a failure does.
        (loaded) => token === this.#loadToken && this.#showFeed({ ...readSections(loaded.checked, sections), saved: loaded.saved }, token, again),
        (error: FeedError) => token === this.#loadToken && this.#showError(error, again),
      );
    } else if (document.readyState === 'loading') {
      // A script in the page's <head>: the inline feed may not be parsed yet (the child watcher sees it arrive), nor
      // the <care-feed> around this widget.
      this.#show({ status: 'loading' });
      document.addEventListener('DOMContentLoaded', () => token === this.#loadToken && this.#loadFeedSource(), { once: true });
    } else {
      const wait = waitForFeedAround(this, this.#waited);
      if (wait === undefined) {
        this.#showError(new FeedError('no-feed', 'no-feed', this.localName));
      } else {
        this.#show({ status: 'loading' });
        if (wait < Infinity) {
          setTimeout(() => {
            this.#waited = true;
            if (token === this.#loadToken) this.#loadFeedSource();
          }, wait);
        }
      }
    }
    // After the new load has joined a request of the same URL, so that one is not stopped for it.
    stopLast?.abort();
    codeArrived(this);
  }

  /**
   * Shows a checked feed as soon as the strings of its language are here (at
   * once, mostly). The page hears of it (`care-feed-load`, and the console for
   * problems) once it shows and the problems have their messages, which are
   * loaded only for a feed that has some; by then a newer source may have
   * taken over, and this answer is dropped.
   */
  #showFeed(loaded: ParsedFeed & Pick<LoadedFeed, 'saved'>, token: number, again?: boolean): void {
    const { feed, problems, saved } = loaded;
    const announce = () => {
      if (token !== this.#loadToken) return;
      if (problems.length > 0) {
        console.warn(`<${this.localName}>: the feed has ${problems.length} problem(s); the rest is shown.`, problems.map((p) => (p.path ? `${problemPlace(p)}: ${p.message}` : p.message)));
      }
      emit(this, 'care-feed-load', { feed, problems, skipped: problems.filter((p) => p.skipped), savedAt: saved?.at });
      if (saved) this.#reportError(saved.error, saved.at);
    };
    this.#show({ status: 'ready', feed, problems, saved, triedAt: again ? this.currentTime : undefined }, () => (problems.length > 0 ? void explainProblems(problems).then(announce) : announce()));
  }

  /** `again`: the answer to "Try again" (or to coming back online), which says when it was tried, so that a failure again is told. */
  #showError(error: FeedError, again?: boolean): void {
    if (!(error instanceof FeedError)) error = new FeedError('network', 'network', this.#feedUrl ?? '', String(error));
    this.#show({ status: 'error', error, triedAt: again ? this.currentTime : undefined }, () => this.#reportError(error));
  }

  /**
   * Tells the page (`care-feed-error`, and the console) once the error has its words, unless the widget has moved on
   * to another source by then; with the date of the saved copy shown instead, so whoever keeps the page learns that
   * the live feed is failing.
   */
  #reportError(error: FeedError, savedAt?: string): void {
    const token = this.#loadToken;
    void explainError(error).then(() => {
      // Its words may come after a newer source has shown (a feed set on a widget that had none): that one is told.
      if (token !== this.#loadToken) return;
      console.warn(`<${this.localName}>: ${savedAt ? `visitors see a saved copy from ${new Date(savedAt).toLocaleDateString()}, as the live feed failed. ` : ''}${error.message}`);
      emit(this, 'care-feed-error', { code: error.code, message: error.message, savedCopy: !!savedAt });
    });
  }

  /** Set by "Try again": focus comes back into the widget once it shows the answer. */
  #returnFocus = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The button pressed went with the failure: focus goes to the next "Try again", or the widget's first control,
    // rather than to the page (unless the person has gone on elsewhere meanwhile).
    if (this.#returnFocus && this.feedState.status !== 'loading' && !(this.feedState as Tried).retrying) {
      this.#returnFocus = false;
      if (document.activeElement === document.body) (this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('a[href], button, input, select, summary'))?.focus();
    }
  }

  /** Asks the network again after a failure (the "Try again" button). */
  protected retry(): void {
    this.#returnFocus = true;
    const url = this.#feedUrl;
    if (!url) return this.#loadFeedSource(true);
    forgetFeed(url);
    // Every widget showing this URL's failure follows (this one included).
    feedRetries.dispatchEvent(new CustomEvent('retry', { detail: url }));
  }

  /**
   * The calm error message a visitor sees, in their language, and when "Try again" last failed; `more`, what a
   * widget adds (the finder's and the lookup's word on an emergency).
   */
  protected renderError(error: FeedError, more = ''): TemplateResult {
    const status = error.code.startsWith('http-') ? Number(error.code.slice(5)) : 0;
    // 429: too many requests, a busy server, not a missing feed.
    const key = (status >= 500 || status === 429 ? 'error.server' : status ? 'error.http' : `error.${error.code}`) as StringKey;
    const canRetry = error.code !== 'no-feed' && !!this.#feedUrl;
    return this.renderProblem(`${this.t(key)}${this.#tried} ${more}`, canRetry ? this.retry : undefined, (this.feedState as Tried).retrying);
  }

  /** " Tried again at 10:42 AM." when "Try again" (or coming back online) failed again, in the visitor's time format. */
  get #tried(): string {
    const { triedAt } = this.feedState as Tried;
    return triedAt ? ` ${this.t('triedAgain', { time: new Intl.DateTimeFormat(this.uiLang, { timeStyle: 'short' }).format(triedAt) })}` : '';
  }

  /**
   * The calm error box: what happened, and "Try again" where trying again can help. For the feed,
   * and for a part of the widget that comes after its first screen (a session's details) when that
   * part could not be fetched.
   */
  protected renderProblem(message: string, retry?: () => void, busy?: boolean): TemplateResult {
    return html`<div part="error" class="state" role="status">
      <span>${busy ? this.t('loading') : `${this.t('errorTitle')} ${message}`}</span>
      ${retry
        ? html`<button type="button" class="button" part="retry" @click=${(e: Event) => {
            // The button goes with the message: focus stays on the disclosure it was in, not on the page.
            (e.currentTarget as Element).closest('details')?.querySelector('summary')?.focus();
            retry.call(this);
          }}>${this.t('retry')}</button>`
        : nothing}
    </div>`;
  }

  /**
   * The quiet "saved copy from <date>" note when a saved copy is shown, with "Try again": the network may be back. A live
   * region, as the error's message is: "Loading…" while it asks again, then the copy's date and when it was tried.
   */
  protected renderSavedNote(): TemplateResult | typeof nothing {
    const state = this.feedState;
    if (state.status !== 'ready' || !state.saved) return nothing;
    const date = new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'long' }).format(new Date(state.saved.at));
    return html`<p class="saved-note" part="saved-note" role="status">${state.retrying ? this.t('loading') : `${this.t('savedCopy', { date })}${this.#tried}`}
      <button type="button" class="button" part="retry" @click=${() => this.retry()}>${this.t('retry')}</button></p>`;
  }
}
