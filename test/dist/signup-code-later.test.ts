/**
 * The built signup (dist/), whose code that checks and sends is a hashed file beside the others: when
 * it could not be fetched as the form showed, Send fetches it again, in every engine, and the signup arrives.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { until } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { loadFrame } from './frame.js';
import { fill, press, tick } from '../volunteer-signup/fill.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

describe('the built signup when its sending code arrives only on a later try', () => {
  let reachable = false;
  const requested: string[] = [];
  before(async () => {
    await startWorker();
    worker.use(http.get(/\/dist\/widgets\/chunks\/deliver-[\w-]+\.js/, ({ request }) => {
      requested.push(request.url);
      return reachable ? undefined : HttpResponse.error();
    }));
  });
  after(() => worker.resetHandlers());

  it('fails with "could not reach us" while it cannot be fetched; once it can, Try again fetches it from beside the bundle and sends the signup', async () => {
    const { frame, win } = await loadFrame<Window & { cspViolations: string[] }>('/test/dist/pages/signup.html');
    const signup = win.document.querySelector('care-volunteer-signup') as CareVolunteerSignup;
    await until(() => !!signup.shadowRoot?.querySelector('form'), 5000, 'the form');
    await until(() => requested.length > 0, 15000, 'the request for the code that sends');
    signup.minFillTime = 0;
    const name = `Ada ${Math.random().toString(36).slice(2)}`;
    await fill(signup, 'Your name', name);
    await fill(signup, 'Email', 'ada@example.org');
    await tick(signup, 'I agree');
    const failed = oneEvent(signup, 'care-volunteer-failed');
    await press(signup, 'Send');
    expect((await failed).detail.reason).to.equal('network');
    await signup.updateComplete;
    reachable = true;
    const outcome = Promise.race([oneEvent(signup, 'care-volunteer-sent'), oneEvent(signup, 'care-volunteer-failed')]);
    await press(signup, 'Try again');
    expect((await outcome).type).to.equal('care-volunteer-sent');
    const received = (await (await fetch('/dist-signups')).json()) as { name: string }[];
    expect(received.filter((s) => s.name === name)).to.have.length(1);
    // Try again asked the network for the same file, rather than being answered with the failure the browser kept.
    expect(requested.length).to.be.at.least(2);
    expect(new Set(requested.map((url) => new URL(url).pathname)).size).to.equal(1);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
