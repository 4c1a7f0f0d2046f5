/**
 * Styling from the host page (elements.md, Styling; README, Theming): the page's font and text colour by default,
 * the --care-* tokens and ::part(base), and no sideways scrolling from 280 px up.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../../dist/index.js';
import { until, visibleText } from '../../helpers.js';

const base = new URL('./', import.meta.url).pathname;
const widgets: Record<string, string> = {
  'care-awareness-banner': 'Listening helps',
  'care-session-finder': 'Tea and talk',
  'care-referral-lookup': 'Riverside Counselling Clinic',
  'care-volunteer-signup': 'Welcome host',
};

/** Every element in a widget's shadow root whose own text shows. */
function texts(el: Element): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && e.getClientRects().length > 0);
}

describe('styling', () => {
  beforeEach(() => localStorage.clear());
  let style: HTMLStyleElement;
  afterEach(() => style?.remove());

  for (const [tag, words] of Object.entries(widgets)) {
    const mount = async (width = 600) => {
      const page = fixtureSync<HTMLElement>(staticHtml`<div class="page" style=${`width: ${width}px`}><${unsafeStatic(tag)} src=${`${base}feed.json`} viewer-timezone="America/Chicago"></${unsafeStatic(tag)}></div>`);
      const el = page.firstElementChild!;
      await until(() => visibleText(el).includes(words), 15000, words);
      return { page, el };
    };

    it(`<${tag}> takes the page's font and text colour by default`, async () => {
      style = document.head.appendChild(document.createElement('style'));
      style.textContent = '.page { font-family: "Courier New", monospace; color: rgb(12, 34, 56); font-size: 19px }';
      const { el } = await mount();
      for (const text of texts(el).filter((e) => !e.closest('a, button, [part~="urgent"]'))) {
        const s = getComputedStyle(text);
        expect(s.fontFamily, text.outerHTML.slice(0, 80)).to.contain('Courier New');
      }
      const plain = texts(el).find((e) => (e.textContent ?? '').includes(words.split(' ')[0]))!;
      expect(getComputedStyle(plain).color).to.equal('rgb(12, 34, 56)');
    });

    it(`<${tag}> takes --care-font, --care-text and ::part(base)`, async () => {
      style = document.head.appendChild(document.createElement('style'));
      style.textContent = `${tag} { --care-font: Georgia, serif; --care-text: rgb(1, 2, 3) } ${tag}::part(base) { outline: 5px solid rgb(9, 8, 7) }`;
      const { el } = await mount();
      const plain = texts(el).find((e) => (e.textContent ?? '').includes(words.split(' ')[0]))!;
      expect(getComputedStyle(plain).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(plain).color).to.equal('rgb(1, 2, 3)');
      const partBase = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(partBase).outlineColor).to.equal('rgb(9, 8, 7)');
    });

    it(`<${tag}> fits 280 px with no sideways scrolling`, async () => {
      const { page, el } = await mount(280);
      expect(el.getBoundingClientRect().width).to.be.at.most(280);
      const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > page.getBoundingClientRect().right + 1 || r.left < page.getBoundingClientRect().left - 1);
      }).map((e) => e.outerHTML.slice(0, 80));
      expect(overflowing).to.deep.equal([]);
    });
  }
});
