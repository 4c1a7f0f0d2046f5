import { ensureContextRoot } from './context-root.js';

/**
 * Registers a tag once. Loading the bundle twice, or the module and the
 * classic script together, must be harmless (elements.md).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  ensureContextRoot();
  if (!customElements.get(tag)) customElements.define(tag, element);
}
