/**
 * What every widget fetches only when needed (the feed problems' words, the saved copies, the
 * attribute warnings' words) loads once the connection is back when it could not be fetched before,
 * at the next time it is needed. Firefox keeps a module that failed to load failed for the page; the
 * widgets ask for it under another address (internal/on-demand.ts). Its own file: a module that
 * failed here may stay failed for the page.
 */
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { forgetFeed } from '../../src/feed/load.js';
import { feeds } from '../mocks/feeds.js';
import { moduleBackLater, worker } from '../mocks/browser.js';
import { until, visibleText, wait, warningsDuring } from '../helpers.js';

describe('a part every widget fetches when needed, once the connection is back', () => {
  const network = moduleBackLater(/\/src\/(feed\/problem-messages|feed\/saved-copies|internal\/care-check\/attribute-messages)\.ts/);
  const { failedThenBack } = network;
  beforeEach(() => localStorage.clear());

  it('gives the feed’s problems their words', async () => {
    const misspelt = () => ({ ...feeds.oneMessage, Messages: [] });
    const quiet = console.warn;
    console.warn = () => {};
    try {
      const first = fixtureSync<HTMLElement>(html`<care-awareness-banner .feed=${misspelt()}></care-awareness-banner>`);
      const coded = await oneEvent(first, 'care-feed-load');
      expect(coded.detail.problems[0].message).not.to.contain('is not a field of the feed');
      await failedThenBack('problem-messages.ts');
      const second = fixtureSync<HTMLElement>(html`<care-awareness-banner .feed=${misspelt()}></care-awareness-banner>`);
      const worded = await oneEvent(second, 'care-feed-load');
      expect(worded.detail.problems[0].message).to.contain('"Messages" is not a field of the feed');
    } finally {
      console.warn = quiet;
    }
  });

  it('keeps a copy of the next feed that arrives, shown when the network fails later', async () => {
    const unsaved = '/feeds/on-demand-unsaved.json';
    const url = '/feeds/on-demand-saved.json';
    let failing = false;
    worker.use(
      http.get(unsaved, () => HttpResponse.json(feeds.oneMessage)),
      http.get(url, () => (failing ? HttpResponse.error() : HttpResponse.json(feeds.urgent))),
    );
    fixtureSync(html`<care-awareness-banner src=${unsaved}></care-awareness-banner>`);
    await failedThenBack('saved-copies.ts');
    const first = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
    await until(() => visibleText(first).includes('helpline is open'), 15000, 'the feed');
    first.remove();
    // As on a later visit, offline.
    await until(() => network.asked.includes('saved-copies.ts'), 15000, 'the saved copies');
    await wait(300);
    forgetFeed(url);
    failing = true;
    const later = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
    await until(() => visibleText(later).includes('Saved copy'), 15000, 'the saved copy');
    expect(visibleText(later)).to.contain('helpline is open');
  });

  it('words the next warning about an attribute', async () => {
    const warnings = await warningsDuring(async () => {
      fixtureSync(html`<care-awareness-banner lang="English" .feed=${feeds.oneMessage}></care-awareness-banner>`);
      await failedThenBack('attribute-messages.ts');
      fixtureSync(html`<care-awareness-banner lang="Spanish" .feed=${feeds.oneMessage}></care-awareness-banner>`);
    }, 2);
    const about = warnings.filter((w) => w.includes('lang="'));
    // The first said plainly without its words, which could not be fetched; the next in them.
    expect(about).to.have.length(2);
    expect(about[0]).to.equal('<care-awareness-banner> lang="English" cannot be used, so it is ignored.');
    expect(about[1]).to.contain('<care-awareness-banner> lang="Spanish" needs a language tag');
  });
});
