const OURS = Symbol.for('care-widgets.element');

/** Whether a registered element class is one of ours (from any copy of the code on the page). */
export const isOurs = (element: CustomElementConstructor): boolean => !!(element as unknown as Record<symbol, boolean>)[OURS];

/** Said in the console when a page's own script took a widget's tag: otherwise the widget would silently show nothing. */
export const tagTaken = (tag: string): void =>
  console.error(`care-widgets: another script already defined <${tag}>; rename the page's own element so the widget can show.`);

/**
 * Registers a tag once. Loading the code twice, or the module and the classic
 * script together, must be harmless (elements.md). A page whose own script
 * took the tag first is told so.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  // An app's server-side rendering imports the package in Node, which has no registry: the browser's import defines the tags.
  if (!globalThis.customElements) return;
  const existing = customElements.get(tag);
  if (!existing) {
    Object.assign(element, { [OURS]: true });
    customElements.define(tag, element);
  } else if (!isOurs(existing)) {
    tagTaken(tag);
  }
}
