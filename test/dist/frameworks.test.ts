/**
 * The React 19 and Vue 3 examples (examples/), bundled by `node scripts/examples.js` into
 * .examples/: the widgets render inside each framework's tree, from the published package,
 * and a `care-*` event reaches the framework's handler.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers.js';

const FEED = '/test/dist/pages/sessions.json';
type Mount = (container: HTMLElement, feed: string) => () => void;

for (const framework of ['react', 'vue']) {
  describe(`the ${framework} example`, () => {
    let container: HTMLElement;
    let unmount: () => void;

    beforeEach(async () => {
      const { mount } = (await import(/* @vite-ignore */ `/.examples/${framework}.js`)) as { mount: Mount };
      container = document.body.appendChild(document.createElement('div'));
      unmount = mount(container, FEED);
    });

    afterEach(() => {
      unmount();
      container.remove();
    });

    it('renders the banner and the session finder from the feed', async () => {
      const banner = container.querySelector('care-awareness-banner')!;
      const finder = container.querySelector('care-session-finder')!;
      await until(() => banner.shadowRoot?.textContent?.includes('Listening helps more than advice.') ?? false, 5000, 'the banner’s message');
      await until(() => finder.shadowRoot?.textContent?.includes('Tea and talk') ?? false, 5000, 'the finder’s session');
      expect(finder.daysAhead, 'days-ahead set by the framework').to.equal(28);
      await expect(container).to.be.accessible();
    });

    it('hears care-filter-change in its own handler when a person searches', async () => {
      const finder = container.querySelector('care-session-finder')!;
      await until(() => !!finder.shadowRoot?.querySelector('input[type="search"]'), 5000, 'the search box');
      finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await sendKeys({ type: 'tea' });
      const said = container.querySelector(`#${framework}-search`)!;
      await until(() => said.textContent === 'Searching for tea', 5000, `“Searching for tea” (saw “${said.textContent}”)`);
    });
  });
}
