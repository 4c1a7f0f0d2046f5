import { css } from '../internal/updating-element.js';

export const lookupStyles = css`
  .lookup,
  section,
  form,
  .referrals,
  .referral {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  h3,
  h4,
  p,
  ul,
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1.05em;
  }
  /* Below the way out's corner at the top of the screen (its height, --_exit, measured as it shows), so that it never covers its own
     hint, nor a control the browser brings into view at the top edge as it takes the focus. */
  .quick-exit {
    text-align: end;
    padding-block-start: calc(var(--_exit, var(--_control-size)) + 0.75em);
  }
  * {
    scroll-margin-top: calc(var(--_exit) + 1em);
  }
  /* The way out stays in the corner of the screen wherever the page is scrolled (in the top layer where the browser has popovers, so above
     anything the page draws); opaque, so it reads over anything. The margin and insets undo a popover's own centring. */
  [part='quick-exit'] {
    position: fixed;
    inset: 0.5em auto auto;
    inset-inline-end: 0.5em;
    margin: 0;
    z-index: 2147483647;
    /* A corner still at large text: its words wrap (between words only, its longest word always fitting) rather than cover the width of a phone. */
    max-width: 40vw;
    min-width: min-content;
    padding-inline: 0.5em;
    overflow-wrap: normal;
    border: 2px solid var(--_urgent);
    background: Canvas;
    color: CanvasText;
    font-weight: 600;
  }
  .quick-exit span {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .urgent {
    padding: var(--_space);
    border-inline-start: 0.3em solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    /* One tint, not two: a referral's surface over the urgent tint took #666 text on white under 4.5:1. */
    --_surface: none;
  }
  ul,
  .contacts,
  fieldset,
  .topic {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    list-style: none;
  }
  .referral {
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status {
    margin-inline-start: 0.5em;
  }
  .open,
  .soon,
  .contact,
  legend {
    font-weight: 600;
  }
  .open::before {
    content: '● ';
    color: var(--_accent);
  }
  a.button,
  summary {
    display: inline-flex;
    align-items: center;
    width: fit-content;
    text-decoration: none;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  details > div {
    padding-top: 0.5em;
  }
  legend {
    margin-bottom: 0.5em;
  }
  .topic {
    min-height: var(--_control-size);
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: 1.5em;
  }
  .topic:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  @media print {
    .quick-exit,
    form,
    .button:not(.contact),
    [role='status'] {
      display: none !important;
    }
    .referral {
      break-inside: avoid;
    }
    /* On paper a link is its address, between U+2068 and U+2069 (written as they are: no escapes in a literal that is
       minified), isolated so that it keeps its own order in a right-to-left line. */
    a[href^='http']::after {
      content: ' ⁨' attr(href) '⁩';
    }
  }
`;
