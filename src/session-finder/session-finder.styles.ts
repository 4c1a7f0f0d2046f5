import { css } from '../internal/updating-element.js';

export const finderStyles = css`
  .finder {
    display: grid;
    gap: var(--_space);
  }
  .crisis {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    margin: 0;
    padding: 0.5em var(--_space);
    border-inline-start: 0.3em solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
  }
  .filters {
    display: grid;
    gap: 0.5em;
  }
  .more > summary {
    width: fit-content;
    list-style: none;
  }
  summary.button {
    display: inline-flex;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  /* Forced colours drop the shadow: a pressed button takes the system's selected colours instead. */
  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  .summary {
    margin: 0;
  }
  .note {
    display: block;
  }
  .day h3 {
    margin: 0.5em 0;
    font-size: 1.1em;
  }
  .sessions {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .session {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .session.cancelled .title {
    text-decoration: line-through;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A triangle that shows a session opens, drawn with logical borders so it points the right way in RTL. */
  .session summary::before {
    content: '';
    align-self: center;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.45em solid currentColor;
    transition: transform 0.15s;
    /* Forced colours would paint the transparent borders too, turning the triangle into a bar. */
    forced-color-adjust: none;
  }
  .session details[open] > summary::before {
    transform: rotate(90deg);
  }
  .finder[dir='rtl'] .session details[open] > summary::before {
    transform: rotate(-90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .session summary::before {
      transition: none;
    }
  }
  summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    padding: 0.5em var(--_space);
    min-height: var(--_control-size);
    cursor: pointer;
  }
  /*
   * The session's time and the viewer's each move to a line of their own before either wraps; one wider
   * than the line wraps between its two times (format.ts keeps each time whole).
   */
  .when {
    font-variant-numeric: tabular-nums;
  }
  .when > span {
    display: inline-block;
  }
  .title {
    font-weight: 600;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
  }
  .badge.now {
    border-color: var(--_accent);
    font-weight: 600;
  }
  /* On paper the crisis numbers stay, and a link ("Register", "Join online") is its address, isolated between U+2068
     and U+2069 (written as they are: no escapes in a literal that is minified) so that it keeps its order in a
     right-to-left line. */
  @media print {
    .filters,
    button {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' ⁨' attr(href) '⁩';
    }
    .session {
      break-inside: avoid;
      background: none;
    }
  }
`;
