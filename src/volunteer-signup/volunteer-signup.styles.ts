import { css } from '../internal/updating-element.js';

export const signupStyles = css`
  .signup,
  form {
    display: grid;
    gap: var(--_space);
  }
  p {
    margin: 0;
  }
  /* An empty live region stays in the page (one shown only when it speaks may not be heard), out of the flow. */
  .status:empty {
    position: absolute;
  }
  fieldset {
    display: grid;
    gap: 0.5em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .field > label:not(.check) {
    padding: 0;
    font-weight: 600;
  }
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  /* Its words may run to several lines (the consent): the box stays beside the first. */
  .check {
    align-items: flex-start;
    padding-block: 0.6em;
    cursor: pointer;
  }
  .check > [type='checkbox'] {
    margin-top: 0.125em;
  }
  .role {
    padding: 0 var(--_space) 0.5em;
    border: 1px solid var(--_border);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .role:has(:checked) {
    border-inline-start-color: var(--_accent);
  }
  .role-title {
    font-weight: 600;
  }
  .role-details {
    margin: 0;
    padding-inline-start: 1.75em;
    list-style: none;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    text-align: center;
  }
  th {
    padding: 0.25em;
    font-weight: normal;
  }
  th[scope='row'] {
    text-align: start;
  }
  .slot {
    display: grid;
    place-items: center;
    min-width: var(--_control-size);
    min-height: var(--_control-size);
    cursor: pointer;
  }
  .slot > [aria-hidden] {
    display: none;
  }
  /* Too narrow for a day and three columns (a phone, large text): a day a row, its parts of the day beside their boxes, wrapping. */
  @container (max-width: 18em) {
    table,
    tbody {
      display: block;
    }
    thead {
      display: none;
    }
    tr {
      display: flex;
      flex-wrap: wrap;
      column-gap: 1em;
    }
    th[scope='row'] {
      flex: 1 0 100%;
      padding-inline: 0;
      font-weight: 600;
    }
    .slot {
      display: flex;
      gap: 0.5em;
    }
    .slot > [aria-hidden] {
      display: inline;
    }
  }
  .failure,
  .thanks,
  .problems {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
  }
  .thanks {
    border-inline-start-color: var(--_accent);
    background: var(--_hope-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .send {
    border-width: 2px;
    border-color: var(--_accent);
    font-weight: 600;
  }
`;
