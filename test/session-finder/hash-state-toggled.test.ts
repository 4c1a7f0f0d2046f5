/**
 * hash-state turned on or off after the finder is up (a settings panel, an app's option), as if written so from
 * the start: on, the filters go into the address and Back brings them back; off, the finder leaves the address
 * alone and no longer follows it.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until, wait } from '../helpers.js';

/** The Day filter, once the filter panel shows it (it opens once the finder has its width: a frame or more after the feed, on a busy machine). */
const daySelect = (el: Element) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')?.querySelector('select');
const pickDay = async (el: Element, day: string) => {
  await until(() => !!daySelect(el), 15000, 'the Day filter');
  const select = daySelect(el)!;
  select.value = day;
  select.dispatchEvent(new Event('change'));
};

describe('hash-state turned on or off after the finder is up', () => {
  const mount = (hashState: boolean) =>
    mountLoaded<CareSessionFinder>(html`<care-session-finder ?hash-state=${hashState} viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);

  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('turned on: the filters go into the address, and Back and a pasted link change them', async () => {
    const { el } = await mount(false);
    el.setAttribute('hash-state', '');
    await el.updateComplete;
    await pickDay(el, 'we');
    await until(() => location.hash === '#sessions:day=we', 15000, 'the hash');
    history.back();
    await until(() => daySelect(el)?.value === '', 15000, 'Back');
    location.hash = '#sessions:day=tu';
    await until(() => daySelect(el)?.value === 'tu', 15000, 'the link');
  });

  it('turned on with a link’s filters in the address: reads them', async () => {
    const { el } = await mount(false);
    history.replaceState(null, '', '#sessions:day=tu');
    el.setAttribute('hash-state', '');
    await until(() => daySelect(el)?.value === 'tu', 15000, 'the link');
  });

  it('turned off: the address is neither written nor followed', async () => {
    const { el } = await mount(true);
    el.removeAttribute('hash-state');
    await el.updateComplete;
    await pickDay(el, 'we');
    await wait(300);
    expect(location.hash).to.equal('');
    location.hash = '#sessions:day=tu';
    await wait(300);
    expect(daySelect(el)!.value).to.equal('we');
  });
});
