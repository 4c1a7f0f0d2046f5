/**
 * The session finder's parts fetched after its first screen (a session's details, the calendar
 * writer, nearest first, the filters in the address, the structured data) load once the connection
 * is back when they could not be fetched before, in the way each is asked for again: Try again, a
 * second press, a change of the filters. Firefox keeps a module that failed to load failed for the
 * page; the finder asks for it under another address (internal/on-demand.ts). Its own file: a module
 * that failed here may stay failed for the page.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { moduleBackLater } from '../mocks/browser.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

describe('<care-session-finder> parts that could not be fetched, once the connection is back', () => {
  const network = moduleBackLater(/\/session-finder\/(session-details|ics|distance|hash-state|structured-data)\.ts/);
  const { failedThenBack } = network;

  const mount = (attributes = '') => mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago"
    ?hash-state=${attributes.includes('hash-state')} ?structured-data=${attributes.includes('structured-data')} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`).then(({ el }) => el);
  const press = async (control: HTMLElement) => {
    control.focus();
    await sendKeys({ press: 'Enter' });
  };

  it('shows a session’s details on Try again, and writes the calendar file on a second press', async () => {
    const el = await mount();
    const summary = shadowQueryAll(el, '.session summary')[0];
    await press(summary);
    const opened = summary.closest('details')!;
    await until(() => !!opened.querySelector('[part="retry"]'), 15000, 'Try again');
    await failedThenBack('session-details.ts');
    await press(opened.querySelector<HTMLButtonElement>('[part="retry"]')!);
    const calendar = () => [...opened.querySelectorAll('button')].find((b) => b.textContent === 'Add to calendar');
    await until(() => !!calendar(), 15000, 'the details');
    expect(network.asked).to.deep.equal(['session-details.ts']);
    await expect(el).to.be.accessible();

    // The calendar writer, asked for on the first press, while the connection is down.
    network.back = false;
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      downloads.push(this.download);
    };
    try {
      await press(calendar()!);
      await until(() => !!opened.querySelector('.ics-problem'), 15000, 'the message beside the button');
      await failedThenBack('ics.ts');
      await press(calendar()!);
      await until(() => downloads.length > 0, 15000, 'the calendar file');
      expect(downloads[0]).to.match(/\.ics$/);
      expect(opened.querySelector('.ics-problem')).to.equal(null);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('sorts nearest first on a second press', async () => {
    const el = await mount();
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 41.7, longitude: -87.6 } } as GeolocationPosition) },
    });
    try {
      const nearMe = shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Nearest first')!;
      await press(nearMe);
      await until(() => visibleText(el).includes('the list stays in date order'), 15000, 'the note');
      await failedThenBack('distance.ts');
      await press(nearMe);
      await until(() => nearMe.getAttribute('aria-pressed') === 'true', 15000, 'nearest first');
      expect(visibleText(el)).to.contain(' km');
    } finally {
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });

  it('writes the structured data, and the filters in the address, at the next change of the filters', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    try {
      const el = await mount('hash-state structured-data');
      await until(() => network.asked.includes('structured-data.ts'), 15000, 'the request for the structured data');
      const day = shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')!.querySelector('select')!;
      const choose = (value: string) => {
        day.value = value;
        day.dispatchEvent(new Event('change'));
      };
      // The filters' code is first asked for at the first change.
      choose('tu');
      await failedThenBack('hash-state.ts');
      expect(location.hash).to.equal('');
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      choose('we');
      await until(() => location.hash === '#sessions:day=we', 15000, 'the filters in the address');
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 15000, 'the structured data');
      expect([...new Set(network.asked)].sort()).to.deep.equal(['hash-state.ts', 'structured-data.ts']);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
