/**
 * Two copies of the code on one page, as when an app bundles the package and the page also has the script tag:
 * a `<care-feed>` of one copy, defined after a widget of the other inside it, still gives that widget its feed.
 * Needs `npm run build` (the package's dist/classes.js is the second copy).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { CareFeed } from '../../src/classes.js';
import { feedUrl } from '../mocks/handlers.js';
import { startWorker } from '../mocks/browser.js';
import { until, visibleText } from '../helpers.js';

type Classes = typeof import('../../src/classes.js');

describe('a <care-feed> of one copy of the code around a widget of another', () => {
  before(startWorker);

  it('gives the widget its feed when the <care-feed>\'s code comes after the widget\'s', async () => {
    const built: Classes = await import(/* @vite-ignore */ new URL('/dist/classes.js', location.href).href);
    customElements.define('built-finder', class extends built.CareSessionFinder {});
    const page = fixtureSync<HTMLElement>(html`<div><feed-of-the-app src=${feedUrl('finder')}>
      <built-finder viewer-timezone="America/Chicago"></built-finder></feed-of-the-app></div>`);
    const loads: string[] = [];
    page.addEventListener('care-feed-load', () => loads.push('load'));
    customElements.define('feed-of-the-app', class extends CareFeed {});
    await until(() => loads.length > 0, 15_000, 'the finder to load the feed');
    expect(visibleText(page.querySelector('built-finder')!)).to.contain('Tuesday peer circle');
  });

  it('lets go of a widget of the other copy moved out of it: the <care-feed>\'s next src is not that widget\'s', async () => {
    const built: Classes = await import(/* @vite-ignore */ new URL('/dist/classes.js', location.href).href);
    customElements.define('built-banner', class extends built.CareAwarenessBanner {});
    const page = fixtureSync<HTMLElement>(html`<div><feed-of-the-page src=${`${feedUrl('rotating')}?copies=1`}>
      <built-banner id="stays"></built-banner><built-banner id="moves"></built-banner></feed-of-the-page><div id="away"></div></div>`);
    const loads: string[] = [];
    page.addEventListener('care-feed-load', (e) => loads.push((e.target as Element).id));
    customElements.define('feed-of-the-page', class extends CareFeed {});
    await until(() => loads.length === 2, 15_000, 'both banners to load the feed');
    const moved = page.querySelector('#moves')!;
    page.querySelector('#away')!.append(moved);
    await until(() => visibleText(moved).includes('No information has been connected'), 15_000, 'the moved banner to have no feed');
    page.querySelector('feed-of-the-page')!.setAttribute('src', feedUrl('urgent'));
    await until(() => loads.filter((id) => id === 'stays').length === 2, 15_000, 'the banner inside to load the new feed');
    // The banner outside would have loaded it with the one inside, had it still heard the <care-feed>.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads).to.deep.equal(['stays', 'moves', 'stays']);
    expect(visibleText(moved)).to.contain('No information has been connected');
  });
});
