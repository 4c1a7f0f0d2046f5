/**
 * An endpoint on another site, as most are (a form service, the organisation's own server), reached for real (no MSW on
 * this page): one that does not allow this site (CORS) is told apart from a lost connection.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { button, shadowQueryAll, visibleText, wait } from '../helpers.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { expectFilledIn, fillValid, mountSignup } from './helpers.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

/** This test server under its other name: another origin, which answers without allowing this page to read it. */
const otherSite = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

async function sendTo(url: string): Promise<{ el: CareVolunteerSignup; detail: HTMLElementEventMap['care-volunteer-failed']['detail']; said: string[] }> {
  const el = await mountSignup(volunteerFeed({ submit: { url, format: 'json', email: 'volunteer@riverside-peer.example.org' } }));
  await fillValid(el);
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  try {
    const failed = oneEvent(el, 'care-volunteer-failed');
    button(el, 'Send')!.click();
    const { detail } = await failed;
    await el.updateComplete;
    return { el, detail, said };
  } finally {
    console.warn = warn;
  }
}

describe('<care-volunteer-signup> sending to another site', () => {
  beforeEach(() => sessionStorage.clear());

  it('an endpoint that does not accept signups from this site is not called a lost connection: the person is not told to check theirs, nothing is sent again by itself, the feed keeper is told what to change', async () => {
    const url = `${otherSite}/signups-from-elsewhere-refused`;
    const { el, detail, said } = await sendTo(url);
    expect(detail).to.deep.include({ reason: 'server', message: 'Our signup system has a problem right now. Please try again in a little while.' });
    const failure = shadowQueryAll(el, '[part="failure"]')[0];
    expect(failure.textContent).to.contain('Our signup system has a problem right now.').and.not.contain('connection');
    expect(shadowQueryAll(el, '[part="failure"] a')[0].textContent).to.equal('Email your answers instead');
    expectFilledIn(el);
    expect(said.join('\n')).to.contain('volunteering.submit.url').and.contain(url).and.contain(location.origin).and.contain('CORS');
    // Back online changes nothing for it: the connection was never the problem.
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(visibleText(el)).not.to.contain('Sending your signup…');
    await expect(el).to.be.accessible();
  });

  it('an endpoint on another site that cannot be reached at all is still a lost connection', async () => {
    // A port of this machine that nothing listens on.
    const { el, detail, said } = await sendTo(`${location.protocol}//127.0.0.1:8729/signups`);
    expect(detail.reason).to.equal('network');
    expect(shadowQueryAll(el, '[part="failure"]')[0].textContent).to.contain('Please check your connection and try again.');
    await wait(0);
    expect(said.join('\n')).not.to.contain('CORS');
  });
});
