/**
 * A referral's details and the extra filters have code of their own, fetched when first opened
 * (more.ts). When it cannot be fetched, what was opened says so, with Try again: never "Loading…"
 * for ever. Its own file: a module that failed to load may stay failed for the page.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/referral-lookup/define.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { deepActiveElement, mountLoaded, shadowQueryAll, until } from '../helpers.js';
import { moduleUnreachable } from '../mocks/browser.js';

describe('<care-referral-lookup> when the code of its details cannot be fetched', () => {
  moduleUnreachable(/\/referral-lookup\/more\./);

  it('says so in opened details and in "More filters", with Try again, from the keyboard, which leaves focus on what was opened', async () => {
    const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    const summary = shadowQueryAll(el, '[part="referral"] details > summary')[0];
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const opened = summary.closest('details')!;
    await until(() => !!opened.querySelector('[part="error"]'), 15000, 'the message in the details');
    expect(opened.querySelector('[part="error"]')!.textContent).to.contain('The information could not be reached.');

    const panel = shadowQueryAll<HTMLDetailsElement>(el, 'form details')[0];
    panel.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!panel.querySelector('[part="error"]'), 15000, 'the message in the filters');
    await expect(el).to.be.accessible();

    const retry = opened.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    // Asked again (a browser may keep the failure), then "Loading…" gives way to the message again.
    await until(() => !!opened.querySelector('[part="error"]') && !opened.textContent!.includes('Loading'), 15000, 'the answer to Try again');
    expect(opened.querySelector('[part="error"]')!.textContent).to.contain('The information could not be reached.');
    // The button went with the message it was in: focus is on the disclosure, not on the page.
    expect(deepActiveElement()?.textContent, 'focus after Try again in the details').to.equal(summary.textContent);

    panel.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!panel.querySelector('[part="error"]') && !panel.textContent!.includes('Loading'), 15000, 'the answer to Try again in the filters');
    expect(deepActiveElement()?.textContent, 'focus after Try again in "More filters"').to.equal(panel.querySelector('summary')!.textContent);
  });
});
