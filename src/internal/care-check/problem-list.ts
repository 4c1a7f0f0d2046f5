/**
 * The on-page check (`#care-check`, see ../care-check.ts): above each widget,
 * a calm box listing what the widget left out of its feed and why, each with
 * its fix, and the attributes it could not use. Loaded only when the address
 * asks for it, so visitors never download it; it takes itself away when the
 * address no longer asks.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { UpdatingElement, css, type ReactiveController } from '../updating-element.js';
import { CareElement } from '../care-element.js';
import { attributeWarning, attributeWarnings } from './attribute-messages.js';
import { checkAsked } from '../care-check.js';
import { define } from '../define.js';
import { tokens } from '../tokens.styles.js';
import { explainProblems, problemPlace } from '../../feed/explain.js';
import type { FeedProblem } from '../../feed/types.js';

const TAG = 'care-check-list';

/** The people who read this keep the page; the problem messages are in English, so is their frame. */
const WORDS = {
  title: (tag: string) => `Feed check for <${tag}>`,
  loading: 'the feed is still loading.',
  fine: 'no problems. Everything in the feed that this widget shows is shown.',
  problems: (count: number, leftOut: number) =>
    `${count === 1 ? '1 problem' : `${count} problems`} in the feed${leftOut ? `, ${leftOut === 1 ? '1 entry' : `${leftOut} entries`} left out` : ''}.`,
  attributes: (count: number) => ` ${count === 1 ? '1 attribute' : `${count} attributes`} not used.`,
  error: 'visitors see a short apology instead of this widget, because:',
  saved: (date: string) => `the live feed failed, so visitors see the copy their browser saved on ${date}. The reason:`,
  leftOut: 'Left out:',
  kept: 'Shown, with a fix:',
  attributeHeading: 'Attributes the widget could not use:',
  hint: 'Only people who open this page with #care-check in its address see this. To find each problem’s line in the feed file, open checker.html from the widgets’ folder.',
};

/** The box above one widget. Reads the widget's feed as it changes (a controller on the widget). */
class CareCheckList extends UpdatingElement implements ReactiveController {
  static override styles = [tokens, css`
    :host {
      margin-block-end: 0.5em;
    }
    details {
      padding: 0 var(--_space);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    summary {
      padding-block: 0.65em;
      cursor: pointer;
    }
    .tag {
      font-weight: 600;
    }
    ul {
      margin: 0 0 0.75em;
      padding-inline-start: 1.25em;
    }
    li + li {
      margin-block-start: 0.35em;
    }
    p {
      margin: 0 0 0.75em;
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Consolas, monospace;
      font-size: 0.9em;
    }
    .hint {
      font-size: 0.875em;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `];

  widget!: CareElement;
  /** The problems whose sentences are being loaded, so they are asked for once. */
  private explaining?: FeedProblem[];
  private readonly onHashChange = () => checkAsked() || this.remove();
  private readonly onLoad = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page after the address stopped asking: not wanted any more.
    if (!checkAsked()) return this.remove();
    this.widget.addController(this);
    this.widget.addEventListener('care-feed-load', this.onLoad);
    // An error's words arrive with its event.
    this.widget.addEventListener('care-feed-error', this.onLoad);
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.widget.removeController(this);
    this.widget.removeEventListener('care-feed-load', this.onLoad);
    this.widget.removeEventListener('care-feed-error', this.onLoad);
    removeEventListener('hashchange', this.onHashChange);
  }

  /** The widget rendered: its feed or attributes may have changed. */
  hostUpdated(): void {
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const state = CareElement.feedStateOf(this.widget);
    const warnings = attributeWarnings(this.widget).map((warning) => attributeWarning(this.widget.localName, warning));
    const problems = state.status === 'ready' ? sortProblems(state.problems) : [];
    // Problems arrive without their sentences, which load on demand; the widget may not have asked yet.
    if (state.status === 'ready' && state.problems !== this.explaining && problems.some((p) => !p.message)) {
      this.explaining = state.problems;
      void explainProblems(state.problems).then(() => this.requestUpdate());
    }
    const leftOut = problems.filter((p) => p.skipped).length;
    // Why visitors see an apology, or the saved copy (its words arrive with the widget's care-feed-error).
    const error = state.status === 'error' ? state.error : state.status === 'ready' ? state.saved?.error : undefined;
    const headline = state.status === 'loading' ? WORDS.loading
      : state.status === 'error' ? WORDS.error
        : state.saved ? WORDS.saved(new Date(state.saved.at).toLocaleDateString())
          : problems.length ? WORDS.problems(problems.length, leftOut) : WORDS.fine;
    return html`<details open>
      <summary>${WORDS.title(this.widget.localName)}: ${headline}${warnings.length ? WORDS.attributes(warnings.length) : ''}</summary>
      ${error ? html`<p>${error.message}</p>` : nothing}
      ${problems.length ? html`<ul>${problems.map(renderProblem)}</ul>` : nothing}
      ${warnings.length ? html`<p>${WORDS.attributeHeading}</p><ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
      <p class="hint">${WORDS.hint}</p>
    </details>`;
  }
}

/** Entries left out first, then the rest, each group in feed order. */
const sortProblems = (problems: readonly FeedProblem[]): FeedProblem[] => [...problems].sort((a, b) => Number(!!b.skipped) - Number(!!a.skipped));

const renderProblem = (problem: FeedProblem): TemplateResult => html`<li>
  <span class="tag">${problem.skipped ? WORDS.leftOut : WORDS.kept}</span> ${problem.path ? html`<code>${problemPlace(problem)}</code>: ` : nothing}${problem.message || problem.code}
</li>`;

define(TAG, CareCheckList);

/** Every widget under `root`, in the page and in the open shadow roots of other elements. */
function widgetsIn(root: ParentNode, found: CareElement[] = []): CareElement[] {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof CareElement) found.push(element);
    else if (element.shadowRoot) widgetsIn(element.shadowRoot, found);
  }
  return found;
}

/** Puts the box above `widget` unless it has one. */
function showCheck(widget: CareElement): void {
  const root = widget.renderRoot;
  if ([...root.children].some((child) => child.localName === TAG)) return;
  const list = document.createElement(TAG) as CareCheckList;
  list.widget = widget;
  root.prepend(list);
}

/** Puts the box above every widget on the page that lacks one (called again when the address asks again). */
export function showChecks(): void {
  widgetsIn(document).forEach(showCheck);
}

/** A widget whose code or feed arrives later shows its box as soon as it has something to say. */
const onWidgetNews = (event: Event) => {
  const widget = event.composedPath()[0];
  if (checkAsked() && widget instanceof CareElement) showCheck(widget);
};
document.addEventListener('care-feed-load', onWidgetNews);
document.addEventListener('care-feed-error', onWidgetNews);

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: CareCheckList;
  }
}
