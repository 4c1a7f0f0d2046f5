/**
 * The lookup's "Leave this site" stays in the top corner of the screen, above the page: the lookup keeps
 * that corner free of its own words, so that on a phone the button never covers the hint that tells of the
 * Shift shortcut, however narrow the page.
 */
import { expect } from '@open-wc/testing';
import { inside, openHostPage, type HostPage } from './host-page.js';
import { until } from '../helpers.js';

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Every piece of text the lookup shows under its quick exit button, by the boxes of its lines. */
function wordsUnderExit(page: HostPage, el: HTMLElement): string[] {
  const button = inside(el, '[part="quick-exit"]')[0].getBoundingClientRect();
  const walker = page.doc.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const under: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('[part="quick-exit"], .visually-hidden')) continue;
    const range = page.doc.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some((box) => overlap(box, button) > 0)) under.push(node.textContent!.trim().slice(0, 40));
  }
  return under;
}

const frames = async (page: HostPage, count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
};

describe('quick exit in the corner of the screen', () => {
  for (const [width, css] of [[280, ''], [320, ''], [1000, ''], [320, 'html { font-size: 200% }']] as const) {
    it(`covers none of the lookup's own words at the top of a ${width} px page${css ? ' at 200 % text' : ''}`, async () => {
      const page = await openHostPage('<care-referral-lookup quick-exit viewer-timezone="America/Chicago"></care-referral-lookup>', { width, css });
      try {
        const el = page.all('care-referral-lookup')[0];
        // The lookup measures the button as it is laid out, a frame or two after it shows.
        await frames(page, 3);
        expect(wordsUnderExit(page, el)).to.deep.equal([]);
        expect(inside(el, '.quick-exit span')[0].textContent).to.contain('Shift');
      } finally {
        page.close();
      }
    });
  }

  it('keeps the corner free with quick-exit turned off and on again, a moment apart and at once, and as the button grows with the text', async () => {
    const page = await openHostPage('<care-referral-lookup quick-exit viewer-timezone="America/Chicago"></care-referral-lookup>', { width: 320 });
    try {
      const el = page.all<HTMLElement & { quickExit: boolean; updateComplete: Promise<unknown> }>('care-referral-lookup')[0];
      const toggle = async () => {
        el.quickExit = false;
        await el.updateComplete;
        el.quickExit = true;
        await el.updateComplete;
      };
      el.quickExit = false;
      await el.updateComplete;
      await frames(page, 3);
      for (let i = 0; i < 3; i++) await toggle();
      await until(() => wordsUnderExit(page, el).length === 0, 15000, 'the space kept under the button');
      const before = inside(el, '[part="quick-exit"]')[0].offsetHeight;
      // The button's words wrap at twice the text size: taller, and the space under it follows.
      page.doc.documentElement.style.fontSize = '200%';
      await until(() => inside(el, '[part="quick-exit"]')[0].offsetHeight > before, 15000, 'the button to grow');
      await frames(page, 3);
      expect(inside(el, '[part="quick-exit"]')).to.have.length(1);
      expect(wordsUnderExit(page, el)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
