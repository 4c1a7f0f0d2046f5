/**
 * The paste-in stylesheet (dist/care-widgets.css) keeps for each widget, before its code arrives,
 * the space its loading state will take, on a page that sets the widgets' sizes through their
 * custom properties (--care-banner-min-height, --care-font-size, --care-space), so nothing moves
 * when the code arrives after the first paint. Needs `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { loadFrame } from './frame.js';
import { until } from '../helpers.js';

interface Height {
  /** The widget's id, or else its tag. */
  tag: string;
  defined: boolean;
  loading: boolean;
  height: number;
}

describe('the space kept for each widget before its code arrives', () => {
  for (const width of [400, 1000]) {
    it(`is the height of its loading state, as the page's custom properties set it (${width} px)`, async () => {
      const { frame, win } = await loadFrame<Window & { heights: Height[] }>('/test/dist/pages/reserved-space.html', width);
      const tags = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];
      // Until each widget has shown its loading state (the feeds arrive 15 seconds later, so that a busy machine's
      // widgets still show it first; the frame is gone before then).
      await until(() => tags.every((tag) => win.heights.some((h) => h.tag === tag && h.loading)), 12_000, 'every widget loading');
      const heights = win.heights;
      frame.remove();
      const heightsOf = (tag: string, when: (h: Height) => boolean) => [...new Set(heights.filter((h) => h.tag === tag && when(h)).map((h) => Math.round(h.height)))];
      const kept = tags.map((tag) => [tag, heightsOf(tag, (h) => !h.defined)]);
      for (const [tag, before] of kept) expect(before.length, `${tag} painted before its code arrived`).to.be.greaterThan(0);
      expect(kept, 'kept before the code arrived, and the loading state').to.deep.equal(tags.map((tag) => [tag, heightsOf(tag, (h) => h.loading)]));
      // What the page asked for: 10em of the page's 16 px.
      expect(heights.find((h) => h.tag === 'care-awareness-banner')!.height).to.equal(160);
    });
  }

  // A banner in a sidebar of a wide page is narrow, and one in small text on a narrow page is wide: the space kept
  // follows the banner's own width and text size, as its layout does, not the screen's.
  for (const width of [1000, 460]) {
    it(`is the height of the banner's loading state in a narrow column and in small text (${width} px)`, async () => {
      const { frame, win } = await loadFrame<Window & { heights: Height[] }>('/test/dist/pages/reserved-space-column.html', width);
      const banners = ['page-wide', 'small-text', 'sidebar'];
      await until(() => banners.every((id) => win.heights.some((h) => h.tag === id && h.loading)), 12_000, 'every banner loading');
      const heights = win.heights;
      frame.remove();
      const heightsOf = (id: string, when: (h: Height) => boolean) => [...new Set(heights.filter((h) => h.tag === id && when(h)).map((h) => Math.round(h.height)))];
      const kept = banners.map((id) => [id, heightsOf(id, (h) => !h.defined)]);
      for (const [id, before] of kept) expect(before.length, `${id} painted before its code arrived`).to.be.greaterThan(0);
      expect(kept, 'kept before the code arrived, and the loading state').to.deep.equal(banners.map((id) => [id, heightsOf(id, (h) => h.loading)]));
    });
  }
});
