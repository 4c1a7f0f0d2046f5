/**
 * hash-state on a page whose address names a place on it (`page.html#contact`): the visitor followed
 * a link there, and the finder's filters must not take that place out of the address.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))];
const daySelect = (el: Element) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')!.querySelector('select')!;
const chooseDay = (el: Element, day: string) => {
  const select = daySelect(el);
  select.value = day;
  select.dispatchEvent(new Event('change'));
};
/** Long enough for the finder to have written the address, were it going to: its hash code is already loaded. */
const settle = async (el: CareSessionFinder) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('hash-state on a page whose address names a place on it', () => {
  const mount = () => mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
  let page: HTMLElement;

  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    page = fixtureSync(html`<div><h2 id="contact">Contact us</h2><a name="old-anchor">Our history</a><h2 id="café">Café</h2></div>`);
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  /** A finder whose hash code is in (a first choice written to the address), then a link followed to `hash`. */
  async function followedTo(hash: string): Promise<CareSessionFinder> {
    const { el } = await mount();
    chooseDay(el, 'tu');
    await until(() => location.hash === '#sessions:day=tu', 15000, 'the first choice in the address');
    location.hash = hash;
    await until(() => location.hash === hash, 15000, 'the link followed');
    await settle(el);
    return el;
  }

  for (const [place, hash] of [['an element\'s id', '#contact'], ['a named anchor', '#old-anchor'], ['an id with an accent', '#caf%C3%A9'], ['the top of the page', '#top']]) {
    it(`leaves ${place} in the address while the filters change, adding nothing to the history`, async () => {
      const el = await followedTo(hash);
      const entries = history.length;
      const state = { page: 'anchor' };
      history.replaceState(state, '');
      // The link's place is not the finder's state: the filters chosen before stay.
      expect(daySelect(el).value).to.equal('tu');
      chooseDay(el, 'we');
      await settle(el);
      expect(location.hash).to.equal(hash);
      // No more entries (Firefox, at its most a tab keeps, drops old ones: the count may even fall), and the
      // entry is still the one whose state was set: an entry added, at the most or not, would have none.
      expect(history.length).to.be.at.most(entries);
      expect(history.state).to.deep.equal(state);
      // The choice applies all the same, kept in the page.
      expect(daySelect(el).value).to.equal('we');
      expect(titles(el)).to.deep.equal(['Youth sharing circle']);
      shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Clear filters')!.click();
      await settle(el);
      expect(location.hash).to.equal(hash);
      expect(daySelect(el).value).to.equal('');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('still writes over a hash that names nothing on the page, and reads a link to its own state', async () => {
    const el = await followedTo('#gone');
    chooseDay(el, 'we');
    await until(() => location.hash === '#sessions:day=we', 15000, 'the choice in the address');
    // From a place on the page, a link to the finder's own state is followed as ever.
    location.hash = '#contact';
    await settle(el);
    location.hash = '#sessions:day=tu';
    await until(() => daySelect(el).value === 'tu', 15000, 'the link\'s choice');
    chooseDay(el, 'we');
    await until(() => location.hash === '#sessions:day=we', 15000, 'the next choice in the address');
    el.remove();
    page.remove();
  });
});
