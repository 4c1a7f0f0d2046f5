/**
 * A referral's details and "More filters" (the lookup's more.ts), when they could not be fetched on
 * first opening, load on Try again once the connection is back. Firefox keeps a module that failed
 * to load failed for the page; the lookup asks for it under another address (internal/on-demand.ts).
 * Its own file: a module that failed here may stay failed for the page.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/referral-lookup/define.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { moduleBackLater } from '../mocks/browser.js';
import { deepActiveElement, mountLoaded, shadowQueryAll, until, wait } from '../helpers.js';

describe('<care-referral-lookup> details that could not be fetched, once the connection is back', () => {
  const network = moduleBackLater(/\/referral-lookup\/more\.ts/);

  it('shows them on Try again, from the keyboard', async () => {
    const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    const summary = shadowQueryAll(el, '[part="referral"] details > summary')[0];
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const opened = summary.closest('details')!;
    await until(() => !!opened.querySelector('[part="retry"]'), 15000, 'Try again');
    // Its failure has come: the lookup says so.
    await wait(100);
    network.back = true;
    const tries = network.asked.length;
    opened.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !opened.querySelector('[part="error"]') && !opened.textContent!.includes('Loading'), 15000, 'the details');
    expect(network.asked.length).to.equal(tries + 1);
    expect(opened.textContent!.trim().length).to.be.above(summary.textContent!.trim().length);
    expect(deepActiveElement()?.textContent).to.equal(summary.textContent);
    await expect(el).to.be.accessible();
  });
});
