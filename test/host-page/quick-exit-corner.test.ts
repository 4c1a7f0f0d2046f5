/**
 * The lookup's "Leave this site" stays in the top corner of the screen, above the page: the lookup keeps
 * that corner free of its own words, so that on a phone the button never covers the hint that tells of the
 * Shift shortcut, however narrow the page.
 */
import { expect } from '@open-wc/testing';
import { inside, openHostPage } from './host-page.js';

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('quick exit in the corner of the screen', () => {
  for (const [width, css] of [[280, ''], [320, ''], [1000, ''], [320, 'html { font-size: 200% }']] as const) {
    it(`covers none of the lookup's own words at the top of a ${width} px page${css ? ' at 200 % text' : ''}`, async () => {
      const page = await openHostPage('<care-referral-lookup quick-exit viewer-timezone="America/Chicago"></care-referral-lookup>', { width, css });
      try {
        const el = page.all('care-referral-lookup')[0];
        // The lookup measures the button as it is laid out, a frame or two after it shows.
        for (let i = 0; i < 3; i++) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
        const button = inside(el, '[part="quick-exit"]')[0].getBoundingClientRect();
        // Every piece of text the lookup shows, by the boxes of its lines.
        const walker = page.doc.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        const under: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent!.trim() || node.parentElement!.closest('[part="quick-exit"], .visually-hidden')) continue;
          const range = page.doc.createRange();
          range.selectNodeContents(node);
          if ([...range.getClientRects()].some((box) => overlap(box, button) > 0)) under.push(node.textContent!.trim().slice(0, 40));
        }
        expect(under).to.deep.equal([]);
        expect(inside(el, '.quick-exit span')[0].textContent).to.contain('Shift');
      } finally {
        page.close();
      }
    });
  }
});
