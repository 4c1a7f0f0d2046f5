/** Widgets as a page prints them: what is there to press is left off the paper. */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/awareness-banner/define.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds } from '../mocks/feeds.js';
import { mountLoaded, shadowQueryAll, visibleText } from '../helpers.js';

/** Whether an element takes any space on the page (or on paper). */
const shows = (el: Element) => el.getClientRects().length > 0;

describe('a printed page', () => {
  it('shows the banner’s message without its buttons or its "Message 1 of 3"', async function () {
    const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner .feed=${feeds.urgent}></care-awareness-banner>`);
    const buttons = shadowQueryAll(el, 'button');
    const position = shadowQueryAll(el, '[part="position"]')[0];
    expect(buttons.length).to.be.greaterThan(3);
    expect(buttons.every(shows) && shows(position)).to.equal(true);
    // Only some engines' drivers can show the page as printed.
    if (!(await emulateMedia({ media: 'print' }).then(() => true, () => false))) this.skip();
    try {
      expect(buttons.filter(shows).map((b) => b.getAttribute('aria-label'))).to.deep.equal([]);
      expect(shows(position)).to.equal(false);
      expect(visibleText(el)).to.contain('Our helpline is open through the holidays: call 555-0142.');
      expect(visibleText(el)).to.contain('Listening helps more than advice.');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
