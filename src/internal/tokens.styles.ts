import { css } from 'lit';

/**
 * The shared `--care-*` tokens, each with its fallback, mapped to private
 * `--_*` values. By default a widget takes the page's font and text colour
 * and derives lines and tints from the text colour, so it reads on light
 * and dark pages alike; a page gives it colour by setting `--care-accent`.
 */
export const tokens = css`
  :host {
    --_font: var(--care-font, inherit);
    --_font-size: var(--care-font-size, 1rem);
    --_text: var(--care-text, inherit);
    --_muted: var(--care-muted, inherit);
    --_accent: var(--care-accent, currentColor);
    --_surface: var(--care-surface, color-mix(in srgb, currentColor 7%, transparent));
    /* 3:1 against the page for control outlines (WCAG 1.4.11). */
    --_border: var(--care-border, color-mix(in srgb, currentColor 60%, transparent));
    --_urgent: var(--care-urgent, #c4314b);
    --_urgent-surface: var(--care-urgent-surface, rgb(196 49 75 / 0.12));
    --_hope-surface: var(--care-hope-surface, rgb(46 139 112 / 0.12));
    --_radius: var(--care-radius, 0.5rem);
    --_space: var(--care-space, 0.75rem);
    --_focus-ring: var(--care-focus-ring, 3px solid var(--_accent));
    --_control-size: var(--care-control-size, 2.75rem);

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
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
  .state {
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .saved-note {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
    opacity: 0.85;
  }
  /* Every widget's text buttons ("Try again", "Show more"…), at least 44 px tall. */
  .button {
    min-height: var(--_control-size);
    padding: 0 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
`;
