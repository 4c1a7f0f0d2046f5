import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { PropertyDeclarations, PropertyValues } from '../internal/updating-element.js';
import { CareElement } from '../internal/care-element.js';
import { landmarkName } from '../internal/landmark-name.js';
import { feedText } from '../internal/feed-text.js';
import { asciiNumber } from '../internal/ascii-number.js';
import { warnAttribute } from '../internal/attributes.js';
import { emit } from '../internal/events.js';
import { onDemand } from '../internal/on-demand.js';
import { type Text, type Volunteering, type VolunteerRole } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';
import { en, type LoadedStrings, type StringKey } from '../i18n/en.js';
import {
  emptyAnswers, MESSAGE_MAX, PARTS_OF_DAY, requiredAge, restoreDraft, SLOTS,
  type Answers, type FieldName, type Problem,
} from './answers.js';
import { draftFor } from './draft.js';
// The declaration file keeps this import, not the type-only one: the signup's entry types its events.
import './events.js';
import type { VolunteerFailedDetail } from './events.js';
import { lostConnection, mailtoHref, type FailureReason } from './fallbacks.js';
import type { SendResult } from './send.js';
import { newSubmissionId } from './submission-id.js';
import { signupEn } from './strings.js';
import { signupLocales } from './locales/index.js';
import { volunteeringSection } from '../feed/sections/volunteering.js';
import { fieldStyles } from '../internal/fields.styles.js';
import { signupStyles } from './volunteer-signup.styles.js';

type Deliver = typeof import('./deliver.js');
/** The code that checks and sends; a try after one that failed asks the network again (on-demand.ts). */
const loadDeliver = () => onDemand(() => import('./deliver.js'), import.meta.url);
type TextField = 'name' | 'email' | 'phone' | 'languages' | 'message';
const TEXT_FIELDS: readonly string[] = ['name', 'email', 'phone', 'languages', 'message'];
/** The limit, for the words of a message over it. */
const MAX = { max: MESSAGE_MAX };

/**
 * @tagname care-volunteer-signup
 * @summary Signs up volunteers for the feed's roles; nothing typed is lost to a bad connection or left behind after.
 *
 * @fires {HTMLElementEventMap['care-feed-load']} care-feed-load - The feed was read. detail: { feed, problems, skipped, savedAt? }
 * @fires {HTMLElementEventMap['care-feed-error']} care-feed-error - The feed could not be used. detail: { code, message, savedCopy }
 * @fires {HTMLElementEventMap['care-volunteer-submit']} care-volunteer-submit - Before each attempt to send; cancelable (the page then sends it itself). detail: the payload
 * @fires {HTMLElementEventMap['care-volunteer-sent']} care-volunteer-sent - The endpoint accepted the signup. detail: { submissionId, status }
 * @fires {HTMLElementEventMap['care-volunteer-failed']} care-volunteer-failed - An attempt failed; the answers stay. detail: { submissionId, reason, message, status? }
 *
 * @csspart base - The whole signup.
 * @csspart form - The form.
 * @csspart roles - The group of roles to choose from.
 * @csspart role - One role, with its time, training and age.
 * @csspart problems - The list of answers to check, shown after an attempt to send.
 * @csspart field-error - A field's own message: what to check in it.
 * @csspart failure - What went wrong when sending, with Try again and the email fallback.
 * @csspart thanks - The thank-you message once the signup is accepted.
 * @csspart empty - The message when the feed has no volunteer signup.
 * @csspart button - Buttons: send, clear, try again, email instead.
 * @csspart retry - "Try again": after a failed send (also a `button`), and beside the message when the feed cannot be used or the saved-copy note.
 * @csspart loading - "Loading…", while the feed loads.
 * @csspart error - The calm message shown when the feed cannot be used.
 * @csspart saved-note - "Saved copy from <date>", when the network failed and an earlier copy is shown.
 *
 * @cssprop [--care-accent=currentColor] - Accent colour: links, focus ring, checkboxes, the chosen roles' edge, the Send button.
 * @cssprop [--care-surface=color-mix(in srgb, currentColor 7%, transparent)] - Background of the roles.
 * @cssprop [--care-hope-surface=rgb(46 139 112 / 0.12)] - Background of the thank-you message.
 * @cssprop [--care-muted=inherit] - Colour of "(optional)".
 * @cssprop [--care-link=var(--care-accent)] - Link colour.
 * @cssprop [--care-border=color-mix(in srgb, currentColor 85%, transparent)] - Borders of controls and roles.
 * @cssprop [--care-urgent=#c4314b] - What needs fixing: field messages, marked fields, the edge of the list to check and of a failure.
 * @cssprop [--care-urgent-surface=rgb(196 49 75 / 0.12)] - Background of the answers to check and of a failure.
 * @cssprop [--care-radius=0.5em] - Corner radius.
 * @cssprop [--care-space=0.75em] - Inner spacing.
 * @cssprop [--care-font=inherit] - Font family.
 * @cssprop [--care-text=inherit] - Text colour.
 * @cssprop [--care-focus-ring=3px solid var(--care-accent)] - Focus outline.
 * @cssprop [--care-control-size=max(2.75em, 44px)] - Height of controls and buttons.
 */
