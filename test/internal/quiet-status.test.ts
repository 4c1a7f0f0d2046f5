/**
 * The count a screen reader hears: a search typed letter by letter changes the visible count at each
 * key, and the live region once, when the person pauses.
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
  'the session finder': () => mountLoaded(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`),
  'the referral lookup': () => mountLoaded(html`<care-referral-lookup viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`),
};

describe('the count in the live region', () => {
  for (const [name, mount] of Object.entries(widgets)) {
    it(`${name}: says the count once the person stops typing, not at every key`, async () => {
      const { el } = await mount();
      const status = shadowQueryAll(el, '[role="status"]');
      expect(status, 'one live region').to.have.length(1);
      const summary = shadowQueryAll(el, '[part="summary"]')[0];
      // Present from the start, and the visible count is not read twice.
      expect(text(summary)).not.to.equal('');
      expect(text(status[0])).to.equal(text(summary));
      expect(summary.getAttribute('aria-hidden')).to.equal('true');

      const said: string[] = [];
      new MutationObserver(() => said.push(text(status[0]))).observe(status[0], { subtree: true, childList: true, characterData: true });
      const seen = new Set([text(summary)]);
      shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0].focus();
      for (const key of 'zzq') {
        await sendKeys({ type: key });
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        seen.add(text(summary));
      }
      expect(seen.size, 'the visible count follows the keys').to.be.above(1);
      expect(said).to.deep.equal([]);
      await until(() => said.length > 0, PAUSE_MS * 3, 'the count to be said');
      await wait(PAUSE_MS / 2);
      expect(said).to.deep.equal([text(summary)]);
      await expect(el).to.be.accessible();
    });
  }
});
