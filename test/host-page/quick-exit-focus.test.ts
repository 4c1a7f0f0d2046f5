/**
 * The lookup's "Leave this site", fixed in the top corner of the screen, never covers the control that has
 * the focus: going back up through the lookup with the keyboard, each control the browser brings into
 * view stops below it (scroll-margin-top); and at twice the text size it stays a corner, its words wrapping.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { inside, openHostPage } from './host-page.js';

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

for (const [what, css, lang] of [['', '', 'en'], [' at 200 % text', 'html { font-size: 200% }', 'en'], [' at 200 % text in Arabic', 'html { font-size: 200% }', 'ar']]) {
  describe(`quick exit on a 320 px page${what}`, () => {
    it('covers no control of the lookup as the focus goes back up through it, and takes about 40 % of the width at most', async () => {
      const page = await openHostPage(`<care-referral-lookup lang="${lang}" quick-exit viewer-timezone="America/Chicago"></care-referral-lookup>`, { width: 320, css });
      try {
        const el = page.all('care-referral-lookup')[0];
        await until(() => inside(el, '[part="quick-exit"]')[0]?.textContent !== '\u00a0' && inside(el, '[part="referral"]').length > 0, 15000, 'the lookup');
        const exit = inside(el, '[part="quick-exit"]')[0];
        // The lookup measures the button as it is laid out, a frame or two after it shows.
        for (let i = 0; i < 3; i++) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
        const size = exit.getBoundingClientRect();
        expect(size.width, 'its width').to.be.at.most(0.45 * 320);
        expect(exit.scrollWidth, 'its words fit inside it').to.be.at.most(exit.clientWidth + 1);
        const controls = inside(el, 'a[href], button:not([part="quick-exit"]), input, select, summary, textarea')
          .filter((c) => c.getBoundingClientRect().height > 0);
        expect(controls.length).to.be.above(5);
        // From the bottom of the page up, as Shift+Tab goes: each control comes into view at the top edge.
        page.win.scrollTo(0, page.doc.documentElement.scrollHeight);
        const covered: string[] = [];
        for (const control of controls.reverse()) {
          control.focus();
          const box = control.getBoundingClientRect();
          if (overlap(box, exit.getBoundingClientRect()) > 0) covered.push(`${control.localName} "${(control.textContent || control.getAttribute('aria-label') || '').trim().slice(0, 30)}"`);
        }
        expect(covered).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  });
}
