import { html, type TemplateResult } from 'lit/html.js';
import type { ReactiveController } from './updating-element.js';

/** How long a count must hold still before a screen reader is told it. */
export const PAUSE_MS = 1000;

interface Host {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/**
 * A live region that speaks when the person pauses. A widget's count ("12 sessions") follows each
 * letter typed in its search box; as a live region itself it would be read out at every key (12, 7,
 * 3, 1…) over the letters being typed. So the visible count follows at once and is hidden from
 * screen readers, and this region, hidden from sight, takes the last text once it has held still for
 * PAUSE_MS. Its first text is there from the start: a page that loads is not news.
 */
export class QuietStatus implements ReactiveController {
  #said?: string;
  #coming?: string;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The region, for the host's template: it will say `text`. */
  render(text: string): TemplateResult {
    this.#said ??= this.#coming = text;
    if (text !== this.#coming) {
      this.#coming = text;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#said = text;
        this.host.requestUpdate();
      }, PAUSE_MS);
    }
    return html`<p class="visually-hidden" role="status">${this.#said}</p>`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#said = this.#coming;
  }
}
