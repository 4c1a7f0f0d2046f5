import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { PropertyValues, PropertyDeclarations } from '../internal/updating-element.js';
import { CareElement } from '../internal/care-element.js';
import { emit } from '../internal/events.js';
import { landmarkName } from '../internal/landmark-name.js';
import './events.js';
import type { Feed, Message } from '../feed/types.js';
import type { LocalText } from '../feed/text.js';
import { messagesSection } from '../feed/sections/messages.js';
import { en } from '../i18n/en.js';
import { bannerEn } from './strings.js';
import { bannerLocales } from './locales/index.js';
import { DEFAULT_INTERVAL, MAX_TIMEOUT_MS, dismissalKey, isShowing, nextWindowChange, rotationDelay } from './active-messages.js';
import { readDismissals, rememberDismissal } from './dismissals.js';
import { bannerStyles } from './awareness-banner.styles.js';
import * as icons from './icons.js';

// None on a server (an app's server-side rendering imports the package in Node), where no banner is ever made.
const REDUCED_MOTION = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
/** The banners on the page: a message dismissed in one goes from the others too. */
const banners = new Set<CareAwarenessBanner>();

/**
 * @tagname care-awareness-banner
 * @summary Short awareness messages from the feed: urgent ones stay put, the others rotate with pause, previous and next.
 *
 * @fires {HTMLElementEventMap['care-feed-load']} care-feed-load - The feed was read. detail: { feed, problems, skipped, savedAt? }
 * @fires {HTMLElementEventMap['care-feed-error']} care-feed-error - The feed could not be used. detail: { code, message, savedCopy }
 * @fires {HTMLElementEventMap['care-message-dismiss']} care-message-dismiss - A person dismissed a message. detail: { id }
 *
 * @csspart base - The banner's frame, which keeps its space while the feed loads.
 * @csspart message - A rotating message.
 * @csspart urgent - An urgent message; it never rotates away.
 * @csspart text - A message's text.
 * @csspart link - A message's link.
 * @csspart controls - The group of buttons beside a message.
 * @csspart control - Each button: previous, pause or play, next, dismiss.
 * @csspart dismiss - The dismiss button (also a `control`).
 * @csspart position - "Message 2 of 3".
 * @csspart error - The calm message shown when the feed cannot be used.
 * @csspart retry - The "Try again" button.
 * @csspart saved-note - "Saved copy from <date>", when the network failed and an earlier copy is shown.
 *
 * @cssprop [--care-banner-min-height=4.5em] - Space kept while the feed loads, so the page does not jump (7.5em on a narrow screen).
 * @cssprop [--care-accent=currentColor] - Accent colour: the edge of a message, links, focus ring.
 * @cssprop [--care-surface=color-mix(in srgb, currentColor 7%, transparent)] - Background of an info message.
 * @cssprop [--care-hope-surface=rgb(46 139 112 / 0.12)] - Background of a hope message.
 * @cssprop [--care-urgent=#c4314b] - Edge colour of an urgent message.
 * @cssprop [--care-urgent-surface=rgb(196 49 75 / 0.12)] - Background of an urgent message.
 * @cssprop [--care-border=color-mix(in srgb, currentColor 85%, transparent)] - Border of the buttons.
 */
export class CareAwarenessBanner extends CareElement {
  static override styles = [CareElement.styles, bannerStyles];
  static override properties: PropertyDeclarations = {
    interval: { type: Number },
    noDismiss: { type: Boolean, attribute: 'no-dismiss' },
    shownId: { state: true },
    paused: { state: true },
    pointerInside: { state: true },
    focusInside: { state: true },
    dismissed: { state: true },
  };

  protected static override sections = [messagesSection];
  protected static override englishStrings = { ...en, ...bannerEn };
  protected static override localeStrings = bannerLocales;

  /** Seconds each message shows before the next one: 5 or more (a smaller number counts as 5). */
  interval = 8; // DEFAULT_INTERVAL, written out for the manifest

