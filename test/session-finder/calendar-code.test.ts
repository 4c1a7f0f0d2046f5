/**
 * "Add to calendar" writes the file with code fetched on the first press (ics.ts). When it cannot
 * be fetched, the press says so beside the button, rather than doing nothing. Its own file: a
 * module that failed to load may stay failed for the page.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';
import { moduleUnreachable } from '../mocks/browser.js';

describe('<care-session-finder> when the calendar writer cannot be fetched', () => {
  moduleUnreachable(/\/session-finder\/ics\./);

  it('says so beside "Add to calendar", once however often it is pressed', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const summary = shadowQueryAll(el, '.session summary')[0];
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const opened = summary.closest('details')!;
    await until(() => !!opened.querySelector('[part="details"] button'), 5000, 'the details');
    const button = [...opened.querySelectorAll('button')].find((b) => b.textContent === 'Add to calendar')!;
    for (let press = 0; press < 2; press++) {
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!opened.querySelector('[role="status"]'), 5000, 'the message');
    }
    const messages = opened.querySelectorAll('[role="status"]');
    expect(messages).to.have.length(1);
    expect(messages[0].textContent).to.contain('The information could not be reached.');
    await expect(el).to.be.accessible();
  });
});
