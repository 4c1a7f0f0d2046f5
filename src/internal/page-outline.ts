/**
 * Where a widget sits in its page's outline: the level of its headings (and, in landmark-name.ts, which
 * every widget uses, names for its landmarks that differ from those of the same widget elsewhere on the
 * page). Screen readers list both, and axe checks both (heading order, unique landmarks) on the page as
 * a whole, not the widget alone.
 */

/**
 * The level of a widget's headings: one below the last heading before it on the page (2 after the
 * page's h1, 3 after an h2), so that the page's outline runs on into the widget wherever it is
 * pasted; 2 where no heading comes before it. At most 5, which leaves a level for the headings inside
 * a widget's own. Asked at each render: the widget may have moved.
 */
export function headingLevel(widget: Element): number {
  let level = 1;
  for (const heading of (widget.getRootNode() as ParentNode).querySelectorAll('h1,h2,h3,h4,h5,h6')) {
    // 4 is Node.DOCUMENT_POSITION_FOLLOWING: the widget comes after this heading.
    if (!(heading.compareDocumentPosition(widget) & 4)) break;
    level = +heading.localName[1];
  }
  return Math.min(level + 1, 5);
}