  /** Hides the dismiss button, and shows messages dismissed before. */
  noDismiss = false;

  /** The rotating message shown, by id: it stays shown while others come and go before it (a window closing). */
  private shownId?: string;
  /** Its place among the rotating messages, worked out before each render. */
  #index = 0;
  /** Paused by the person (or by reduced motion); stays paused until they press play. */
  private paused = REDUCED_MOTION.matches;
  private pointerInside = false;
  private focusInside = false;
  private dismissed = readDismissals();
  /** The text the polite live region holds, with its language: set once, so rotation is not announced again and again. */
  #announcement?: LocalText;

  #rotationTimer?: ReturnType<typeof setTimeout>;
  /** The message the rotation countdown runs for, if one runs. */
  #timedId?: string;
  #rotationMs = DEFAULT_INTERVAL * 1000;
  /** Fires when a message's window next opens or closes, to show what is current then. */
  #windowTimer?: ReturnType<typeof setTimeout>;

  /** Messages showing now, worked out before each render. */
  #showing: Message[] = [];
  /** The message announced: undefined until a feed's first render, null once the announcement is over. */
  #announcedId?: string | null;

  get #rotating(): Message[] {
    return this.#showing.filter((m) => m.tone !== 'urgent');
  }

  /** A visitor who turns on reduced motion while the page is open: the messages stop there. */
  readonly #onMotionChange = () => (this.paused ||= REDUCED_MOTION.matches);

  override connectedCallback(): void {
    super.connectedCallback();
    banners.add(this);
    REDUCED_MOTION.addEventListener('change', this.#onMotionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    banners.delete(this);
    REDUCED_MOTION.removeEventListener('change', this.#onMotionChange);
    clearTimeout(this.#rotationTimer);
    this.#timedId = undefined;
    clearTimeout(this.#windowTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('interval')) {
      const { ms, problem } = rotationDelay(this.interval);
      // A new interval starts the message shown on its countdown again, with the new length, rather than after the old one.
      if (ms !== this.#rotationMs) this.#timedId = undefined;
      this.#rotationMs = ms;
      if (problem) console.warn(`<${this.localName}>: interval="${this.getAttribute('interval') ?? this.interval}" ${problem}`);
    }
    this.#showing = this.feedState.status === 'ready' ? this.#messagesShowingNow(this.feedState.feed) : [];
    const rotating = this.#rotating;
    // The message shown stays, paused or not, when one before it goes; when it goes itself, the one after it takes its place.
    const at = rotating.findIndex((m) => m.id === this.shownId);
    this.#index = at < 0 ? (this.#index < rotating.length ? this.#index : 0) : at;
    this.shownId = rotating[this.#index]?.id;
    // The polite region is filled once, with the message shown first, and emptied for good when another shows (or that
    // one goes): a screen reader reading down the page then finds the message on screen, not the first one again. A new
    // feed (another source) fills it with its own first message.
    if (changed.has('feedState')) this.#announcedId = undefined;
    const announced = this.#announcedId === undefined ? rotating[this.#index] : rotating.find((m) => m.id === this.#announcedId && m.id === this.shownId);
    this.#announcedId = announced?.id ?? null;
    this.#announcement = announced && this.localText(announced.text);
  }

  #messagesShowingNow({ messages, organization }: Feed): Message[] {
    const now = this.currentTime;
    // Dismissed under the key of the text shown, or under the key kept until now: a hash of the Text as written, the
    // same for a plain string, and for a translation map what browsers hold from earlier visits.
    return messages.filter((m) => isShowing(m, now, organization.timezone) && (this.noDismiss || ![this.text(m.text), m.text].some((t) => this.dismissed.has(dismissalKey(m.id, t)))));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#scheduleRotation();
    if (changed.has('feedState') || changed.has('now')) this.#scheduleWindowCheck();
  }

  /** One timer, for the next moment a message's window opens or closes; none while `now` holds the clock still. */
  #scheduleWindowCheck(): void {
    clearTimeout(this.#windowTimer);
    if (this.now || this.feedState.status !== 'ready') return;
    const { messages, organization } = this.feedState.feed;
    const next = nextWindowChange(messages, new Date(), organization.timezone);
    if (!next) return;
    // A change further away than setTimeout can wait is reached in steps.
    this.#windowTimer = setTimeout(() => {
      this.requestUpdate();
      this.#scheduleWindowCheck();
    }, Math.min(next.getTime() - Date.now(), MAX_TIMEOUT_MS));
  }

  /**
   * Starts the countdown to the next message when the message shown changes or rotation resumes, and stops it when
   * rotation stops: not at every render (strings arriving, a window check), which would hold a message longer.
   */
  #scheduleRotation(): void {
    const id = this.#rotating.length > 1 && !this.paused && !this.pointerInside && !this.focusInside ? this.shownId : undefined;
    if (id === this.#timedId) return;
    clearTimeout(this.#rotationTimer);
    if ((this.#timedId = id)) this.#rotationTimer = setTimeout(() => this.#step(1), this.#rotationMs);
  }

  /**
   * Whether focus on this node keeps the message shown: on anything in the banner but the pause or play button, which
   * would otherwise make Play, pressed from the keyboard, start nothing until focus left (the WAI-ARIA carousel example
   * leaves its rotation button out alike).
   */
  #holdsMessage(node: EventTarget | null): boolean {
    return node instanceof Node && this.renderRoot.contains(node) && !(node as Element).classList?.contains('rotation');
  }

  #step(by: number): void {
    const rotating = this.#rotating;
    const count = rotating.length;
    if (count > 0) this.shownId = rotating[(this.#index + by + count) % count].id;
  }

  #dismiss(message: Message): void {
    // The last message goes, and the banner with it: focus goes to what comes next on the page that takes it and is
    // seen (heard, and ringed, as a Tab would reach it), or, when nothing does, stays where the banner was, rather
    // than falling to the top of the page. An urgent message takes its button with it: focus goes to the next
    // message's dismiss button.
    if (this.#showing.length === 1) {
      const next = [...(this.getRootNode() as ParentNode).querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,summary,[tabindex]')].find(
        (e) => this.compareDocumentPosition(e) === Node.DOCUMENT_POSITION_FOLLOWING && e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.checkVisibility?.() !== false,
      );
      this.tabIndex = -1;
      (next ?? this).focus();
    }
    const key = dismissalKey(message.id, this.text(message.text));
    rememberDismissal(key);
    banners.forEach((banner) => (banner.dismissed = new Set(banner.dismissed).add(key)));
    void this.updateComplete.then(() => this.renderRoot.activeElement ?? this.renderRoot.querySelector<HTMLElement>('.dismiss')?.focus());
    emit(this, 'care-message-dismiss', { id: message.id });
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    const hidden = state.status === 'ready' && this.#showing.length === 0;
    // The outer box is the container the narrow layout queries (tokens.styles.ts); the frame inside it takes the narrow height.
    return html`<div><div
      part="base"
      class="frame"
      dir=${this.direction}
      lang=${this.uiLang}
      ?hidden=${hidden}
      aria-busy=${String(state.status === 'loading')}
      @pointerenter=${() => (this.pointerInside = true)}
      @pointerleave=${() => (this.pointerInside = false)}
      @focusin=${(e: FocusEvent) => (this.focusInside = this.#holdsMessage(e.target))}
      @focusout=${(e: FocusEvent) => (this.focusInside = this.#holdsMessage(e.relatedTarget))}
    >
      <p role="status" class="visually-hidden" lang=${this.#announcement?.lang ?? nothing}>${this.#announcement?.value}</p>
      ${state.status === 'error' ? this.renderError(state.error) : nothing}
      ${state.status === 'ready' ? this.#renderMessages(state.feed) : nothing}
    </div></div>`;
  }

  #renderMessages({ messages }: Feed): TemplateResult {
    const rotating = this.#rotating;
    const current = rotating[this.#index];
    // Rotating by itself, the message is not read out at each turn; stopped (paused, or the person is on it), a change
    // they made (Previous, Next) is (the WAI-ARIA carousel pattern).
    const live = rotating.length > 1 && !this.paused && !this.pointerInside && !this.focusInside ? 'off' : 'polite';
    // Urgent messages keep one place each among all the feed's messages, so one that goes (dismissed, its window
    // closed) takes only its own element with it. Lit reuses elements by position: in a list of only those showing,
    // the next message would take over the element of the one that went, and its alert be read out again.
    return html`
      ${messages.map((m) =>
        m.tone === 'urgent' && this.#showing.includes(m)
          ? html`<div part="urgent" class="message urgent" role="alert">${this.#renderBody(m)}${this.#renderDismiss(m)}</div>`
          : nothing,
      )}
      ${current
        ? html`<section part="message" class="message ${current.tone}" aria-label=${landmarkName(this, this.t('bannerLabel'), this.uiLang)}>
            ${this.#renderBody(current, live)}${this.#renderRotationControls(rotating.length)}${this.#renderDismiss(current)}
          </section>`
        : nothing}
      ${this.renderSavedNote()}
    `;
  }

  #renderBody(message: Message, live?: string): TemplateResult {
    const link = message.link;
    const text = this.localText(message.text);
    // The link's words are the feed's, in the language they came out in, or "Learn more" in the widget's.
    const words = link && this.localText(link.text);
    // The message's link takes nothing of the page's address to the site it leads to (`rel="noreferrer"`), whatever the page's own policy.
    // The space before it ends the text's own words: Chromium leaves a space that stands alone in its text, after another part
    // of the template, out of what it reads (the dismiss button's description ran "…how you feel.Find a peer circle").
    return html`<p part="text" class="text" id="m-${message.id}" lang=${text.lang ?? nothing} dir="auto" aria-live=${live ?? nothing}>
      ${words ? `${text.value} ` : text.value}${words ? html`<a part="link" href=${link.url} rel="noreferrer" lang=${(words.value ? words.lang : this.uiLang) ?? nothing}>${words.value || this.t('learnMore')}</a>` : nothing}
    </p>`;
  }

  /** Previous, pause or play, and next, with "Message 2 of 3"; only when several messages rotate. */
  #renderRotationControls(count: number): TemplateResult | typeof nothing {
    if (count < 2) return nothing;
    return html`<div part="controls" class="controls">
      <span part="position" class="position">${this.t('messagePosition', { current: this.#index + 1, total: count })}</span>
      <button type="button" part="control" class="button control flip" aria-label=${this.t('previousMessage')} @click=${() => this.#step(-1)}>${icons.previous}</button>
      <button type="button" part="control" class="button control rotation" aria-label=${this.t(this.paused ? 'playMessages' : 'pauseMessages')} @click=${() => (this.paused = !this.paused)}>
        ${this.paused ? icons.play : icons.pause}
      </button>
      <button type="button" part="control" class="button control flip" aria-label=${this.t('nextMessage')} @click=${() => this.#step(1)}>${icons.next}</button>
    </div>`;
  }

  #renderDismiss(message: Message): TemplateResult | typeof nothing {
    if (this.noDismiss) return nothing;
    // Described by its message: with urgent ones showing there are several "Dismiss message" buttons.
    return html`<button type="button" part="control dismiss" class="button control dismiss" aria-label=${this.t('dismissMessage')} aria-describedby="m-${message.id}" @click=${() => this.#dismiss(message)}>
      ${icons.close}
    </button>`;
  }
}
