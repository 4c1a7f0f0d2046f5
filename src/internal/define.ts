const OURS = Symbol.for('care-widgets.element');

/**
 * Registers a tag once. Loading the code twice, or the module and the classic
 * script together, must be harmless (elements.md). A page whose own script
 * took the tag first is told so, rather than left with a widget that never shows.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [OURS]?: boolean }) | undefined;
  if (!existing) {
    Object.assign(element, { [OURS]: true });
    customElements.define(tag, element);
  } else if (!existing[OURS]) {
    console.error(`care-widgets: another script already defined <${tag}>; rename the page's own element so the widget can show.`);
  }
}
