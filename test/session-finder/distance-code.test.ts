/**
 * "Nearest first" sorts with code fetched once the browser gives the position (distance.ts). When
 * it cannot be fetched, the list stays in date order and says so. Its own file: a module that
 * failed to load may stay failed for the page.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';
import { moduleUnreachable } from '../mocks/browser.js';

describe('<care-session-finder> when nearest first’s code cannot be fetched', () => {
  const fetched = moduleUnreachable(/\/session-finder\/distance\./);

  it('keeps the list in date order and says so, in the live region, by the keyboard', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 41.7, longitude: -87.6 } } as GeolocationPosition) },
    });
    try {
      const before = shadowQueryAll(el, '[part="session"]').map((s) => s.textContent);
      const nearMe = shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Nearest first')!;
      nearMe.focus();
      await sendKeys({ press: 'Enter' });
      // Said in the live region with the count, so that a person who pressed the button hears it.
      const status = () => el.shadowRoot!.querySelector('[role="status"]')!;
      await until(() => status().textContent!.includes('the list stays in date order'), 5000, 'the note');
      expect(status().textContent).to.contain('sessions in the next 8 weeks');
      expect(fetched.requests).to.be.above(0);
      expect(nearMe.getAttribute('aria-pressed')).to.equal('false');
      expect(shadowQueryAll(el, '[part="session"]').map((s) => s.textContent)).to.deep.equal(before);
      await expect(el).to.be.accessible();
    } finally {
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });
});
