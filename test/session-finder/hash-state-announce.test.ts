/**
 * With hash-state, Back and Forward change the filters and the list: a screen reader is told what
 * they came to, as it is told after a person's own choice in the menus (internal/quiet-status.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { filtersFromHash } from '../../src/session-finder/hash-state.js';
import { PAUSE_MS } from '../../src/internal/quiet-status.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until, wait } from '../helpers.js';

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every text the live region takes from now on. */
function record(region: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => said.push(text(region))).observe(region, { subtree: true, childList: true, characterData: true });
  return said;
}

describe('hash-state: Back and Forward are heard', () => {
  const mount = () => mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
  const daySelect = (el: Element) =>
    shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')!.querySelector('select')!;
  const summary = (el: Element) => text(shadowQueryAll(el, '[part="summary"]')[0]);

  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('says the count that Back and then Forward come to, once each', async () => {
    const { el } = await mount();
    const region = shadowQueryAll(el, '[role="status"]')[0];
    const everything = summary(el);
    const day = daySelect(el);
    day.value = 'we';
    day.dispatchEvent(new Event('change'));
    await until(() => location.hash === '#sessions:day=we', 3000, 'the hash');
    const wednesdays = summary(el);
    expect(wednesdays).not.to.equal(everything);
    // The person's own choice is said; then Back.
    await until(() => text(region) === wednesdays, PAUSE_MS * 3, 'the choice to be said');

    const said = record(region);
    history.back();
    await until(() => daySelect(el).value === '', 3000, 'Back');
    expect(summary(el)).to.equal(everything);
    await until(() => said.includes(everything), PAUSE_MS * 3, 'the count after Back to be said');

    said.length = 0;
    history.forward();
    await until(() => daySelect(el).value === 'we', 3000, 'Forward');
    await until(() => said.includes(wednesdays), PAUSE_MS * 3, 'the count after Forward to be said');
    await wait(PAUSE_MS / 2);
    expect(said.filter(Boolean), 'said once').to.deep.equal([wednesdays]);
    await expect(el).to.be.accessible();
  });

  it('reads no change from an address that names the filters already set', () => {
    expect(filtersFromHash('#sessions:day=we', { day: 'we', query: 'grief' })).to.equal(undefined);
    expect(filtersFromHash('', { query: 'grief' })).to.equal(undefined);
    expect(filtersFromHash('', { day: 'we', query: 'grief' })).to.deep.equal({ query: 'grief' });
  });

  it('says nothing for a history entry of the page’s own that leaves the filters as they were', async () => {
    const { el } = await mount();
    const region = shadowQueryAll(el, '[role="status"]')[0];
    const said = record(region);
    // A router's entry: the same address, no filters before or after.
    history.pushState({ page: 2 }, '', location.href);
    history.back();
    await wait(PAUSE_MS * 1.5);
    expect(said.filter(Boolean)).to.deep.equal([]);
  });
});
