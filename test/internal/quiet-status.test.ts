/**
 * What a screen reader hears of the finder's and the lookup's count: nothing while a page loads or
 * its language arrives; after a person's change, the count once they pause, not at every key.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import { PAUSE_MS } from '../../src/internal/quiet-status.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until, wait } from '../helpers.js';

const ZONE = 'America/Chicago';
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const widgets = {
  'the session finder': (lang = 'en') => mountLoaded(html`<care-session-finder lang=${lang} viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`),
  'the referral lookup': (lang = 'en') => mountLoaded(html`<care-referral-lookup lang=${lang} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`),
};

/** Every text the live region takes from now on, empty ones included. */
function record(region: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => said.push(text(region))).observe(region, { subtree: true, childList: true, characterData: true });
  return said;
}

async function type(el: Element, keys: string) {
  for (const key of keys) {
    await sendKeys({ type: key });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

describe('the count in the live region', () => {
  for (const [name, mount] of Object.entries(widgets)) {
    it(`${name}: says nothing while the page loads, in English or as another language arrives`, async () => {
      for (const lang of ['en', 'es']) {
        const { el } = await mount(lang);
        const [region, ...others] = shadowQueryAll(el, '[role="status"]');
        expect(others, 'one live region').to.have.length(0);
        const said = record(region);
        await wait(PAUSE_MS * 1.5);
        expect(said, lang).to.deep.equal([]);
        expect(text(region), lang).to.equal('');
        // The visible count is what a screen reader reads where it stands.
        const summary = shadowQueryAll(el, '[part="summary"]')[0];
        expect(text(summary), lang).not.to.equal('');
        expect(summary.closest('[aria-hidden="true"]'), lang).to.equal(null);
        el.remove();
      }
    });

    it(`${name}: says the count once the person stops typing, not at every key, and again when more typing leaves it the same`, async () => {
      const { el } = await mount();
      const region = shadowQueryAll(el, '[role="status"]')[0];
      const summary = shadowQueryAll(el, '[part="summary"]')[0];
      const said = record(region);
      const seen = new Set([text(summary)]);
      const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
      // When each key came: a busy machine can take longer than the pause between two, and then the count is rightly said.
      const keyTimes: number[] = [];
      search.addEventListener('input', () => keyTimes.push(performance.now()));
      search.focus();
      for (const key of 'zzq') {
        await type(el, key);
        seen.add(text(summary));
      }
      expect(seen.size, 'the visible count follows the keys').to.be.above(1);
      const paused = [...keyTimes, performance.now()].some((time, i, times) => i > 0 && time - times[i - 1] >= PAUSE_MS * 0.9);
      if (!paused) expect(said.filter(Boolean)).to.deep.equal([]);
      await until(() => said.some(Boolean), PAUSE_MS * 3, 'the count to be said');
      await wait(PAUSE_MS / 2);
      if (paused) expect(said.filter(Boolean).at(-1)).to.equal(text(summary));
      else expect(said.filter(Boolean)).to.deep.equal([text(summary)]);
      await expect(el).to.be.accessible();

      const before = text(summary);
      const saidBefore = said.filter(Boolean).length;
      await type(el, 'x');
      expect(text(summary)).to.equal(before);
      await until(() => said.filter(Boolean).length === saidBefore + 1, PAUSE_MS * 3, 'the same count to be said again');
      expect(said.filter(Boolean).at(-1)).to.equal(before);
    });
  }

  it('is empty again once it has been read out', async () => {
    const { el } = await widgets['the referral lookup']();
    const region = shadowQueryAll(el, '[role="status"]')[0];
    shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0].focus();
    await type(el, 'zz');
    await until(() => text(region) !== '', PAUSE_MS * 3, 'the count to be said');
    await until(() => text(region) === '', 8000, 'the region to be emptied');
  });
});
