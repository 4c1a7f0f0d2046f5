/**
 * <care-feed> whose code comes after its widgets' (an app that imports care-widgets/feed.js later, or lazily),
 * with the widgets in its light DOM and inside a shadow root within it.
 */
import { expect } from '@open-wc/testing';
import { framePage } from '../frame.js';
import { until } from '../../helpers.js';

const base = new URL('./', import.meta.url).pathname;

for (const where of ['light', 'shadow']) {
  describe(`widgets ${where === 'light' ? 'inside' : 'in a shadow root inside'} a <care-feed> defined later`, () => {
    for (const [file, tag] of [['awareness-banner.js', 'care-awareness-banner'], ['session-finder.js', 'care-session-finder'], ['referral-lookup.js', 'care-referral-lookup'], ['volunteer-signup.js', 'care-volunteer-signup']]) {
      it(`<${tag}> waits, then takes its feed`, async () => {
        const win = await framePage(`<care-feed src="${base}feed-a.json"><div id="host"></div></care-feed>
          <script type="module">
            import '/dist/${file}';
            window.seen = [];
            window.defineFeed = () => import('${location.origin}/dist/feed.js');
            const el = document.createElement('${tag}');
            el.addEventListener('care-feed-load', (e) => seen.push(e.detail.feed.organization.name));
            el.addEventListener('care-feed-error', (e) => seen.push('error ' + e.detail.code));
            const host = document.getElementById('host');
            ${where === 'light' ? 'host.append(el)' : "host.attachShadow({ mode: 'open' }).append(el)"};
          </script>`);
        const seen = (win as unknown as { seen: string[] }).seen;
        await new Promise((resolve) => setTimeout(resolve, 500));
        const before = [...seen];
        await (win as unknown as { defineFeed: () => Promise<unknown> }).defineFeed();
        await until(() => seen.at(-1) === 'Org A', 15000, 'the feed of <care-feed>');
        // It waits quietly, in a shadow root too: the <care-feed> around it is on its way.
        expect(before, 'nothing before').to.deep.equal([]);
        expect(seen.at(-1)).to.equal('Org A');
      });
    }
  });
}
