/**
 * The on-page check from the built script-tag files, under the strict CSP: a page opened with
 * #care-check shows each widget's problems with no violation; without it, its code is never fetched.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

type PageWindow = Window & { cspViolations: string[]; pageErrors: string[] };

async function openPage(address: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; banner: HTMLElement }> {
  const { frame, win } = await loadFrame<PageWindow>(address);
  const banner = win.document.querySelector('care-awareness-banner') as HTMLElement;
  await until(() => !!banner.shadowRoot?.querySelector('[part="text"]'), 5000, 'the banner');
  return { frame, win, banner };
}

const checkCode = (win: Window) => win.performance.getEntriesByType('resource').filter((e) => /\/widgets\/care-check\.js$/.test(e.name));

describe('the on-page check from dist/', () => {
  it('lists the problems with their fixes when the address asks, with no violation', async () => {
    const { frame, win, banner } = await openPage('/test/dist/pages/problems.html#care-check');
    const list = () => banner.shadowRoot!.querySelector('care-check-list')?.shadowRoot;
    await until(() => !!list()?.textContent?.includes('YYYY-MM-DD'), 5000, 'the check');
    const text = list()!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Feed check for <care-awareness-banner>: 2 problems in the feed, 1 entry left out.');
    expect(text).to.contain('Left out: messages[1].starts ("fair"): "next tuesday" is not a date; write it as YYYY-MM-DD');
    expect(text).to.contain('Shown, with a fix: messages[0].tone ("listen"): "loud" is not a tone; use "info", "hope" or "urgent"');
    // Its own look (a stylesheet the strict policy allows), not the page's hostile one.
    expect(win.getComputedStyle(list()!.querySelector('details')!).borderTopStyle).to.equal('dashed');
    expect(checkCode(win)).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    frame.remove();
  });

  it('is no part of any widget’s code: only the loader knows the address asks for it', async () => {
    const files: Record<string, string[]> = await (await fetch('/dist/widgets/files.json')).json();
    const widgetCode = [...new Set(Object.entries(files).flatMap(([folder, chunks]) => [`${folder}.js`, ...chunks]))];
    expect(widgetCode).to.include('awareness-banner.js');
    for (const file of widgetCode) expect(await (await fetch(`/dist/widgets/${file}`)).text(), file).not.to.contain('care-check');
    expect(await (await fetch('/dist/care-widgets.js')).text()).to.contain('care-check');
  });

  it('is not fetched for visitors', async () => {
    const { frame, win, banner } = await openPage('/test/dist/pages/problems.html');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(banner.shadowRoot!.querySelector('care-check-list')).to.equal(null);
    expect(checkCode(win)).to.deep.equal([]);
    frame.remove();
  });
});
