/**
 * Quick exit from dist/ where sites put it: on a page that carries two copies of the code (an app's own import of
 * the finder and the pasted loader). Each promise holds across the page: no saved copy of the feed, no history entry.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };

const FEED = new URL('/slow/600/test/dist/pages/support.json', location.href).href;

describe('quick exit from dist/', () => {
  it('keeps no copy of the feed and adds no history entry when the finder comes from another copy of the code', async () => {
    localStorage.removeItem(`care-widgets:feed:${FEED}`);
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/two-copies.html');
    const lookup = win.document.querySelector('care-referral-lookup')!;
    const finder = win.document.querySelector('care-session-finder')!;
    await until(() => !!lookup.shadowRoot?.querySelector('[part="quick-exit"]') && !!finder.shadowRoot?.querySelector('[part="session"]'), 8000, 'both widgets');
    // The two copies are there: the finder's core from the app's folder, the lookup's from the pasted one.
    const cores = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => /\/chunks\/core-[\w-]+\.js$/.test(path));
    expect(cores.map((path) => path.split('/')[1])).to.have.members(['site-assets', 'dist']);
    // The finder's copy read the feed and asked its saved-copies code to keep it: that code has arrived, and run.
    await until(() => win.performance.getEntriesByType('resource').some((e) => /^\/site-assets\/.*\/saved-copies-[\w-]+\.js$/.test(new URL(e.name).pathname)), 5000, 'the finder copy’s saved-copies code');
    await new Promise((resolve) => win.setTimeout(resolve, 100));
    expect(win.localStorage.getItem(`care-widgets:feed:${FEED}`), 'a dated copy of the feed').to.equal(null);

    const entries = win.history.length;
    const day = [...finder.shadowRoot!.querySelectorAll('select')].find((select) => [...select.options].some((option) => option.value === 'mo'))!;
    day.value = 'mo';
    day.dispatchEvent(new Event('change'));
    await until(() => win.location.hash === '#sessions:day=mo', 5000, 'the filter in the address');
    expect(win.history.length, 'history entries').to.equal(entries);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });
});
