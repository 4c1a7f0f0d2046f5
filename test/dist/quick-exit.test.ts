/**
 * Quick exit from dist/ where sites put it: on a page that carries two copies of the code (an app's own import of
 * the finder and the pasted loader), and in a site builder's embed box, a frame of its own (Google Sites, Blogger,
 * Wix). Each promise holds across the page: no saved copy of the feed, no history entry, the whole tab left.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

type PageWindow = Window & typeof globalThis & { consoleWarnings: string[]; pageErrors: string[] };

const FEED = new URL('/slow/600/test/dist/pages/support.json', location.href).href;
/** The finder's feed on that page: the same file at another address, so another feed to the browser. */
const FINDER_FEED = `${FEED}?finder`;

/** A page in a window of its own, its top: opened by a key press, as the browser lets a person open one. */
async function openTop(src: string): Promise<PageWindow> {
  let opened: Window | null = null;
  const opener = Object.assign(document.createElement('button'), { textContent: 'Open' });
  opener.addEventListener('click', () => (opened = window.open(src, '_blank', 'width=700,height=500')));
  document.body.append(opener);
  // Pressed again while no window has opened: after the last test's window closed, Firefox may give this page its
  // focus back only after a first press has gone nowhere.
  for (let press = 0; press < 5 && !opened; press++) {
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!opened, 3000, 'the window').catch(() => {});
  }
  opener.remove();
  if (!opened) throw new Error('No window opened on five presses of Enter');
  return opened as unknown as PageWindow;
}

/** The lookup in the embed frame of a page in its own window, once its quick exit is there. */
async function openEmbed(host: string) {
  const top = await openTop(`/test/dist/pages/${host}`);
  const exit = () => top.document.querySelector('iframe')?.contentDocument?.querySelector('care-referral-lookup')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="quick-exit"]');
  await until(() => !!exit(), 8000, 'the quick exit in the frame');
  const frame = top.document.querySelector('iframe')!.contentWindow as PageWindow;
  // Who starts to leave: the tab's page, or only the frame's.
  const left = { top: false, frame: false };
  top.addEventListener('beforeunload', () => (left.top = true));
  frame.addEventListener('beforeunload', () => (left.frame = true));
  // The frame's record of the console: the frame's own window goes when it leaves.
  return { top, exit: exit()!, left, warnings: frame.consoleWarnings };
}

describe('quick exit from dist/', () => {
  it('keeps no copy of any feed and adds no history entry when the finder comes from another copy of the code', async () => {
    localStorage.removeItem(`care-widgets:feed:${FEED}`);
    localStorage.removeItem(`care-widgets:feed:${FINDER_FEED}`);
    // A copy kept on an earlier visit, of a feed this page does not show: it too would show the site was visited.
    const EARLIER = 'care-widgets:feed:https://example.org/earlier.json';
    localStorage.setItem(EARLIER, JSON.stringify({ at: '2026-01-01T00:00:00Z', text: '{"version":1}' }));
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
    expect(win.localStorage.getItem(`care-widgets:feed:${FEED}`), 'a dated copy of the lookup’s feed').to.equal(null);
    expect(win.localStorage.getItem(`care-widgets:feed:${FINDER_FEED}`), 'a dated copy of the finder’s feed').to.equal(null);
    expect(win.localStorage.getItem(EARLIER), 'a copy kept before').to.equal(null);

    const entries = win.history.length;
    const day = [...finder.shadowRoot!.querySelectorAll('select')].find((select) => [...select.options].some((option) => option.value === 'mo'))!;
    day.value = 'mo';
    day.dispatchEvent(new Event('change'));
    await until(() => win.location.hash === '#sessions:day=mo', 5000, 'the filter in the address');
    expect(win.history.length, 'history entries').to.equal(entries);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('leaves the whole tab from a site builder’s embed frame, not the frame alone', async () => {
    const { top, exit, left, warnings } = await openEmbed('embed-host.html');
    try {
      exit.click();
      await until(() => left.top || left.frame, 8000, 'leaving');
      expect(left.top, 'the tab’s page left').to.equal(true);
      expect(warnings).to.deep.equal([]);
    } finally {
      top.close();
    }
  });

  it('leaves the frame, and says why in the console, where the site’s sandbox keeps the frame from moving the tab', async () => {
    const { top, exit, left, warnings } = await openEmbed('embed-host-sandboxed.html');
    try {
      exit.click();
      await until(() => left.top || left.frame, 8000, 'leaving');
      if (left.top) {
        // WebKitGTK lets a sandboxed frame move the tab: the whole tab leaves, as it should.
        expect(warnings).to.deep.equal([]);
      } else {
        expect(left.frame, 'the frame left').to.equal(true);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('only its frame').and.to.contain('allow-top-navigation-by-user-activation');
      }
    } finally {
      top.close();
    }
  });
});
