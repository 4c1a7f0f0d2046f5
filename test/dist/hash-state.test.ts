/**
 * `hash-state` from dist/ on a single-page app that routes by the hash (#/groups): the app's route is not the
 * finder's to write over, so the filters stay out of the address, and the console says why.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

type PageWindow = Window & typeof globalThis & { consoleWarnings: string[]; pageErrors: string[] };

describe('hash-state from dist/ on a page routed by its hash', () => {
  it('leaves the app’s route in the address when a filter changes, and says once why the filters are not kept there', async () => {
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/hash-router.html');
    const finder = win.document.querySelector('care-session-finder')!;
    await until(() => !!finder.shadowRoot?.querySelector('[part="session"]'), 5000, 'the sessions');
    expect(win.location.hash).to.equal('#/groups');
    const entries = win.history.length;
    const day = () => [...finder.shadowRoot!.querySelectorAll('select')].find((select) => [...select.options].some((option) => option.value === 'mo'))!;
    for (const value of ['mo', 'th']) {
      day().value = value;
      day().dispatchEvent(new Event('change'));
      await until(() => win.consoleWarnings.length > 0 || win.location.hash !== '#/groups', 5000, 'the filter’s hash written, or why not');
      // The second change's turn to write, its code already here.
      await new Promise((resolve) => win.setTimeout(resolve));
    }
    expect(win.location.hash).to.equal('#/groups');
    expect(win.history.length).to.equal(entries);
    // The filter applied all the same.
    expect(day().value).to.equal('th');
    expect(win.consoleWarnings).to.have.length(1);
    expect(win.consoleWarnings[0]).to.contain('hash-state').and.to.contain('#/groups').and.to.contain('Remove hash-state');
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });
});
