import { css } from '../internal/updating-element.js';

/** A session's opened details: they come with the details' code (session-details.ts), after the first screen. */
export const detailsStyles = css`
  .details {
    padding: 0 var(--_space) var(--_space);
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .address {
    white-space: pre-line;
  }
  .description {
    margin-top: 0;
  }
  /* A link that looks like its neighbouring buttons ("Register"). */
  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  @container (max-width: 30em) {
    .details dl {
      grid-template-columns: minmax(0, 1fr);
    }
    .details dd {
      margin-bottom: 0.5em;
    }
  }
`;
