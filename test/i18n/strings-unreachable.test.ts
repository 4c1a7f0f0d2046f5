/**
 * A language whose file cannot be fetched (a lost connection, a file missing on the server): the
 * widget shows its whole UI in English, marked as English and laid out left to right, with English
 * dates, rather than English words voiced and laid out as Hebrew beside Hebrew dates. The webmaster
 * is told once; the failure is not kept, so a later widget or change of language asks again.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { moduleUnreachable, worker } from '../mocks/browser.js';
import { button, mountLoaded, until, visibleText } from '../helpers.js';

const unreachable = moduleUnreachable(/\/locales\/(audiences\/)?he\.ts/);
const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;
const marked = (el: Element) => [base(el).getAttribute('lang'), base(el).getAttribute('dir')];
const HEBREW_DAYS = /יום (ראשון|שני|שלישי|רביעי|חמישי|שישי)/;

describe('a language file that cannot be fetched', () => {
  const said: string[] = [];
  const warn = console.warn;
  before(() => (console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '))));
  after(() => (console.warn = warn));

  let finder: HTMLElement;
  it('shows the whole widget in English, marked so, left to right, and tells the webmaster once', async () => {
    const page = await mountLoaded(html`<div lang="he">
      <care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>
      <care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>
    </div>`);
    const banner = page.el.querySelector('care-awareness-banner')!;
    finder = page.el.querySelector('care-session-finder')!;
    // Both widgets have heard that their files failed.
    await until(() => [banner, finder].every((w) => marked(w)[0] !== 'he'), 3000, 'the Hebrew files failing');
    await until(() => visibleText(finder).includes('Search sessions') && !!button(banner, 'Next message'), 3000, 'both widgets');
    expect(unreachable.requests).to.be.greaterThan(0);
    expect(marked(banner)).to.deep.equal(['en', 'ltr']);
    expect(marked(finder)).to.deep.equal(['en', 'ltr']);
    // Its dates and days in English too: the finder's Day filter lists Monday, not יום שני.
    expect(visibleText(finder)).to.match(/Day Any Monday/);
    expect(visibleText(finder)).not.to.match(HEBREW_DAYS);
    const told = said.filter((w) => w.includes('could not be fetched'));
    expect(told.length, told.join('\n')).to.equal(1);
    expect(told[0]).to.contain('"he"');
    expect(told[0]).to.contain('copy the whole dist/ folder');
    await expect(finder).to.be.accessible();
  });

  it('asks again for a widget added later, and for a change of language, once the file can be fetched', async () => {
    worker.resetHandlers();
    // Firefox keeps a module that failed to load failed for the page: the widgets ask for it under another address (on-demand.ts).
    const { el } = await mountLoaded(html`<care-awareness-banner lang="he" .feed=${feeds.rotating}></care-awareness-banner>`);
    await until(() => !!button(el, 'ההודעה הבאה'), 3000, 'the Hebrew controls');
    expect(marked(el)).to.deep.equal(['he', 'rtl']);

    // The finder that fell back to English, on the page again (its test's page is gone).
    document.body.append(finder);
    finder.lang = 'es';
    await until(() => visibleText(finder).includes('Buscar sesiones'), 3000, 'the Spanish words');
    finder.lang = 'he';
    await until(() => visibleText(finder).includes('חיפוש מפגשים'), 3000, 'the Hebrew words');
    expect(visibleText(finder)).to.match(HEBREW_DAYS);
    expect(marked(finder)).to.deep.equal(['he', 'rtl']);
    await expect(finder).to.be.accessible();
    finder.remove();
  });
});
