/** The banner's controls at twice the text size on a phone (WCAG 1.4.4, 1.4.10): each where a finger and a screen magnifier find it alone. */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds } from '../mocks/feeds.js';
import { startWorker } from '../mocks/browser.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

/** The area two boxes share, in square px. */
const shared = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('<care-awareness-banner> at 200 % text on a 320 px page', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  for (const lang of ['en', 'ar']) {
    it(`keeps its buttons, "Message 1 of 3" and the text apart, lang="${lang}"`, async () => {
      for (const feed of [feeds.rotating, feeds.urgent]) {
        const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner lang=${lang} style="width: 320px; font-size: 32px" .feed=${feed}></care-awareness-banner>`);
        await until(() => lang === 'en' || !visibleText(el).includes('Message 1'), 15000, 'the strings');
        const parts = shadowQueryAll(el, '[part="text"], [part="position"], button');
        const covered: string[] = [];
        parts.forEach((a, i) => parts.slice(i + 1).forEach((b) => {
          if (shared(a.getBoundingClientRect(), b.getBoundingClientRect()) > 1) covered.push(`${a.getAttribute('aria-label') ?? a.getAttribute('part')} / ${b.getAttribute('aria-label') ?? b.getAttribute('part')}`);
        }));
        expect(covered, `${feed.messages.length} messages`).to.deep.equal([]);
        el.remove();
      }
    });
  }
});
