/**
 * Filling in the volunteer signup as a person would: by the labels they read. Plain DOM, so
 * the stories use it too (stories/volunteer-signup.stories.ts).
 */
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

type Control = HTMLInputElement & HTMLTextAreaElement;
const folded = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The control a person finds by the start of its label's text. */
export function control(el: Element, label: string): Control {
  const found = [...el.shadowRoot!.querySelectorAll<Control>('input, textarea')].find((c) =>
    [...(c.labels ?? [])].some((l) => folded(l.textContent).startsWith(label)));
  if (!found) throw new Error(`no control labelled "${label}"`);
  return found;
}

export async function fill(el: CareVolunteerSignup, label: string, value: string): Promise<void> {
  const input = control(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function tick(el: CareVolunteerSignup, label: string): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

/** Everything a signup needs, and a few of the optional answers. */
export async function fillValid(el: CareVolunteerSignup): Promise<void> {
  await tick(el, 'Peer group facilitator');
  await fill(el, 'Your name', 'Ada Lovelace');
  await fill(el, 'Email', 'ada@example.org');
  await fill(el, 'Phone', '555 0142');
  await tick(el, 'Tuesday, Evening');
  await fill(el, 'Languages you speak', 'English, Tagalog');
  await tick(el, 'I am 21 or older');
  await fill(el, 'Anything you would like us to know?', 'I can bake.');
  await tick(el, 'I agree');
}

/** Presses the button a person finds by its text. */
export async function press(el: CareVolunteerSignup, name: string): Promise<void> {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => folded(b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  found.click();
  await el.updateComplete;
}
