/** Helpers that read a widget the way a person (or a screen reader) would. */
import { fixture, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
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
  const text = (ids?: string | null) => (ids ?? '').split(' ').map((id) => (id && root.getElementById(id)?.textContent) || '').join(' ');
  const described = text(control.getAttribute('aria-describedby'));
  const named = control.parentElement?.closest('[role="group"]');
  const group = named?.getAttribute('aria-label') ?? text(named?.getAttribute('aria-labelledby'));
  return `${group} ${described}`.replace(/\s+/g, ' ').trim();
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

/** Records console.warn while `work` runs, and until `expected` attribute warnings have come, keeping what it said as one line each. */
export async function warningsDuring(work: () => Promise<void>, expected = 1): Promise<string[]> {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await work();
    // The warnings' words load on demand: wait for the first (or as many as are expected: on a busy machine
    // the next may come long after the first), then a moment for any more.
    const about = () => said.filter((w) => /="/.test(w)).length;
    await until(() => about() >= expected, expected > 1 ? 15000 : 2000, 'the warnings').catch(() => {});
    await wait(100);
  } finally {
    console.warn = original;
  }
  return said;
}

/**
 * WCAG 1.4.12's text spacing (line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraphs
 * 2em apart), put inside a widget's shadow root as a reader's own style sheet would reach it.
 */
export function spaceText(el: Element): void {
  const style = document.createElement('style');
  style.textContent = `*, ::before, ::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
    p { margin-block-end: 2em !important }`;
  el.shadowRoot!.append(style);
}

/**
 * What in a widget reaches past its left or right edge (right to left, overflow goes left, where
 * scrollWidth does not count it), or holds text wider than its own box; `skip` for what is meant to
 * stand elsewhere (the lookup's quick exit, in the screen's corner).
 */
export function pastTheEdges(el: Element, skip = '.visually-hidden'): string[] {
  const { left, right } = el.getBoundingClientRect();
  return shadowQueryAll(el, '*')
    .filter((part) => !part.closest(skip) && part.localName !== 'style')
    .filter((part) => {
      const box = part.getBoundingClientRect();
      const clipped = !/^(input|select|textarea|svg|path)$/.test(part.localName) && part.scrollWidth > part.clientWidth + 1 && part.clientWidth > 0;
      return (box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5)) || clipped;
    })
    .map((part) => `${part.localName}.${part.className} "${(part.textContent ?? '').trim().slice(0, 40)}"`);
}

/**
 * Called inside a describe: its tests run in forced colours (Windows high contrast), which only Chromium's driver can
 * emulate (web-test-runner.config.js); elsewhere they are skipped.
 */
export function inForcedColours(): void {
  before(async function () {
    try {
      await executeServerCommand('emulate-forced-colors', { active: true });
    } catch {
      this.skip();
    }
  });
  after(() => executeServerCommand('emulate-forced-colors', { active: false }).catch(() => undefined));
}

/** A node of the page's accessibility tree, as the browser gives it to a screen reader. */
type AccessibleNode = { name?: string; role?: string; description?: string; children: AccessibleNode[] };

/**
 * What the browser tells a screen reader of the page's nodes with this role: `read` of each (its name by
 * default), in page order; undefined where the engine's driver cannot give the tree (Chromium's alone can).
 */
export async function accessibleTexts(role: string, read: (node: AccessibleNode) => string | undefined = (node) => node.name ?? ''): Promise<string[] | undefined> {
  let snapshot: AccessibleNode;
  try {
    snapshot = (await a11ySnapshot({})) as unknown as AccessibleNode;
  } catch {
    return undefined;
  }
  const texts: string[] = [];
  findAccessibilityNode<AccessibleNode>(snapshot, (node) => {
    const text = node.role === role ? read(node) : undefined;
    if (text !== undefined) texts.push(text);
    return false;
  });
  return texts;
}
