/**
 * What the feed's server learns of the page that asked: the site's address, never the page's path and
 * query, which can say what a visitor was looking for, whatever referrer policy the page itself sets.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { startWorker, worker } from '../mocks/browser.js';

describe('the feed request', () => {
  before(startWorker);
  after(() => worker.resetHandlers());

  it('tells the feed’s server the site, not the page, even on a page whose own policy gives the whole address', async () => {
    const policy = Object.assign(document.createElement('meta'), { name: 'referrer', content: 'unsafe-url' });
    document.head.append(policy);
    const page = location.href;
    history.replaceState(null, '', '/help/leaving-an-abusive-partner?from=search');
    const referrers: string[] = [];
    worker.use(http.get('/feeds/referrer.json', ({ request }) => {
      referrers.push(request.referrer);
      return HttpResponse.json({ version: 1, organization: { name: 'Riverside' }, messages: [{ id: 'a', text: 'You are not alone.' }] });
    }));
    try {
      const el = await fixture<HTMLElement>(html`<care-awareness-banner src="/feeds/referrer.json"></care-awareness-banner>`);
      if (referrers.length === 0) await oneEvent(el, 'care-feed-load');
      expect(referrers).to.deep.equal([`${location.origin}/`]);
    } finally {
      history.replaceState(null, '', page);
      policy.remove();
    }
  });
});
