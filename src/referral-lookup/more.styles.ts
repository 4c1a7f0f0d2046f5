import { css } from '../internal/updating-element.js';

/** The printed referral card: it comes with the code that prints it (more.ts). */
export const moreStyles = css`
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
