import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import { filtersFromHash, filtersToHash } from '../../src/session-finder/hash-state.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

describe('hash-state', () => {
  describe('the hash', () => {
    it('holds the menu filters and never the search words', () => {
      expect(filtersToHash({ day: 'tu', kind: 'peer-group', free: true, query: 'suicide' })).to.equal('#sessions:day=tu&kind=peer-group&free=true');
      expect(filtersToHash({ query: 'suicide' })).to.equal('');
    });

    it('reads no search words from a link, and keeps the ones typed on this page', () => {
      expect(filtersFromHash('#sessions:audience=women&q=suicide')).to.deep.equal({ audience: 'women' });
      expect(filtersFromHash('#sessions:day=we', { day: 'tu', query: 'grief' })).to.deep.equal({ day: 'we', query: 'grief' });
      expect(filtersFromHash('', { kind: 'workshop', query: 'grief' })).to.deep.equal({ query: 'grief' });
      expect(filtersFromHash('#contact', { query: 'grief' })).to.equal(undefined);
    });
  });

  describe('on a page', () => {
    const mount = () => mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const searchBox = (el: Element) => shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
    const daySelect = (el: Element) =>
      shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')!.querySelector('select')!;

    beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('keeps typed search words out of the address bar and the history, from the keyboard', async () => {
      const { el } = await mount();
      const entries = history.length;
      searchBox(el).focus();
      await sendKeys({ type: 'suicide' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('suicide');
      expect(location.href).not.to.contain('suicide');
      expect(history.length).to.equal(entries);
      await expect(el).to.be.accessible();
    });

    it('writes the other filters without the search words, and keeps the words through Back', async () => {
      const { el } = await mount();
      searchBox(el).focus();
      await sendKeys({ type: 'circle' });
      const day = daySelect(el);
      day.value = 'we';
      day.dispatchEvent(new Event('change'));
      // The hash's code is fetched when first needed.
      await until(() => location.hash === '#sessions:day=we', 3000, 'the hash');
      history.back();
      await until(() => location.hash === '', 2000, 'Back');
      await until(() => daySelect(el).value === '', 2000, 'the day filter to clear');
      expect(searchBox(el).value).to.equal('circle');
    });

    it('starts from a shared link\'s filters, but not from search words in it', async () => {
      history.replaceState(null, '', '#sessions:audience=women&q=suicide');
      const { el } = await mount();
      // The list waits for the link's filters.
      await until(() => !!searchBox(el), 3000, 'the list');
      expect(searchBox(el).value).to.equal('');
      expect([...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))]).to.deep.equal(['Women’s circle']);
    });
  });
});
