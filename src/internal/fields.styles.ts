import { css } from './updating-element.js';

/**
 * The form controls of the widgets that have them (finder, lookup, signup; not the banner): a
 * labelled field, a checkbox or radio beside its words, boxes and lists. Kept out of the core
 * (vite.config.ts, `isCore`), so a page with only the banner does not download it.
 */
export const fieldStyles = css`
  /* A filter panel's fields, as many to a row as fit. */
  .facets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.5em 0.75em;
    align-items: end;
    padding-top: 0.5em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  /* After .field, so that a "field check" is a row. */
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_control-size);
  }
  /* Their border, height and font: tokens.styles.ts, shared with the buttons. */
  input,
  select,
  textarea {
    width: 100%;
    min-width: 0;
    padding: 0 0.5em;
  }
  textarea {
    padding-block: 0.5em;
  }
  /* The browser's own colours in an open list: the page's text colour may not read on it. */
  option {
    color: initial;
  }
  [type='checkbox'],
  [type='radio'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0;
    padding: 0;
    accent-color: var(--care-accent, auto);
  }
`;
