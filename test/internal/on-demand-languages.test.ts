/**
 * Language files that could not be fetched when first asked for (the connection down) are fetched
 * once it is back: on a change of language, and for a widget added later. Firefox keeps a module
 * that failed to load failed for the page; the widgets ask for it under another address
 * (internal/on-demand.ts). Its own file: a module that failed here may stay failed for the page.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { moduleBackLater } from '../mocks/browser.js';
import { button, mountLoaded, until, visibleText, wait } from '../helpers.js';

/** The Spanish files: the shared words, the finder's, those it shares with the lookup and the banner's. */
const SPANISH = /\/(i18n|session-finder|awareness-banner)\/locales\/(finder-lookup\/)?es\.ts/;

describe('a language file that could not be fetched, once the connection is back', () => {
  const network = moduleBackLater(SPANISH, (url) => url.pathname.replace(/^.*\/src\//, ''));

  it('is fetched on a change of language, and for a widget added later, and shown', async () => {
    const { el: finder } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang="es" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    await until(() => visibleText(finder).includes('Search sessions'), 15000, 'the finder in English');
    // English shows at the first file that failed: the others' requests may still be on their way to the worker.
    await until(() => new Set(network.asked).size === 3, 15000, 'the three files asked for');
    const failed = [...new Set(network.asked)].sort();
    expect(failed).to.deep.equal(['i18n/locales/es.ts', 'i18n/locales/finder-lookup/es.ts', 'session-finder/locales/es.ts']);
    // The widget gave up at the first file that failed; the others fail a moment later (asking again meanwhile
    // would share their tries).
    await wait(500);

    network.back = true;
    network.asked.length = 0;
    finder.lang = 'en';
    await finder.updateComplete;
    finder.lang = 'es';
    await until(() => visibleText(finder).includes('Buscar sesiones'), 15000, 'the finder in Spanish');
    // The audiences' names came too.
    expect(visibleText(finder)).to.contain('Jóvenes');
    expect([...new Set(network.asked)].sort()).to.deep.equal(failed);

    const banner = fixtureSync<HTMLElement>(html`<care-awareness-banner lang="es" .feed=${feeds.rotating}></care-awareness-banner>`);
    await until(() => !!button(banner, 'Mensaje siguiente'), 15000, 'the banner in Spanish');
    expect(banner.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    await expect(finder).to.be.accessible();
  });
});
