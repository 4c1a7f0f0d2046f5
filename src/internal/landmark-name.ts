/**
 * A landmark's name: as written for the first (or only) widget of its kind on the page, numbered
 * from the second on ("Find help 2"), as a page may show two finders (one for youth, one for adults)
 * whose search boxes a screen reader's list of landmarks must tell apart, or two banners (the site's, and a page's own).
 */
export function landmarkName(widget: Element, name: string, lang: string): string {
  const place = [...(widget.getRootNode() as ParentNode).querySelectorAll(widget.localName)].indexOf(widget) + 1;
  return place > 1 ? `${name} ${place.toLocaleString(lang)}` : name;
}
