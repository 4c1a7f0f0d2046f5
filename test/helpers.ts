/** Helpers that read a widget the way a person (or a screen reader) would. */
import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Mounts a template and waits until its widget has read its feed or given up. */
export async function mountLoaded<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; event: CustomEvent }> {
  const wrapper = document.createElement('div');
  const settled = Promise.race([oneEvent(wrapper, 'care-feed-load'), oneEvent(wrapper, 'care-feed-error')]) as Promise<CustomEvent>;
  document.body.append(wrapper);
  const el = await fixture<T>(template, { parentNode: wrapper });
  const event = await settled;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, event };
}

/** The text a person sees in a widget (its shadow root), whitespace folded. */
export function visibleText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadowQueryAll<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** A button found by its accessible name, as a screen reader user would. */
export function button(el: Element, name: string): HTMLButtonElement | undefined {
  return shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
}

/**
 * What a screen reader says with a control besides its name: its description (aria-describedby) and the
 * name of the group it is in. Several "Add to calendar" buttons are told apart by it.
 */
export function contextOf(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (id && root.getElementById(id)?.textContent) || '');
  const group = control.parentElement?.closest('[role="group"]')?.getAttribute('aria-label') ?? '';
  return [group, ...described].join(' ').replace(/\s+/g, ' ').trim();
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` is true, or fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await wait(10);
  }
}

/** Records console.warn while `work` runs, keeping what it said as one line each. */
export async function warningsDuring(work: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await work();
    // The warnings' words load on demand: wait for the first, then a moment for any second.
    await until(() => said.some((w) => /="/.test(w)), 2000, 'a warning').catch(() => {});
    await wait(100);
  } finally {
    console.warn = original;
  }
  return said;
}
