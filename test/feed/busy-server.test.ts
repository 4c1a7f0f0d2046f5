/**
 * A server that turns requests away as too many (429, a shared host's limit) is busy, not missing
 * the feed: visitors are asked to try again in a while, and the keeper is told what it means.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until } from '../helpers.js';

describe('a server that answers 429 Too Many Requests', () => {
  before(startWorker);
  after(() => worker.resetHandlers());

  it('tells visitors to try again in a while, and the keeper why', async () => {
    const url = '/feeds/too-many.json';
    worker.use(http.get(url, () => new HttpResponse('Slow down', { status: 429, statusText: 'Too Many Requests' })));
    let error: CustomEvent | undefined;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url} @care-feed-error=${(e: CustomEvent) => (error = e)}></care-awareness-banner>`);
      await until(() => !!error, 4000, 'care-feed-error');
      const box = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
      expect(box).to.contain('Please try again in a little while.');
      expect(box).not.to.contain('could not be found');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
    expect(error!.detail.code).to.equal('http-429');
    expect(error!.detail.message).to.equal(`The feed at ${location.origin}${url} answered 429 Too Many Requests. The server is turning away requests as too many: ask whoever runs it to allow more.`);
  });
});
