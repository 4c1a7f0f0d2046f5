/**
 * The code that checks and sends (deliver.ts) could not be fetched when the form showed, and can be
 * later: the next Send fetches it again, in every engine (Firefox keeps a module that failed to load
 * failed for the page, so a later try asks for it under another address). Its own file: once the
 * code has arrived, it is there for the page.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { until } from '../helpers.js';
import { moduleAskedFor, startWorker, worker } from '../mocks/browser.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { recordSignups } from './record.js';
import { fillValid, mountSignup, press } from './helpers.js';

describe('<care-volunteer-signup> when the code that sends arrives only on a later try', () => {
  let reachable = false;
  const requested: string[] = [];
  before(async () => {
    await startWorker();
    worker.use(http.get(/\/volunteer-signup\/deliver\./, ({ request }) => {
      requested.push(request.url);
      return reachable ? undefined : HttpResponse.error();
    }));
    worker.use(http.post('/signups/later', () => HttpResponse.json({ ok: true })));
  });
  after(() => worker.resetHandlers());

  it('fails with "could not reach us" while it cannot be fetched, and once it can, Try again fetches it and sends the signup', async function () {
    sessionStorage.clear();
    const el = await mountSignup(volunteerFeed({ submit: { url: '/signups/later', format: 'json', email: 'volunteer@riverside-peer.example.org' } }));
    await moduleAskedFor(this, () => requested.length, 'the request for the sending code');
    await fillValid(el);
    const failed = oneEvent(el, 'care-volunteer-failed');
    await press(el, 'Send');
    expect((await failed).detail.reason).to.equal('network');
    await el.updateComplete;

    reachable = true;
    const signups = recordSignups('/signups/later');
    const outcome = Promise.race([oneEvent(el, 'care-volunteer-sent'), oneEvent(el, 'care-volunteer-failed')]);
    await press(el, 'Try again');
    expect((await outcome).type).to.equal('care-volunteer-sent');
    await until(() => signups.list.length === 1 && !!signups.list[0].body, 3000, 'the signup at the endpoint');
    signups.stop();
    expect(JSON.parse(signups.list[0].body).name).to.equal('Ada Lovelace');
    // Try again asked the network, rather than being answered with the failure the browser kept.
    expect(requested.length).to.be.at.least(2);
  });
});
