import { css } from '../internal/updating-element.js';

/** What shows only once the checking code (deliver.ts) has run, and comes with it: what to fix (its box's frame is the failure's, in volunteer-signup.styles.ts). */
export const moreStyles = css`
  /* The urgent colour outside the field's own border, which keeps its 3:1: #c4314b is 2.3:1 on a dark grey page. Not over the
     focus ring (tokens.styles.ts), which would then look like the wrong field beside it. */
  [aria-invalid='true']:not(:focus-visible) {
    outline: 1px solid var(--_urgent);
  }
  /* Words in the text colour, marked by an urgent edge: no mix of the urgent colour with the text keeps 4.5:1 on every page. */
  .field-error {
    padding-inline-start: 0.5em;
    border-inline-start: 0.2em solid var(--_urgent);
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
