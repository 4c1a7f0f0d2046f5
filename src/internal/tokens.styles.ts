import { css } from 'lit';

/**
 * The shared `--care-*` tokens, each with its fallback, mapped to private
 * `--_*` values. By default a widget takes the page's font and text colour
 * and tints surfaces from the text colour, so it reads on light and dark
 * pages; a dark page sets `--care-accent` (and friends) to lighter values.
 */
export const tokens = css`
  :host {
    --_font: var(--care-font, inherit);
    --_font-size: var(--care-font-size, 1rem);
    --_text: var(--care-text, inherit);
    --_muted: var(--care-muted, inherit);
    --_accent: var(--care-accent, #1f6f5c);
    --_on-accent: var(--care-on-accent, #ffffff);
    --_surface: var(--care-surface, rgb(128 128 128 / 0.08));
    --_border: var(--care-border, rgb(128 128 128 / 0.45));
    --_urgent: var(--care-urgent, #a4262c);
    --_urgent-surface: var(--care-urgent-surface, rgb(164 38 44 / 0.1));
    --_hope-surface: var(--care-hope-surface, rgb(31 111 92 / 0.1));
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
    color: var(--_accent);
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
  .retry {
    margin-inline-start: 0.5rem;
    min-height: var(--_control-size);
    padding: 0 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
`;
