import { css } from '../internal/updating-element.js';

/** What shows only once the checking code (deliver.ts) has run, and comes with it: what to fix (its box's frame is the failure's, in volunteer-signup.styles.ts). */
export const moreStyles = css`
  [aria-invalid='true'] {
    border-color: var(--_urgent);
    outline: 1px solid var(--_urgent);
  }
  /* Words in the urgent colour mixed with the page's text colour: #c4314b alone falls under 4.5:1 on a dark page. */
  .field-error {
    color: color-mix(in srgb, var(--_urgent) 60%, currentColor);
    font-weight: 600;
  }
  .problems-title {
    font-weight: 600;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
