import { css } from '../internal/updating-element.js';

/** A referral's details and the printed card: they come with the code that shows them (more.ts). */
export const moreStyles = css`
  .details {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  dl,
  dd {
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin-bottom: 0.5em;
    white-space: pre-line;
  }
  .checked {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .stale {
    padding-inline-start: 0.5em;
    border-inline-start: 0.2em solid;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .print-card {
    display: none;
  }
  @media print {
    :host([data-care-printing]) .lookup > :not(.print-card) {
      display: none !important;
    }
    :host([data-care-printing]) .print-card {
      display: grid;
      gap: 0.25em;
      padding: 1em;
      border: 2px solid;
    }
  }
`;
