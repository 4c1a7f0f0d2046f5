/**
 * The code that checks and sends comes after the form shows (deliver.ts). When it cannot be
 * fetched, a person still loses nothing. Its own file: a module that failed to load stays failed
 * for the page.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { shadowQueryAll } from '../helpers.js';
import { moduleAskedFor, moduleUnreachable } from '../mocks/browser.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { expectFilledIn, fillValid, mountSignup, press } from './helpers.js';

describe('<care-volunteer-signup> when the code that sends cannot be fetched', () => {
  const sendingCode = moduleUnreachable(/\/volunteer-signup\/deliver\./);

  it('asks for it once the form shows, and then, on Send, keeps every answer, says the signup could not reach us and offers the email', async function () {
    sessionStorage.clear();
    const el = await mountSignup(volunteerFeed({ submit: { url: '/signups/never', format: 'json', email: 'volunteer@riverside-peer.example.org' } }));
    await moduleAskedFor(this, () => sendingCode.requests, 'the request for the sending code');
    await fillValid(el);
    const failed = oneEvent(el, 'care-volunteer-failed');
    await press(el, 'Send');
    expect((await failed).detail.reason).to.equal('network');
    await el.updateComplete;
    const [failure] = shadowQueryAll(el, '[part="failure"]');
    expect(failure.textContent).to.contain('Your signup could not reach us.');
    expect(failure.textContent).to.contain('Your answers are still here.');
    expect(shadowQueryAll(el, 'a[href^="mailto:volunteer@riverside-peer.example.org"]')).to.have.length(1);
    expectFilledIn(el);
    await expect(el).to.be.accessible();
  });
});
