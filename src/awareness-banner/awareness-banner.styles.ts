import { css } from '../internal/updating-element.js';

export const bannerStyles = css`
  /* Focused only to keep the place of a banner whose last message was dismissed: nothing there to ring. */
  :host(:focus) {
    outline: none;
  }
  .frame {
    /* Space kept while the feed loads, so the page does not jump when it arrives. */
    min-height: var(--care-banner-min-height, 4.5em);
    display: grid;
    gap: 0.5em;
    align-content: center;
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0;
    padding: 0.5em var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 0.3em solid var(--_accent);
    background: var(--_surface);
  }
  .message.hope {
    background: var(--_hope-surface);
  }
  .message.urgent {
    border-inline-start-color: var(--_urgent);
    background: var(--_urgent-surface);
    font-weight: 600;
  }
  .text {
    flex: 1 1 14em;
    min-width: 0;
    margin: 0;
  }
  .text a {
    margin-inline-start: 0.15em;
  }
  /* Wrapping, so that at large text the buttons go to a row of their own rather than squeeze "Message 1 of 3" or run off the screen. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25em;
    margin-inline-start: auto;
  }
  .position {
    padding-inline: 0.25em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /*
   * Each control is also a .button (tokens.styles.ts), whose border, corners, background and cursor it takes: square
   * here, of the height given (a page's ::part(control) may give another), with no height under it.
   */
  .control {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: var(--_control-size);
    height: var(--_control-size);
    min-height: auto;
    padding: 0;
  }
  .control:hover {
    border-color: currentColor;
  }
  .control svg {
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .frame[dir='rtl'] .flip svg {
    transform: scaleX(-1);
  }
  /*
   * Narrow: the text, with the dismiss button in its corner when it is the only button; the rotation controls on a
   * row below, with the dismiss button after them, where Tab reaches it.
   */
  @container (max-width: 30em) {
    .frame {
      min-height: var(--care-banner-min-height, 7.5em);
    }
    .message {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: start;
    }
    .text {
      grid-column: 1;
      grid-row: 1;
      align-self: center;
    }
    .dismiss {
      grid-column: 2;
      grid-row: 1;
    }
    .controls {
      grid-column: 1;
      grid-row: 2;
    }
    /* At the end of their last line, when they wrap. */
    .controls + .dismiss {
      grid-row: 2;
      align-self: end;
    }
  }
  /* On paper, the message alone: its buttons and "Message 1 of 3" do nothing there (as the finder's and the lookup's). */
  @media print {
    .controls,
    .control {
      display: none;
    }
  }
  /* Very narrow, or very large text: the words take the whole width, the dismiss button goes down with the others. */
  @container (max-width: 15em) {
    .text,
    .controls {
      grid-column: 1 / -1;
    }
    /* Below the others, at their end: on their row it stood over "Message 1 of 3" and Pause. */
    .dismiss,
    .controls + .dismiss {
      grid-area: auto / 1 / auto / -1;
      justify-self: end;
    }
  }
`;
