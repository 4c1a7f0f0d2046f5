/**
 * The demo site's host-pages gallery, as a person opens it: every page the
 * index links to, at a desktop width and at 320 px. Its pages load the built
 * script-tag bundles from /dist/, so this needs `npm run build` first (npm test
 * does it); without dist/ it is skipped.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

const GALLERY = '/demo/host-pages/';

async function galleryPages(): Promise<string[]> {
  const index = new DOMParser().parseFromString(await (await fetch(`${GALLERY}index.html`)).text(), 'text/html');
  return [...index.querySelectorAll<HTMLAnchorElement>('.gallery-list a')].map((a) => a.getAttribute('href')!);
}

async function open(page: string, width: number): Promise<{ frame: HTMLIFrameElement; doc: Document; widgets: HTMLElement[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;width:${width}px;height:700px;border:0`;
  frame.src = `${GALLERY}${page}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<HTMLElement>('care-awareness-banner, care-session-finder')];
  // Loaded or given up: no widget is still busy with its feed.
  const settled = () => widgets.every((w) => !!w.shadowRoot?.querySelector('[part="base"][aria-busy="false"]'));
  await until(settled, 8000, `the widgets on ${page}`);
  return { frame, doc, widgets };
}

describe('the host-pages gallery', () => {
  let pages: string[] = [];
  before(async function () {
    if (!(await fetch('/dist/care-widgets.js', { method: 'HEAD' })).ok) this.skip(); // dist/ is not built
    pages = await galleryPages();
  });

  it('links a page for each kind of host page', () => {
    expect(pages).to.include.members(['flex-sidebar.html', 'table-layout.html', 'small-root.html', 'script-in-head.html', 'trusted-types.html']);
  });

  // At 320 px the pages' own padding and borders take their share: 240 px is still readable.
  for (const [width, readable] of [[1024, 280], [320, 240]]) {
    it(`shows every widget on every page at a readable width, with no sideways scroll (${width} px)`, async () => {
      for (const page of pages) {
        const { frame, doc, widgets } = await open(page, width);
        expect(widgets.length, page).to.be.above(0);
        for (const widget of widgets) expect(widget.getBoundingClientRect().width, `${widget.localName} on ${page}`).to.be.at.least(readable);
        expect(doc.documentElement.scrollWidth, page).to.be.at.most(width);
        frame.remove();
      }
    });
  }

  it('reads at the body’s 16 px on the 62.5 % theme', async () => {
    const { frame, doc, widgets } = await open('small-root.html', 1024);
    const view = doc.defaultView!;
    expect(view.getComputedStyle(doc.documentElement).fontSize).to.equal('10px');
    for (const widget of widgets) expect(view.getComputedStyle(widget.shadowRoot!.querySelector('[part="base"]')!).fontSize, widget.localName).to.equal('16px');
    frame.remove();
  });

  it('writes the structured data on the Trusted Types page, and the page reports no problem', async () => {
    const { frame, doc } = await open('trusted-types.html', 1024);
    const finder = doc.querySelector('care-session-finder')!;
    await until(() => !!finder.querySelector('script[type="application/ld+json"]')?.textContent, 5000, 'the structured data');
    expect(doc.getElementById('page-report')!.textContent).to.equal('No script errors or policy violations on this page.');
    frame.remove();
  });
});