export class CareVolunteerSignup extends CareElement {
  static override styles = [CareElement.styles, fieldStyles, signupStyles];
  static override properties: PropertyDeclarations = {
    selectedRole: { attribute: 'selected-role' },
    sendTimeout: { attribute: false },
    minFillTime: { attribute: false },
    answers: { state: true },
    problems: { state: true },
    phase: { state: true },
    failure: { state: true },
  };
  protected static override englishStrings = { ...en, ...signupEn } as LoadedStrings;
  protected static override localeStrings = signupLocales;
  protected static override sections = [volunteeringSection];

  /** The id of a role to choose in advance, for a role's own page. */
  selectedRole?: string;
  /** Milliseconds to wait for the endpoint's answer before saying none came. */
  sendTimeout = 15_000;
  /** Milliseconds from when the form shows before a signup may leave; a faster one waits the rest. */
  minFillTime = 3_000;

  private answers?: Answers;
  /** What stops the answers from going: undefined until the person first tries to send. */
  private problems?: Problem[];
  private phase: 'form' | 'sending' | 'failed' | 'sent' = 'form';
  private failure?: FailureReason;
  #submissionId?: string;
  #shownAt?: number;
  /** The attribute the role chosen in advance came from, for a warning that names what the page wrote. */
  #roleAttribute = 'selected-role';
  #fillTimer?: ReturnType<typeof setTimeout>;
  /** The attempt under way, or the last, was the browser's on coming back online rather than the person's. */
  #auto = false;
  /** What the message's live region says of its count (#onInput), and how near the limit that was: 3 far, 2 and 1 near, 0 over. */
  #countSaid = '';
  #countStep = 3;
  /** The code that checks and sends (deliver.ts), once here: asked for when the form shows, and on Send if it could not be fetched. */
  #code?: Deliver;
  /** Back online: a signup that could not reach the endpoint goes again; one the endpoint answered waits for the person. */
  readonly #onOnline = () => this.phase === 'failed' && (this.failure === 'offline' || this.failure === 'network') && void this.#submit();

