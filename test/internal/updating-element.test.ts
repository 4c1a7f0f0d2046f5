/**
 * The base every element is built on (src/internal/updating-element.ts), through what a page and
 * a widget see: attributes, properties, what renders and when `updateComplete` settles.
 */
import { expect } from '@open-wc/testing';
import { css as litCss } from 'lit';
import { html } from 'lit/html.js';
import { css, UpdatingElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from '../../src/internal/updating-element.js';

let tagCount = 0;
const newTag = () => `care-probe-${++tagCount}`;

/** A fresh element class under `tag`, counting its renders and keeping what each update saw. */
function defineProbe(tag = newTag()) {
  class Probe extends UpdatingElement {
    static override styles: CSSResultGroup = [css`:host { display: block; }`, [css`p { margin: 0; }`]];
    static override properties: PropertyDeclarations = {
      label: {},
      daysAhead: { attribute: 'days-ahead', type: Number },
      noFilters: { attribute: 'no-filters', type: Boolean },
      data: { attribute: false },
      busy: { state: true },
    };
    label?: string;
    daysAhead = 56;
    noFilters = false;
    data?: unknown;
    busy = false;
    renders = 0;
    seen: PropertyValues[] = [];
    /** Set in willUpdate from `label`: must join the same update. */
    shout = '';

    protected override willUpdate(changed: PropertyValues): void {
      if (changed.has('label')) this.shout = (this.label ?? '').toUpperCase();
      this.seen.push(new Map(changed));
    }

    protected override render() {
      this.renders++;
      return html`<p>${this.shout}|${this.daysAhead}|${this.noFilters}|${this.busy}</p>`;
    }
  }
  customElements.define(tag, Probe);
  return { tag, Probe };
}

async function mount(tag: string, markup = '') {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${markup}></${tag}>`;
  document.body.append(host);
  const el = host.firstElementChild as InstanceType<ReturnType<typeof defineProbe>['Probe']>;
  await el.updateComplete;
  return el;
}
const shown = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('UpdatingElement', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  it('reads attributes as Lit does: text, numbers, present or absent', async () => {
    const { tag } = defineProbe();
    const el = await mount(tag, 'label="grief" days-ahead="14" no-filters');
    expect(shown(el)).to.equal('GRIEF|14|true|false');
    el.removeAttribute('no-filters');
    el.setAttribute('days-ahead', '7');
    await el.updateComplete;
    expect(shown(el)).to.equal('GRIEF|7|false|false');
  });

  it('gives state and object properties no attribute', () => {
    const { Probe } = defineProbe();
    expect((Probe as unknown as { observedAttributes: string[] }).observedAttributes.sort()).to.deep.equal(['days-ahead', 'label', 'no-filters']);
  });

  it('renders once for every change made in one task, and counts a set in willUpdate in that update', async () => {
    const { tag } = defineProbe();
    const el = await mount(tag);
    const before = el.renders;
    el.label = 'a';
    el.daysAhead = 3;
    el.busy = true;
    expect(await el.updateComplete).to.equal(true);
    expect(el.renders).to.equal(before + 1);
    expect(shown(el)).to.equal('A|3|false|true');
    expect([...el.seen.at(-1)!.keys()].sort()).to.deep.equal(['busy', 'daysAhead', 'label']);
    expect(el.seen.at(-1)!.get('daysAhead')).to.equal(56);
  });

  it('does not update when a property is set to the value it has', async () => {
    const { tag } = defineProbe();
    const el = await mount(tag, 'label="x"');
    const before = el.renders;
    el.label = 'x';
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });

  it('keeps a property the page set before the element was defined, over the default', async () => {
    const tag = newTag();
    const early = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    early.daysAhead = 21;
    early.data = { sessions: [] };
    const wrapper = document.createElement('div');
    wrapper.append(early);
    document.body.append(wrapper);
    const { Probe } = defineProbe(tag);
    const el = early as unknown as InstanceType<typeof Probe>;
    await el.updateComplete;
    expect(el).to.be.instanceOf(Probe);
    expect(shown(el)).to.equal('|21|false|false');
    expect(el.data).to.deep.equal({ sessions: [] });
    expect(Object.hasOwn(el, 'daysAhead')).to.equal(false);
  });

  it('reads no value a page put on Object.prototype', async () => {
    const { tag } = defineProbe();
    (Object.prototype as Record<string, unknown>).label = 'polluted';
    try {
      const el = await mount(tag);
      expect(el.label).to.equal(undefined);
      expect(shown(el)).to.equal('|56|false|false');
    } finally {
      delete (Object.prototype as Record<string, unknown>).label;
    }
  });

  it('adopts its style sheets, nested lists flattened, one sheet shared by every instance', async () => {
    const { tag } = defineProbe();
    const [a, b] = [await mount(tag), await mount(tag)];
    expect(a.shadowRoot!.adoptedStyleSheets).to.have.length(2);
    expect(a.shadowRoot!.adoptedStyleSheets[0]).to.equal(b.shadowRoot!.adoptedStyleSheets[0]);
    expect(getComputedStyle(a).display).to.equal('block');
  });

  it('takes style sheets written with Lit\'s css in a subclass', async () => {
    const { Probe } = defineProbe();
    class Themed extends Probe {
      static override styles: CSSResultGroup = [Probe.styles, litCss`p { color: rgb(1, 2, 3); }`];
    }
    const tag = newTag();
    customElements.define(tag, Themed);
    const el = await mount(tag);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('adds a style sheet that came later after its own, which it then overrides, for that element only', async () => {
    const { tag, Probe } = defineProbe();
    const [later, other] = [await mount(tag), await mount(tag)];
    (later as unknown as { adoptStyles: (styles: CSSResultGroup[]) => void }).adoptStyles([css`p { margin: 3px; }`]);
    expect(Probe.prototype).to.have.property('adoptStyles');
    expect(later.shadowRoot!.adoptedStyleSheets).to.have.length(3);
    expect(getComputedStyle(later.shadowRoot!.querySelector('p')!).margin).to.equal('3px');
    expect(getComputedStyle(other.shadowRoot!.querySelector('p')!).margin).to.equal('0px');
  });
});
