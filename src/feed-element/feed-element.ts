import { html } from 'lit/html.js';
import { UpdatingElement, type PropertyValues, type PropertyDeclarations } from '../internal/updating-element.js';
import type { ContextCallback, ContextEvent } from '@lit/context';
import { askers, askForSource, feedSourceContext, stopAsking } from '../feed/context.js';
import { loadFeed } from '../feed/load.js';
import { codeArrived, feedAddress } from '../feed/request.js';
import { checkAttributes, urlRule } from '../internal/attributes.js';

type SourceCallback = ContextCallback<string | undefined>;

/**
 * @tagname care-feed
 * @summary Loads one feed for every widget inside it; a widget with its own `src` uses that instead. With no `src`, it passes on the feed of the `<care-feed>` around it.
 * @slot - The widgets that share this feed, and any other content.
 */
export class CareFeed extends UpdatingElement {
  static override properties: PropertyDeclarations = {
    src: {},
    outer: { state: true },
  };

  /** URL of the feed, relative to the page. */
  src?: string;

  /** The feed of the `<care-feed>` around this one, if any: passed on while this one has no `src`. */
  protected outer?: string;
  /** Widgets that asked to hear when the source changes, with how they stop listening. */
  readonly #subscribers = new Map<SourceCallback, () => void>();

  constructor() {
    super();
    // The @lit/context protocol (context-request events), answered directly: @lit/context's
    // ContextProvider does the same for any value, in more bytes than one string needs.
    this.addEventListener('context-request', (event) => {
      if (event.context !== feedSourceContext || event.contextTarget === this) return;
      event.stopPropagation();
      const { callback, subscribe } = event as ContextEvent<typeof feedSourceContext>;
      if (!subscribe) return callback(this.#source);
      const unsubscribe = () => this.#subscribers.delete(callback);
      this.#subscribers.set(callback, unsubscribe);
      callback(this.#source, unsubscribe);
    });
  }

  /** The absolute URL the widgets inside are given: this one's feed, else the one around it. */
  get #source(): string | undefined {
    return feedAddress(this.src) ?? this.outer;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    askForSource(this, (src) => (this.outer = src));
    // Widgets inside that upgraded first asked for their feed before this one listened (none answered, or one around
    // it did): they ask again, also those in the shadow roots of an app's own elements inside, as their request
    // crosses those roots. Only the elements that asked, whatever their tag: an app may define a widget's class
    // under a name of its own (classes.js).
    askAgain(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    stopAsking(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    checkAttributes(this, changed, { src: urlRule });
    const source = this.#source;
    for (const [callback, unsubscribe] of this.#subscribers) callback(source, unsubscribe);
    // Start the one request now; the widgets inside share it (errors are theirs to show).
    if (source) loadFeed(source).catch(() => undefined);
    codeArrived(this);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Has every element under `root` that asked for a feed ask again, looking into open shadow roots. */
function askAgain(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    const take = askers.get(element);
    if (take) askForSource(element, take);
    if (element.shadowRoot) askAgain(element.shadowRoot);
  }
}
