import { css } from './updating-element.js';

/**
 * The shared `--care-*` tokens, each with its fallback, mapped to private
 * `--_*` values. By default a widget takes the page's font and text colour
 * and derives lines and tints from the text colour, so it reads on light
 * and dark pages alike; a page gives it colour by setting `--care-accent`.
 * The urgent colour is fixed, for edges and marks, never for words: no mix
 * of it with the page's text colour keeps 4.5:1 on every page.
 */
export const tokens = css`
  :host {
    --_font: var(--care-font, inherit);
    --_text: var(--care-text, inherit);
    --_muted: var(--care-muted, inherit);
    --_accent: var(--care-accent, currentColor);
    --_surface: var(--care-surface, color-mix(in srgb, currentColor 7%, transparent));
    /* 3:1 against the page for control outlines (WCAG 1.4.11) wherever the text has 4.5:1: 60 % fell to 2.5:1 with #666 on white. */
    --_border: var(--care-border, color-mix(in srgb, currentColor 85%, transparent));
    --_urgent: var(--care-urgent, #c4314b);
    --_urgent-surface: var(--care-urgent-surface, rgb(196 49 75 / 0.12));
    --_hope-surface: var(--care-hope-surface, rgb(46 139 112 / 0.12));
    --_radius: var(--care-radius, 0.5em);
    --_space: var(--care-space, 0.75em);
    --_focus-ring: var(--care-focus-ring, 3px solid var(--_accent));
    /* Touch targets grow with the text, and never fall under 44 px. */
    --_control-size: var(--care-control-size, max(2.75em, 44px));

    /*
     * A grid rather than a size container, so that the widget has widths of its own where the
     * parent shrinks to fit (inline-block, table cell, flex item): at least nothing, at most 40em,
     * and in a block, all there is. Its one top-level box is the container for narrow layouts.
     */
    display: grid;
    grid-template-columns: minmax(0, 40em) auto;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    font-family: var(--_font);
    /* The page's body text size: em, not rem, throughout, so a 62.5 % root does not shrink the widget. */
    font-size: var(--care-font-size, inherit);
    color: var(--_text);
  }
  /*
   * The widget's own box sets its text, where no rule of the page reaches: what a theme sets for the text
   * of its own box (a menu's capitals and spacing, a hero's shadow, nowrap) is inherited by whatever is
   * pasted inside it, and a rule for every element in that box (".sidebar *") sets it on the widget too.
   */
  :host > * {
    grid-column: span 2;
    container-type: inline-size;
    line-height: 1.5;
    /* Feed text may hold words longer than a phone is wide (German compounds, addresses, emails). */
    overflow-wrap: anywhere;
    word-break: normal;
    white-space: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    text-shadow: none;
    /* A theme that stops copying must not stop a visitor copying a phone number or an address. */
    -webkit-user-select: text;
    user-select: text;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--care-link, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* min-width: WebKit sizes a grid item to the longest word of right-to-left text mixed with a left-to-right
     word (a search that matched nothing), ignoring overflow-wrap: anywhere; held to the grid, it wraps. */
  .state {
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .saved-note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /*
   * Every widget's text buttons ("Try again", "Show more"…), and the boxes and lists of those
   * with a form (internal/fields.styles.ts lays those out): one look, at least 44 px tall.
   */
  .button,
  input,
  select,
  textarea {
    min-height: var(--_control-size);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  .button {
    padding: 0 1em;
    cursor: pointer;
  }
`;
