import { ContextRoot } from '@lit/context';

const CONTEXT_ROOT_FLAG = Symbol.for('care-widgets.context-root');

/** Lets a widget find its `<care-feed>` even when the widget upgrades before the provider. Once per page. */
function ensureContextRoot(): void {
  const flags = document as unknown as Record<symbol, boolean>;
  if (flags[CONTEXT_ROOT_FLAG]) return;
  flags[CONTEXT_ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Registers a tag once. Loading the bundle twice, or the module and the
 * classic script together, must be harmless (elements.md).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  ensureContextRoot();
  if (!customElements.get(tag)) customElements.define(tag, element);
}
