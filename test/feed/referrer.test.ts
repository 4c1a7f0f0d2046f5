/**
 * What the feed's server learns of the page that asked: nothing of its address, whose path and query can say
 * what a visitor was looking for, whatever referrer policy the page itself sets: one that gives the whole
 * address, and one that gives none, which the feed's request must not loosen.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { startWorker, worker } from '../mocks/browser.js';

describe('the feed request', () => {
  before(startWorker);
  after(() => worker.resetHandlers());

  for (const content of ['unsafe-url', 'no-referrer']) {
    it(`tells the feed’s server nothing of the page’s address, on a page whose own policy is ${content}`, async () => {
      const policy = Object.assign(document.createElement('meta'), { name: 'referrer', content });
      document.head.append(policy);
      const page = location.href;
      history.replaceState(null, '', '/help/leaving-an-abusive-partner?from=search');
      const referrers: string[] = [];
      worker.use(http.get(`/feeds/referrer-${content}.json`, ({ request }) => {
        referrers.push(request.referrer);
        return HttpResponse.json({ version: 1, organization: { name: 'Riverside' }, messages: [{ id: 'a', text: 'You are not alone.' }] });
      }));
      try {
        const el = await fixture<HTMLElement>(html`<care-awareness-banner src=${`/feeds/referrer-${content}.json`}></care-awareness-banner>`);
        if (referrers.length === 0) await oneEvent(el, 'care-feed-load');
        expect(referrers).to.deep.equal(['']);
      } finally {
        history.replaceState(null, '', page);
        policy.remove();
      }
    });
  }
});
