import { html, type TemplateResult } from 'lit/html.js';
import type { ReactiveController } from './updating-element.js';

/** How long a count must hold still, after a person's change, before a screen reader is told it. */
export const PAUSE_MS = 1000;
/** How long the region keeps what it said: long enough to be read out, then it is empty again. */
const KEPT_MS = 5000;

interface Host {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/**
 * A live region, hidden from sight, that tells a screen reader what a person's change came to ("3
 * sessions"), once. It is empty at rest: a page that loads, the strings of another language that
 * arrive, a feed that changes are not news, and the visible count beside it is read where it stands.
 * It speaks after a change the person made (`expect`) and only once the text has held still for
 * PAUSE_MS, not at every key typed in a search box over the letters being typed; and it says the
 * count again when the change left it as it was, as that too is an answer.
 */
export class QuietStatus implements ReactiveController {
  #said = '';
  #expected = false;
  #coming?: string;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A person changed what the text is about: the text that comes of it is to be said. */
  expect(): void {
    this.#expected = true;
    this.#coming = undefined;
    // Emptied now, so that the same text said again is news to a screen reader (a removal is not read out).
    this.#said = '';
  }

  /** The region, for the host's template, with what it is to say of `text` now. */
  render(text: string): TemplateResult {
    if (this.#expected && text !== this.#coming) {
      this.#coming = text;
      this.#later(PAUSE_MS, () => {
        this.#expected = false;
        this.#said = text;
        this.#later(KEPT_MS, () => (this.#said = ''));
      });
    }
    return html`<p class="visually-hidden" role="status">${this.#said}</p>`;
  }

  #later(ms: number, then: () => void): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      then();
      this.host.requestUpdate();
    }, ms);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#said = '';
    this.#expected = false;
  }
}
