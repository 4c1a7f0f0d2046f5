/**
 * A session's details have code of their own, fetched once the first screen shows
 * (session-details.ts). When it cannot be fetched, an opened session says so, with Try again:
 * never a blank. Its own file: a module that failed to load may stay failed for the page.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { deepActiveElement, mountLoaded, shadowQueryAll, until } from '../helpers.js';
import { moduleAskedFor, moduleUnreachable } from '../mocks/browser.js';

describe('<care-session-finder> when the code of the details cannot be fetched', () => {
  const detailsCode = moduleUnreachable(/\/session-finder\/session-details\./);

  it('says so in an opened session, with Try again, from the keyboard, which leaves focus on the session', async function () {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    await moduleAskedFor(this, () => detailsCode.requests, 'the request for the details code');
    const summary = shadowQueryAll(el, '.session summary')[0];
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const opened = summary.closest('details')!;
    await until(() => !!opened.querySelector('[part="error"]'), 5000, 'the message');
    const problem = opened.querySelector('[part="error"]')!;
    expect(problem.getAttribute('role')).to.equal('status');
    expect(problem.textContent).to.contain('The information could not be reached.');
    await expect(el).to.be.accessible();

    const retry = problem.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    // Asked again (a browser may keep the failure), then "Loading…" gives way to the message again: never a blank.
    await until(() => !!opened.querySelector('[part="error"]') && !opened.querySelector('.state:not([part])'), 5000, 'the answer to Try again');
    expect(opened.querySelector('[part="error"]')!.textContent).to.contain('The information could not be reached.');
    // The button went with the message it was in: focus is on the session, not on the page.
    expect(deepActiveElement()?.textContent).to.equal(summary.textContent);
  });
});
