import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { feedSourceContext } from '../feed/context.js';
import { loadFeed } from '../feed/load.js';

/**
 * @tagname care-feed
 * @summary Loads one feed for every widget inside it; a widget with its own `src` uses that instead.
 * @slot - The widgets that share this feed, and any other content.
 */
export class CareFeed extends LitElement {
  /** URL of the feed, relative to the page. */
  @property() src?: string;

  // The controller rather than the decorator: the same, in fewer bytes for every visitor.
  private readonly provider = new ContextProvider(this, { context: feedSourceContext });

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('src')) return;
    const source = this.src ? new URL(this.src, document.baseURI).href : undefined;
    this.provider.setValue(source);
    // Start the one request now; the widgets inside share it (errors are theirs to show).
    if (source) loadFeed(source).catch(() => undefined);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
