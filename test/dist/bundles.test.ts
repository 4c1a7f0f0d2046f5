/**
 * The built script-tag bundles, as a webmaster pastes them, on pages served
 * with a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval')
 * and hostile global CSS. Needs `npm run build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import type { FeedLoadDetail } from '../../src/internal/events.js';

type PageWindow = Window & { cspViolations: string[]; feedLoads: FeedLoadDetail[] };

/** The paths of the scripts and files the page loaded. */
const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

async function openPage(name: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; banner: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '400px';
  frame.src = `/test/dist/pages/${name}.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  const banner = win.document.querySelector('care-awareness-banner') as HTMLElement;
  await until(() => !!banner.shadowRoot?.querySelector('[part~="message"]'), 5000, `the banner on ${name}.html`);
  return { frame, win, banner };
}

describe('script-tag bundles under a strict CSP', () => {
  it('serves the test pages with the strict policy', async () => {
    const response = await fetch('/test/dist/pages/module.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).not.to.contain('unsafe');
  });

  for (const [name, expected] of [
    ['module', 'Listening helps more than advice.'],
    ['iife', 'Escuchar ayuda más que aconsejar.'],
    ['twice', 'Listening helps more than advice.'],
  ]) {
    it(`renders the banner from ${name}.html with no violation and its own look`, async () => {
      const { frame, win, banner } = await openPage(name);
      const root = banner.shadowRoot!;
      await until(() => root.querySelector('[part="text"]')?.textContent?.includes(expected) ?? false, 3000, expected);
      const message = root.querySelector('[part~="message"]')!;
      const style = win.getComputedStyle(message);
      expect(style.display).to.equal('flex');
      expect(style.visibility).to.equal('visible');
      expect(style.backgroundColor).not.to.equal('rgb(255, 255, 0)');
      const control = root.querySelector('button')!;
      expect(win.getComputedStyle(control).borderTopStyle).to.equal('solid');
      expect(control.getBoundingClientRect().width).to.be.within(40, 48);
      // The page's font and text colour are inherited on purpose.
      expect(win.getComputedStyle(message).color).to.equal('rgb(20, 30, 40)');
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.customElements.get('care-awareness-banner')).to.be.a('function');
      expect(win.document.querySelectorAll('care-awareness-banner')).to.have.length(1);
      frame.remove();
    });
  }

  for (const name of ['problems', 'problems-iife']) {
    it(`finds the feed of its <care-feed>, and explains its problems from feed-problems.js beside the bundle (${name}.html)`, async () => {
      const { frame, win, banner } = await openPage(name);
      expect(banner.shadowRoot!.querySelector('[part="text"]')!.textContent).to.contain('Listening helps more than advice.');
      await until(() => win.feedLoads.length > 0, 5000, 'care-feed-load');
      const [{ problems, skipped }] = win.feedLoads;
      expect(problems.map((p) => [p.path, p.code, p.message])).to.deep.equal([
        ['messages[0].tone', 'invalid', '"loud" is not a tone; use "info", "hope" or "urgent"; shown as "info"'],
        ['messages[1].starts', 'invalid', '"next tuesday" is not a date; write it as YYYY-MM-DD, e.g. "2026-03-14", or a date and time with an offset. This entry is left out.'],
      ]);
      expect(skipped.map((p) => p.path)).to.deep.equal(['messages[1].starts']);
      expect(requested(win)).to.include('/dist/feed-problems.js');
      expect(win.cspViolations).to.deep.equal([]);
      frame.remove();
    });
  }

  it('loads no problem messages for a feed without problems', async () => {
    const { frame, win } = await openPage('module');
    await until(() => win.feedLoads.length > 0, 5000, 'care-feed-load');
    expect(win.feedLoads[0].problems).to.deep.equal([]);
    expect(requested(win)).to.include('/dist/care-widgets.js');
    expect(requested(win)).not.to.include('/dist/feed-problems.js');
    frame.remove();
  });

  it('registers each element once and shares one feed request when loaded twice', async () => {
    const { frame, win } = await openPage('twice');
    const feedRequests = win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/feed.json'));
    expect(feedRequests).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});

describe('the session finder from the classic script under a strict CSP', () => {
  it('lists sessions, and loads the calendar writer and the structured data from beside the bundle', async () => {
    const { frame, win } = await openPage('finder');
    const finder = win.document.querySelector('care-session-finder') as HTMLElement;
    const root = () => finder.shadowRoot!;
    await until(() => !!root().querySelector('[part="session"]'), 5000, 'the sessions');
    expect(root().querySelector('[part="session"] .title')!.textContent).to.equal('Tea and talk');
    const details = root().querySelector('.session details') as HTMLDetailsElement;
    details.open = true;
    await until(() => !!details.querySelector('button'), 3000, 'the details');
    const downloads: string[] = [];
    const anchor = (win as unknown as { HTMLAnchorElement: typeof HTMLAnchorElement }).HTMLAnchorElement.prototype;
    anchor.click = function () {
      downloads.push(this.download);
    };
    [...details.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add to calendar')!.click();
    await until(() => downloads.length > 0, 5000, 'the calendar file');
    expect(downloads).to.deep.equal(['tea-and-talk.ics']);
    await until(() => !!finder.querySelector('script[type="application/ld+json"]'), 3000, 'the structured data');
    const loaded = requested(win);
    expect(loaded).to.include.members(['/dist/session-calendar.js', '/dist/session-structured-data.js']);
    expect(loaded.filter((path) => path.endsWith('sessions.json'))).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