  get #volunteering(): Volunteering | undefined {
    return this.feedState.status === 'ready' ? this.feedState.feed.volunteering : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onOnline);
    // `role="<id>"`, as a role's own page may write it, is read as `selected-role` and taken off
    // the element, where screen readers would meet it as an unknown ARIA role.
    const role = this.getAttribute('role');
    if (role) {
      this.removeAttribute('role');
      if (!this.selectedRole) [this.selectedRole, this.#roleAttribute] = [role, 'role'];
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onOnline);
    // A signup still waiting out the fill time is not sent from a page that took the form away.
    if (this.#fillTimer !== undefined) {
      clearTimeout(this.#fillTimer);
      this.#fillTimer = undefined;
      this.phase = 'form';
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Try again (or the email link) goes with the failure it is in, once the signup is sent again: the focus
    // moves to Send, which stays, rather than falling to the page, where a keyboard or screen reader is lost.
    if (changed.get('phase') === 'failed' && this.renderRoot.querySelector('.failure:focus-within')) this.renderRoot.querySelector<HTMLElement>('.send')!.focus();
    const v = this.#volunteering;
    if (!v || !(changed.has('feedState') || changed.has('selectedRole'))) return;
    const preset = this.#presetRoles(v);
    if (!this.answers) {
      const draft = restoreDraft(draftFor(v.submit.url, this.currentTime), v);
      this.#submissionId = draft?.submission_id;
      this.answers = draft ?? emptyAnswers(preset);
    } else {
      // Only roles the feed still has (a feed changed while the form is open may have taken one out), and the one chosen in advance when that changed.
      const roles = this.answers.roles;
      this.answers = { ...this.answers, roles: v.roles.map((r) => r.id).filter((id) => roles.includes(id) || (changed.has('selectedRole') && preset.includes(id))) };
    }
    // Consent given to another version of the text (a draft's, or before the feed changed) is not consent to this one.
    if (this.answers.consent_given_at && this.answers.consent_version !== v.consent.version) this.answers = { ...this.answers, consent_given_at: '', consent_version: '' };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.answers || this.#shownAt !== undefined) return;
    this.#shownAt = Date.now();
    // The form is on screen: now the code that checks and sends, off the way of its first paint.
    void this.#loadDeliver();
  }

  /** The roles chosen in advance: the only one there is, or `selected-role` when the feed has it. */
  #presetRoles(v: Volunteering): string[] {
    const ids = v.roles.map((r) => r.id);
    const wanted = this.selectedRole;
    if (ids.length === 1) return ids;
    if (!wanted) return [];
    if (ids.includes(wanted)) return [wanted];
    warnAttribute(this, { attribute: this.#roleAttribute, value: wanted, fix: ['custom', `is not a role in the feed (${ids.join(', ')}); no role is chosen in advance`] });
    return [];
  }

  /** Undefined when it cannot be fetched. */
  #loadDeliver(): Promise<Deliver | undefined> {
    return loadDeliver().then((code) => {
      this.takePart(code.signupMoreEn, [code.moreStyles]);
      return (this.#code = code);
    }, () => undefined);
  }

  #onInput(event: Event): void {
    const v = this.#volunteering!;
    const { name, value, checked } = event.target as HTMLInputElement;
    const a = { ...this.answers! };
    if (name === 'roles' || name === 'availability') {
      const all = name === 'roles' ? v.roles.map((r) => r.id) : SLOTS;
      a[name] = all.filter((x) => (x === value ? checked : a[name].includes(x)));
    } else if (name === 'age_confirm') a.confirmed_age = checked ? requiredAge(v, a.roles) : 0;
    else if (name === 'consent') [a.consent_given_at, a.consent_version] = checked ? [a.consent_given_at || this.currentTime.toISOString(), v.consent.version] : ['', ''];
    else if (TEXT_FIELDS.includes(name)) a[name as TextField] = value;
    else return;
    const count = name === 'message' && this.#count(value);
    if (count) {
      // The count is said on reaching 500 and 100 characters left, going over and coming back, and after a paste or a
      // drop, which may put much in at once; not at every key, over the words being typed (it is shown at every key).
      if (count.step !== this.#countStep || /^insertFrom/.test((event as InputEvent).inputType)) this.#countSaid = count.words;
      this.#countStep = count.step;
    }
    this.answers = a;
    this.#keepDraft(v);
    // Once the person has tried to send, what they fix stops being marked; nothing new is marked until they try again.
    // (Problems come from a send, which had the checking code.)
    if (this.problems && this.#code) {
      const before = this.problems;
      this.problems = this.#code.checkAnswers(v, a).filter((p) => before.some((b) => b.field === p.field));
    }
  }

  /**
   * While a signup is on its way, the answers stay as they were sent: a change then would be neither
   * sent nor kept (success resets the form). Text fields are read-only meanwhile; a box cannot be
   * ticked or unticked. Both keep the focus where the person is, which disabling would take away.
   */
  readonly #hold = (event: Event) => this.phase === 'sending' && (event.target as HTMLInputElement).type === 'checkbox' && event.preventDefault();

  #keepDraft(v: Volunteering): void {
    draftFor(v.submit.url, this.currentTime, { ...this.answers!, submission_id: this.#submissionId });
  }

  /** Forgets the answers everywhere, and starts a new signup. */
  #reset(v: Volunteering): void {
    draftFor(v.submit.url, this.currentTime, null);
    this.answers = emptyAnswers(this.#presetRoles(v));
    this.#submissionId = this.problems = this.failure = undefined;
    this.phase = 'form';
  }

  async #focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Send, Enter, Try again and coming back online all come here; while one attempt runs, the others do nothing. */
  async #submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const v = this.#volunteering;
    if (!v || !this.answers || this.phase === 'sending') return;
    this.#auto = !event;
    let code = this.#code;
    if (!code) {
      // Sent before any answer was given (a kept draft): the checking code comes first.
      this.phase = 'sending';
      code = await this.#loadDeliver();
      // Offline since the page opened: the answers stay, and go when the browser is back online.
      if (!code) return this.#failed((this.#submissionId ??= newSubmissionId()), { ok: false, reason: lostConnection() });
    }
    this.problems = code.checkAnswers(v, this.answers);
    if (this.problems.length > 0) {
      this.phase = 'form';
      // The browser's attempt, back online, leaves the focus with the person changing an answer: the list is said instead (render).
      return this.#auto ? undefined : this.#focusOn('[part="problems"]');
    }
    const id = (this.#submissionId ??= newSubmissionId());
    this.#keepDraft(v);
    this.phase = 'sending';
    // Faster than a person fills a form: wait out the rest. A script that submits and leaves sends nothing.
    const wait = this.#shownAt! + this.minFillTime - Date.now();
    if (wait > 0) await new Promise((resolve) => (this.#fillTimer = setTimeout(resolve, wait)));
    this.#fillTimer = undefined;
    // Undefined: the page cancelled care-volunteer-submit, and sends the signup itself. It has the answers now, so
    // none stay in storage for the next person at this computer; the form keeps them in case the page asks for another try.
    // The honeypot (_gotcha), which only a robot fills in: hidden, so neither focusable, nor read out, nor filled by a
    // browser's or a password manager's autofill, which leave out fields that are not shown.
    const result = await code.submitSignup(this, v, this.answers, { id, time: this.currentTime }, this.sendTimeout, this.renderRoot.querySelector<HTMLInputElement>('[name=_gotcha]')!.value);
    if (!result) {
      draftFor(v.submit.url, this.currentTime, null);
      this.phase = 'form';
      return;
    }
    if (!result.ok) return this.#failed(id, result);
    emit(this, 'care-volunteer-sent', { submissionId: id, status: result.status });
    return this.#finish(v);
  }

  /**
   * The answers stay, with what went wrong, Try again and the email fallback. After the person's own attempt the
   * focus goes to it; after the browser's, back online, it stays where the person is, and the live region says it.
   */
  #failed(id: string, result: Extract<SendResult, { ok: false }>): Promise<void> | undefined {
    this.phase = 'failed';
    this.failure = result.reason;
    const detail: VolunteerFailedDetail = { submissionId: id, reason: result.reason, message: this.t(`failed.${result.reason}`), status: result.status };
    emit(this, 'care-volunteer-failed', detail);
    return this.#auto ? undefined : this.#focusOn('[part="failure"]');
  }

  /** The thanks takes the focus after the person's attempt, or when the focus was in the form it replaces. */
  #finish(v: Volunteering): Promise<void> | undefined {
    const focused = !this.#auto || this.renderRoot.activeElement;
    this.#reset(v);
    this.phase = 'sent';
    return focused ? this.#focusOn('[part="thanks"]') : undefined;
  }

  protected override render(): TemplateResult {
    const state = this.feedState;
    const body =
      state.status === 'ready' ? this.#renderSignup()
      : state.status === 'error' ? this.renderError(state.error)
      : html`<p part="loading" class="state" role="status">${this.t('loading')}</p>`;
    return html`<div part="base" class="signup" dir=${this.direction} lang=${this.uiLang} aria-busy=${state.status === 'loading' ? 'true' : 'false'}>${body}</div>`;
  }

  #renderSignup(): TemplateResult {
    const v = this.#volunteering;
    const a = this.answers;
    if (!v || !a) return html`<p part="empty" class="state">${this.t('noSignup')}</p>${this.renderSavedNote()}`;
    const thanks = v.thanks ? feedText(this.localText(v.thanks)) : this.t('thanksDefault');
    // Out of the form, so that it stays when the thanks replaces it: Sending, shown; after the browser's attempt, back
    // online, what came of it, heard only (it is on screen in the failure, the thanks or the list of answers to check).
    // The age box, which comes in with a role that asks an age, is said as it comes: it is out of sight, below the roles.
    const age = (v.fields as string[]).includes('age_confirm') && !a.confirmed_age && requiredAge(v, a.roles);
    const said = this.phase === 'sending' ? this.t('sending')
      : !this.#auto ? (this.phase === 'form' && age ? this.t('ageAsked', { age }) : '')
      : this.phase === 'sent' ? thanks
      : this.phase === 'failed' ? `${this.t(`failed.${this.failure!}`)} ${this.t('answersKept')}`
      : this.problems?.length ? [this.t('notSent'), ...this.problems.map((p) => this.t(`problem.${p.key}`, MAX))].join(' ') : '';
    return html`${this.phase === 'sent'
      ? html`<div part="thanks" class="thanks" tabindex="-1"><p dir="auto">${thanks}</p></div>`
      : this.#renderForm(v, a)}<p class=${this.phase === 'sending' ? 'status' : 'visually-hidden'} role="status">${said}</p>${this.renderSavedNote()}`;
  }

  /** The privacy link takes nothing of the page's address there (`rel="noreferrer"`), whatever the page's own policy: its query may hold what a person typed. */
  #renderForm(v: Volunteering, a: Answers): TemplateResult {
    const asked = (field: string) => (v.fields as string[]).includes(field);
    const age = asked('age_confirm') && requiredAge(v, a.roles);
    return html`
      ${v.intro ? html`<p class="intro" dir="auto">${feedText(this.localText(v.intro))}</p>` : nothing}
      <form part="form" method="post" novalidate aria-label=${landmarkName(this, this.t('signupLabel'), this.uiLang)} @submit=${this.#submit} @input=${this.#onInput} @change=${this.#onInput}
        @click=${this.#hold}>
        ${this.problems?.length ? this.#code!.renderProblems(this.renderRoot, this.problems, (key) => this.t(key, MAX)) : nothing}
        <fieldset part="roles" class="roles">
          <legend>${this.t('rolesLegend')}</legend>
          ${v.roles.map((role, i) => this.#renderRole(role, i, a))}
          ${this.#fieldError('roles')}
        </fieldset>
        ${age
          ? this.#checkbox('age_confirm', a.confirmed_age >= age, this.t('ageConfirm', { age }), a.confirmed_age ? this.t('ageRaised', { age }) : '')
          : nothing}
        ${this.#input('name', 'text', 'name')}
        ${this.#input('email', 'email', 'email')}
        ${asked('phone') ? this.#input('phone', 'tel', 'tel', true) : nothing}
        ${asked('availability') ? this.#renderAvailability(a) : nothing}
        ${asked('languages') ? this.#input('languages', 'text', 'off', true) : nothing}
        ${asked('message') ? this.#renderMessage(a) : nothing}
        ${this.#checkbox('consent', !!a.consent_given_at, feedText(this.localText(v.consent.text)))}
        ${v.privacy_url ? html`<p class="privacy"><a href=${v.privacy_url} rel="noreferrer">${this.t('privacy')}</a></p>` : nothing}
        <input name="_gotcha" autocomplete="off" hidden />
        ${this.phase === 'failed' ? this.#renderFailure(v, a) : nothing}
        <div class="actions">
          <button type="submit" part="button" class="button send">${this.t('send')}</button>
          <button type="button" part="button" class="button" @click=${() => this.phase !== 'sending' && this.#reset(v)}>${this.t('clear')}</button>
        </div>
      </form>`;
  }

  #problemFor(field: FieldName | TextField): Problem | undefined {
    return this.problems?.find((p) => p.field === field);
  }

  /** The attributes that tie a control to its message, once it has one. */
  #invalid(field: FieldName | TextField) {
    return this.#problemFor(field) ? 'true' : nothing;
  }

  #errorId(field: FieldName | TextField) {
    return this.#problemFor(field) ? `e-${field}` : nothing;
  }

  #fieldError(field: FieldName): TemplateResult | typeof nothing {
    const problem = this.#problemFor(field);
    return problem ? html`<p id="e-${field}" part="field-error" class="field-error">${this.t(`problem.${problem.key}`, MAX)}</p>` : nothing;
  }

  #renderRole(role: VolunteerRole, i: number, a: Answers): TemplateResult {
    const details = [
      role.description && feedText(this.localText(role.description)),
      role.commitment && this.#around('role.commitment', role.commitment),
      role.training && this.#around('role.training', role.training),
      role.min_age && this.t('role.minAge', { age: role.min_age }),
    ].filter(Boolean);
    const error = this.#errorId('roles');
    return html`<div part="role" class="role">
      <label class="check">
        <input type="checkbox" name="roles" value=${role.id} id=${i ? nothing : 'f-roles'} .checked=${a.roles.includes(role.id)}
          aria-invalid=${this.#invalid('roles')} aria-describedby="r-${i}${error === nothing ? '' : ` ${error}`}" />
        <span class="role-title" dir="auto">${feedText(this.localText(role.title))}</span>
      </label>
      <ul id="r-${i}" class="role-details">${details.map((d) => html`<li dir="auto">${d}</li>`)}</ul>
    </div>`;
  }

  /**
   * A UI string around a feed Text ("Time: {value}"), the Text marked with the language it came out in and laid out in
   * its own direction: a Persian feed's words in an English line (a Persian page the widget speaks English on) run
   * right to left, their full stop at their end.
   */
  #around(key: StringKey, text: Text): TemplateResult {
    const [before, after] = this.t(key, { value: '\0' }).split('\0');
    return html`${before}<bdi>${feedText(this.localText(text))}</bdi>${after}`;
  }

  /**
   * The space before "(optional)" is in the words' own text: Chromium leaves a space that stands alone in its text, after
   * another part of the template, out of the name it reads ("Phone(optional)").
   */
  #field(name: TextField, optional: boolean, control: TemplateResult): TemplateResult {
    return html`<div class="field">
      <label for="f-${name}">${this.t(`field.${name}`)}${optional ? html`<span class="optional">${` ${this.t('optional')}`}</span>` : nothing}</label>
      ${control}${this.#fieldError(name as FieldName)}
    </div>`;
  }

  #input(name: Exclude<TextField, 'message'>, type: string, autocomplete: string, optional = false): TemplateResult {
    return this.#field(name, optional, html`<input id="f-${name}" name=${name} type=${type} dir=${type !== 'text' ? 'ltr' : this.answers![name] ? 'auto' : nothing} autocomplete=${autocomplete} .value=${this.answers![name]}
      aria-required=${optional ? nothing : 'true'} ?readonly=${this.phase === 'sending'} aria-invalid=${this.#invalid(name)} aria-describedby=${this.#errorId(name)} />`);
  }

  /**
   * The message box. It has no `maxlength`, which cuts what is typed or pasted past it without a word: the person
   * sees the count from 500 characters left, and how far over the limit a longer message is, which Send then lists
   * to shorten (check-answers.ts). The count describes the box; its live region says it now and then (#onInput).
   */
  #renderMessage(a: Answers): TemplateResult {
    const { words = '', step = 3 } = this.#count(a.message) ?? {};
    const count = step < 3 && words;
    // A message to shorten is over the limit, so its count shows too.
    return this.#field('message', true, html`<textarea id="f-message" name="message" dir=${a.message ? 'auto' : nothing} rows="4" .value=${a.message}
      ?readonly=${this.phase === 'sending'} aria-invalid=${this.#invalid('message')}
      aria-describedby=${count ? `n-message${this.#problemFor('message') ? ' e-message' : ''}` : nothing}></textarea>
      ${count ? html`<p id="n-message" class=${step ? nothing : 'field-error'}>${count}</p>` : nothing}
      <p class="visually-hidden" role="status">${count ? this.#countSaid : ''}</p>`);
  }

  /** The message's count (message-count.ts), once the checking code is here: it comes when the form shows. */
  #count(message: string) {
    return this.#code?.messageCount(message, (key, values) => this.t(key, values));
  }

  /**
   * A box to tick. `raised`, for the age only: that the roles now ask a higher age than the one confirmed,
   * which unticked the box. It is in a live region, heard as the person ticks the role, and describes the box.
   */
  #checkbox(name: 'age_confirm' | 'consent', checked: boolean, label: string | TemplateResult, raised?: string): TemplateResult {
    // Described by what is there: the age note, when the roles ask an age, and the field's problem, when it has one.
    const describedBy = [raised !== undefined && 'n-age', this.#problemFor(name) && `e-${name}`].filter(Boolean).join(' ');
    return html`<div class="field">
      <label class="check">
        <input id="f-${name}" type="checkbox" name=${name} .checked=${checked} aria-required="true" aria-invalid=${this.#invalid(name)}
          aria-describedby=${describedBy || nothing} />
        <span dir="auto">${label}</span>
      </label>
      ${raised === undefined ? nothing : html`<p id="n-age" class="status" role="status">${checked ? '' : raised}</p>`}
      ${this.#fieldError(name)}
    </div>`;
  }

  /** "Monday, Morning" for `mo-morning`, in the viewer's language. */
  #slotName(slot: string, long = new Intl.DateTimeFormat(this.uiLang, { weekday: 'long', timeZone: 'UTC' })): string {
    const [day, part] = slot.split('-');
    return this.t('slot', { day: long.format(Date.UTC(2024, 0, 1 + DAYS.indexOf(day as never))), part: this.t(`part.${part as 'morning'}`) });
  }

  #renderAvailability(a: Answers): TemplateResult {
    const short = new Intl.DateTimeFormat(this.uiLang, { weekday: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(this.uiLang, { weekday: 'long', timeZone: 'UTC' });
    return html`<fieldset class="availability">
      <legend>${this.t('field.availability')} <span class="optional">${this.t('optional')}</span></legend>
      <table>
        <thead><tr><td></td>${PARTS_OF_DAY.map((part) => html`<th scope="col">${this.t(`part.${part}`)}</th>`)}</tr></thead>
        <tbody>${DAYS.map((day, i) => html`<tr>
          <th scope="row">${short.format(Date.UTC(2024, 0, 1 + i))}</th>
          ${PARTS_OF_DAY.map((part) => {
            const slot = `${day}-${part}`;
            // Its part of the day shown beside it too, where a narrow grid has no columns to head (volunteer-signup.styles.ts).
            return html`<td><label class="slot"><input type="checkbox" name="availability" value=${slot} .checked=${a.availability.includes(slot)} /><span
              class="visually-hidden">${this.#slotName(slot, long)}</span><span aria-hidden="true">${this.t(`part.${part}`)}</span></label></td>`;
          })}
        </tr>`)}</tbody>
      </table>
    </fieldset>`;
  }

  #renderFailure(v: Volunteering, a: Answers): TemplateResult {
    const mail = v.submit.email && mailtoHref(v.submit.email, this.t('mailSubject'), this.#mailLines(v, a), this.t('mail.cut'));
    return html`<div part="failure" class="failure" tabindex="-1" role="group" aria-labelledby="failure-text">
      <p id="failure-text">${this.t(`failed.${this.failure!}`)} ${this.t('answersKept')}</p>
      <div class="actions">
        <button type="button" part="button retry" class="button" @click=${this.#submit}>${this.t('retry')}</button>
        ${mail ? html`<a part="button" class="button" href=${mail}>${this.t('emailInstead')}</a>` : nothing}
      </div>
    </div>`;
  }

  /** The answers written out for the fallback email, as [label, value]: each on its own line (labels may end in "?"). */
  #mailLines(v: Volunteering, a: Answers): string[][] {
    const asked = (field: string) => (v.fields as string[]).includes(field);
    const lines: [string, string][] = [
      [this.t('field.roles'), v.roles.filter((r) => a.roles.includes(r.id)).map((r) => this.text(r.title)).join(', ')],
      [this.t('field.name'), a.name],
      [this.t('field.email'), a.email],
    ];
    // The phone number as the payload sends it, in digits anyone can dial.
    for (const field of ['phone', 'languages', 'message'] as const) if (asked(field)) lines.push([this.t(`field.${field}`), field === 'phone' ? asciiNumber(a.phone) : a[field]]);
    if (asked('availability')) lines.push([this.t('field.availability'), a.availability.map((slot) => this.#slotName(slot)).join('; ')]);
    // What the person agreed to, as the payload records it (consent_version, consent_given_at, age_confirm), in their words.
    const age = asked('age_confirm') && requiredAge(v, a.roles);
    if (age) lines.push([this.t('mail.confirmed'), a.confirmed_age >= age ? this.t('ageConfirm', { age }) : '']);
    lines.push(
      [this.t('mail.consent', { version: v.consent.version }), a.consent_given_at && new Date(a.consent_given_at).toLocaleString(this.uiLang, { dateStyle: 'long', timeStyle: 'long' })],
      [this.t('reference'), this.#submissionId!],
    );
    return lines.filter(([, value]) => value.trim());
  }
}
