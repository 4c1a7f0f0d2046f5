/**
 * The list of answers to check, shown once a person has tried to send: it comes with the checking code
 * (deliver.ts), with its styles (more.styles.ts), as problems are only ever found by that code.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { Problem } from './answers.js';

export function renderProblems(root: ShadowRoot, problems: Problem[], say: (key: `problem.${Problem['key']}` | 'problemsTitle') => string): TemplateResult {
  // In-page links, but the field is focused here: the page's address and history stay as they are.
  const follow = (event: Event) => {
    event.preventDefault();
    root.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).getAttribute('href')!)?.focus();
  };
  return html`<div part="problems" class="problems" tabindex="-1" role="group" aria-labelledby="problems-title">
    <p id="problems-title" class="problems-title">${say('problemsTitle')}</p>
    <ul>${problems.map((p) => html`<li><a href="#f-${p.field}" @click=${follow}>${say(`problem.${p.key}`)}</a></li>`)}</ul>
  </div>`;
}
