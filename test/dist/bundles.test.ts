/**
 * The built script-tag loader and the widget code it loads, as a webmaster
 * pastes them, on pages served with a strict Content-Security-Policy (no
 * 'unsafe-inline', no 'unsafe-eval') and hostile global CSS. Needs
 * `npm run build` first (npm test does it).
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';
import { fill, press, tick } from '../volunteer-signup/fill.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';
import type { FeedLoadDetail } from '../../src/internal/events.js';

type PageWindow = Window & { cspViolations: string[]; feedLoads: FeedLoadDetail[] };

/** The paths of the scripts and files the page loaded. */
const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** The resource entries of the page whose path matches. */
const entries = (win: Window, path: RegExp) => win.performance.getEntriesByType('resource').filter((e) => path.test(new URL(e.name).pathname));

async function openPage(name: string, width = 800): Promise<{ frame: HTMLIFrameElement; win: PageWindow; banner: HTMLElement }> {
  const { frame, win } = await loadFrame<PageWindow>(`/test/dist/pages/${name}.html`, width);
  await until(() => !!win.document.querySelector('care-awareness-banner')?.shadowRoot?.querySelector('[part~="message"]'), 5000, `the banner on ${name}.html`);
  return { frame, win, banner: win.document.querySelector('care-awareness-banner') as HTMLElement };
}

describe('the script-tag loader under a strict CSP', () => {
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
    ['elsewhere', 'Listening helps more than advice.'],
    ['added-later', 'Listening helps more than advice.'],
    // The classic script in the <head>: the inline feed is parsed after the widget's code has run.
    ['head-inline', 'Listening helps more than advice.'],
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
    it(`finds the feed of its <care-feed>, and explains its problems from a file beside the loader (${name}.html)`, async () => {
      const { frame, win, banner } = await openPage(name);
      expect(banner.shadowRoot!.querySelector('[part="text"]')!.textContent).to.contain('Listening helps more than advice.');
      await until(() => win.feedLoads.length > 0, 5000, 'care-feed-load');
      const [{ problems, skipped }] = win.feedLoads;
      expect(problems.map((p) => [p.path, p.code, p.message])).to.deep.equal([
        ['messages[0].tone', 'invalid', '"loud" is not a tone; use "info", "hope" or "urgent"; shown as "info"'],
        ['messages[1].starts', 'invalid', '"next tuesday" is not a date; write it as YYYY-MM-DD, e.g. "2026-03-14", or a date and time with an offset. This entry is left out.'],
      ]);
      expect(skipped.map((p) => p.path)).to.deep.equal(['messages[1].starts']);
      expect(entries(win, /^\/dist\/widgets\/chunks\/problem-messages-[\w-]+\.js$/)).to.have.length(1);
      expect(win.cspViolations).to.deep.equal([]);
      frame.remove();
    });
  }

  it('loads no problem messages for a feed without problems', async () => {
    const { frame, win } = await openPage('module');
    await until(() => win.feedLoads.length > 0, 5000, 'care-feed-load');
    expect(win.feedLoads[0].problems).to.deep.equal([]);
    expect(requested(win)).to.include('/dist/care-widgets.js');
    expect(entries(win, /problem-messages/)).to.deep.equal([]);
    frame.remove();
  });

  it('loads only the code of the widgets on the page', async () => {
    const { frame, win } = await openPage('module');
    const loaded = requested(win);
    expect(loaded).to.include('/dist/widgets/awareness-banner.js');
    expect(loaded.filter((path) => /\/widgets\/(session-finder|referral-lookup|volunteer-signup)\.js$/.test(path))).to.deep.equal([]);
    frame.remove();
  });

  it('works from dist/ copied to another folder under another name', async () => {
    const { frame, win } = await openPage('elsewhere');
    expect(requested(win)).to.include('/site-assets/helpers/cw/widgets/awareness-banner.js');
    expect(requested(win).filter((path) => path.startsWith('/dist/'))).to.deep.equal([]);
    frame.remove();
  });

  it('finds widgets added long after the page loaded, with one feed request', async () => {
    const { frame, win } = await openPage('added-later');
    expect(entries(win, /\/feed\.json$/)).to.have.length(1);
    expect(win.customElements.get('care-feed')).to.be.a('function');
    frame.remove();
  });

  it('fetches no javascript: or data: src, before the widget’s code arrives or after, and the widget says it has no feed', async () => {
    const { frame, win } = await loadFrame<PageWindow & { fetches: string[] }>('/test/dist/pages/unsafe-src.html');
    const [script, data, good] = win.document.querySelectorAll('care-awareness-banner');
    const shown = (banner: Element) => banner.shadowRoot?.querySelector('[part="error"], [part~="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    await until(() => [script, data, good].every((banner) => shown(banner) !== ''), 5000, 'the three banners');
    expect(shown(script)).to.equal('This information can’t be shown right now. No information has been connected to this widget yet.');
    expect(shown(data)).to.equal(shown(script));
    expect(shown(good)).to.contain('Listening helps more than advice.');
    // Only the http(s) feed, once: the loader's request, which the widget took over.
    expect(win.fetches).to.deep.equal([new URL('/test/dist/pages/feed.json', location.href).href]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('makes one request for a feed address written with and without a #fragment, before the widgets\' code arrives and after', async () => {
    const { frame, win } = await loadFrame<PageWindow & { fetches: string[] }>('/test/dist/pages/fragment.html');
    const banners = [...win.document.querySelectorAll('care-awareness-banner')];
    await until(() => banners.every((banner) => !!banner.shadowRoot?.querySelector('[part~="message"]')), 5000, 'the three banners');
    expect(win.fetches).to.deep.equal([new URL('/test/dist/pages/feed.json', location.href).href]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('stops the feed request the loader started for a src the page changed before the code arrived, and shows the new src\'s feed', async () => {
    const { frame, win } = await loadFrame<PageWindow & { fetches: string[]; pageErrors: string[]; feedSignals: Record<string, AbortSignal | undefined> }>('/test/dist/pages/src-changed-early.html');
    const banners = [...win.document.querySelectorAll('care-awareness-banner')];
    await until(() => banners.every((banner) => !!banner.shadowRoot?.querySelector('[part~="message"]')), 15000, 'the three banners');
    expect(banners[0].getAttribute('src')).to.equal('feed.json?changed');
    expect(win.document.querySelector('care-feed')!.getAttribute('src')).to.equal('feed.json?provider');
    for (const banner of banners) expect(banner.shadowRoot!.querySelector('[part="text"]')!.textContent).to.contain('Listening helps more than advice.');
    // One request per feed address: the first srcs', stopped once the code found them no longer wanted, and the new ones.
    const first = ['/stall/test/dist/pages/feed.json', '/stall/test/dist/pages/feed.json?provider'];
    const now = ['/test/dist/pages/feed.json?changed', '/test/dist/pages/feed.json', '/test/dist/pages/feed.json?provider'];
    expect(win.fetches.map((url) => url.slice(win.location.origin.length)).sort()).to.deep.equal([...first, ...now].sort());
    await until(() => first.every((url) => win.feedSignals[url]!.aborted), 15000, 'the first requests to be stopped');
    for (const url of now) expect(win.feedSignals[url]!.aborted, url).to.equal(false);
    expect(win.feedLoads).to.have.length(3);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  for (const [page, first, id] of [
    ['inline-over-src', 'The inline feed comes first.', 'inline'],
    ['inline-over-src-head', 'The inline feed comes first.', 'inline'],
    ['feed-property-over-src', 'The feed property comes first.', 'property'],
  ]) {
    it(`shows the feed that comes before the src, and asks for the src only where it cannot know (${page}.html)`, async () => {
      const { frame, win } = await loadFrame<PageWindow & { fetches: string[] }>(`/test/dist/pages/${page}.html`);
      const banner = win.document.querySelector('care-awareness-banner')!;
      await until(() => !!banner.shadowRoot?.querySelector('[part~="message"]'), 5000, 'the banner');
      expect(banner.shadowRoot!.querySelector('[part="text"]')!.textContent).to.contain(first);
      expect(win.feedLoads.map((load) => load.feed.messages[0].id)).to.deep.equal([id]);
      // The module runs once the page is parsed, the child with it: the src is never asked for. The classic script in
      // the <head> may see the tag before its child, and ask.
      if (!page.endsWith('-head')) expect(win.fetches).to.deep.equal([]);
      frame.remove();
    });
  }

  it('says in the console, rather than failing, when the classic script is pasted into the page instead of loaded from its file', async () => {
    const code = await (await fetch('/dist/care-widgets.iife.js')).text();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow as Window & typeof globalThis;
    const errors: string[] = [];
    const thrown: string[] = [];
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    win.addEventListener('error', (e) => thrown.push(e.message));
    win.document.body.innerHTML = '<care-awareness-banner src="/test/dist/pages/feed.json"></care-awareness-banner>';
    const script = win.document.createElement('script');
    script.textContent = code;
    win.document.head.append(script);
    expect(thrown).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('care-widgets.iife.js was pasted into the page').and.to.contain('<script src="/your-folder/care-widgets.iife.js"></script>');
    frame.remove();
  });

  it('finds its files from the <script src> a page builder left in the page when it ran the file’s text itself, as jQuery’s .html() does', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow as Window & typeof globalThis;
    const errors: string[] = [];
    win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    // The code block goes in with innerHTML, where its script never runs; each classic <script src> is then fetched
    // and its text run as an inline script (jQuery's globalEval), the one with the src staying in the page.
    const block = win.document.createElement('div');
    block.innerHTML = '<script src="/dist/care-widgets.iife.js"></script><care-awareness-banner src="/test/dist/pages/feed.json"></care-awareness-banner>';
    win.document.body.append(block);
    const script = win.document.createElement('script');
    script.text = await (await fetch(block.querySelector('script')!.src)).text();
    win.document.head.appendChild(script).remove();
    const banner = block.querySelector('care-awareness-banner')!;
    await until(() => !!banner.shadowRoot?.querySelector('[part~="message"]') || errors.length > 0, 5000, 'the banner');
    expect(errors).to.deep.equal([]);
    expect(banner.shadowRoot!.querySelector('[part="text"]')!.textContent).to.contain('Listening helps more than advice.');
    frame.remove();
  });

  it('says what to do when the files beside the loader are not there, as when an optimizer moved it into its cache', async () => {
    const { frame, win } = await loadFrame<PageWindow & { consoleErrors: string[] }>('/test/dist/pages/optimized.html');
    await until(() => win.consoleErrors.length > 0, 5000, 'the console');
    expect(win.consoleErrors).to.have.length(1);
    expect(win.consoleErrors[0])
      .to.contain('the code of <care-awareness-banner> could not be loaded')
      .and.to.contain('the files beside http://')
      .and.to.contain('/wp-content/cache/autoptimize/js/autoptimize_1a2b3c.js were not found')
      .and.to.contain('if the site combines or minifies its scripts, exclude care-widgets from that');
    frame.remove();
  });

  it('starts the feed before the widget’s code arrives, and asks for the files that code imports beside it, not a round trip after it (its own file 300 ms late)', async () => {
    // The finder alone, and only its own file slow, so that the browser's few connections to one host
    // are not what keeps a chunk waiting.
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/slow-files.html');
    await until(() => !!win.document.querySelector('care-session-finder')?.shadowRoot?.querySelector('[part="summary"]'), 8000, 'the finder');
    const [finder] = entries(win, /\/widgets\/session-finder\.js$/) as PerformanceResourceTiming[];
    const imported = entries(win, /\/widgets\/chunks\/(core|labels|fields)-[\w-]+\.js$/);
    expect(imported.map((e) => new URL(e.name).pathname.replace(/-[\w-]+\.js$/, '')).sort()).to.deep.equal([
      '/slow-widget/300/dist/widgets/chunks/core', '/slow-widget/300/dist/widgets/chunks/fields', '/slow-widget/300/dist/widgets/chunks/labels',
    ]);
    // The feed and each chunk were asked for while the finder's file was still on its way: the server holds
    // that file 300 ms, and each was asked for well within that of the file's request. (Which of the feed and
    // the file is asked for first is not measured: engines note a fetch and a module load apart.)
    const [feed] = entries(win, /\/sessions\.json$/);
    for (const file of [feed, ...imported]) expect(file.startTime - finder.startTime, file.name).to.be.below(150);
    frame.remove();
  });

  for (const query of ['late=450', 'late=500&classic']) {
    it(`asks for each widget's words in the page's language, or its own, beside its code, not once the code has run (words-beside-code.html?${query})`, async () => {
      // A widget shows nothing until its words are here: asked for only by its code, they would cost a round trip more.
      const { frame, win } = await loadFrame<PageWindow>(`/test/dist/pages/words-beside-code.html?${query}`);
      const shown = (tag: string, part: string) => !!win.document.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${part}"]`);
      await until(() => shown('care-awareness-banner', 'message') && shown('care-session-finder', 'summary') && shown('care-referral-lookup', 'referral')
        && shown('care-volunteer-signup', 'form'), 15_000, 'every widget');
      const widgetFiles = entries(win, /\/widgets\/[\w-]+\.js$/) as PerformanceResourceTiming[];
      expect(widgetFiles, 'the four widgets\' files').to.have.length(4);
      const firstArrived = Math.min(...widgetFiles.map((file) => file.responseEnd));
      const spanish = entries(win, /\/widgets\/chunks\/es-[\w-]+\.js$/);
      const hebrew = entries(win, /\/widgets\/chunks\/he-[\w-]+\.js$/);
      // The Spanish of the banner, the finder and the signup (each its own file and the shared one, the finder those it shares with the lookup too),
      // the Hebrew of the lookup; no Arabic.
      expect(spanish.length, 'Spanish files').to.be.at.least(4);
      expect(hebrew.length, 'Hebrew files').to.be.at.least(3);
      expect(entries(win, /\/widgets\/chunks\/ar-[\w-]+\.js$/), 'Arabic files').to.deep.equal([]);
      for (const file of [...spanish, ...hebrew]) expect(file.startTime, `${file.name} asked for before any widget's own file arrived`).to.be.below(firstArrived);
      expect(win.document.querySelector('care-session-finder')!.shadowRoot!.textContent).to.contain('sesiones');
      frame.remove();
    });
  }

  it('makes the page\'s first date formatter while the finder\'s code is on its way, not once it has arrived (its own file 400 ms late)', async () => {
    // The first formatter of a page loads the browser's locale and time-zone data, tens of ms of the main thread
    // that would otherwise come between the finder's code and its first screen.
    const { frame, win } = await loadFrame<PageWindow & { firstDateFormat?: number; finderDefined?: number }>('/test/dist/pages/first-date-format.html');
    await until(() => !!win.document.querySelector('care-session-finder')?.shadowRoot?.querySelector('[part="session"]'), 15_000, 'the finder');
    expect(win.firstDateFormat, 'a date formatter made').to.be.a('number');
    // Before the finder's code ran (an engine may hand the page a file it fetched for an earlier page of this run from its
    // memory, not held back, so the file's arrival is not what is compared).
    expect(win.firstDateFormat!, 'made before the finder\'s code ran').to.be.below(win.finderDefined!);
    frame.remove();
  });

  it('shows a widget inside another element\'s shadow root when the page also loads that widget\'s own file', async () => {
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/in-shadow-root.html');
    const banner = () => win.document.querySelector('app-panel')?.shadowRoot?.querySelector('care-awareness-banner');
    await until(() => !!banner()?.shadowRoot?.querySelector('[part~="message"]'), 5000, 'the banner in the shadow root');
    expect(entries(win, /\/widgets\/awareness-banner\.js$/)).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
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

describe('a page whose own script took a widget\'s tag', () => {
  it('is told so in the console, naming the tag, and the other widgets still load', async () => {
    const { frame, win } = await loadFrame<PageWindow & { consoleErrors: string[] }>('/test/dist/pages/tag-taken.html');
    await until(() => !!win.customElements.get('care-awareness-banner'), 5000, 'the banner registered');
    await until(() => win.consoleErrors.some((e) => e.includes('<care-feed>')), 5000, 'the console error');
    expect(win.consoleErrors.find((e) => e.includes('<care-feed>'))).to.contain('another script already defined <care-feed>');
    frame.remove();
  });
});

describe('no layout shift when the loader arrives after the first paint', () => {
  /** How far the heading under the banner moved from the first frame on (px), once the banner shows its message. */
  async function headingMoves(page: string, width: number): Promise<number> {
    const { frame, win } = await openPage(page, width);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The first frame's position and the last: a busy machine may paint few frames between them.
    const tops = [...(win as unknown as { headingTops: number[] }).headingTops, win.document.querySelector('h2')!.getBoundingClientRect().top];
    frame.remove();
    expect(tops.length, 'frames watched').to.be.at.least(2);
    return Math.max(...tops) - Math.min(...tops);
  }

  for (const width of [400, 1000]) {
    it(`keeps the banner's space from the first paint with the paste-in stylesheet (${width} px)`, async () => {
      expect(await headingMoves('late-script', width)).to.equal(0);
    });
  }

  it('moves the page without the paste-in stylesheet: what the stylesheet is for', async () => {
    expect(await headingMoves('late-script-no-css', 400)).to.be.greaterThan(20);
  });
});

describe('the session finder from the classic script under a strict CSP', () => {
  it('sends a signup with the code that arrives once the form shows, from beside the bundle', async () => {
    const { frame, win } = await loadFrame<PageWindow>('/test/dist/pages/signup.html');
    const signup = win.document.querySelector('care-volunteer-signup') as CareVolunteerSignup;
    await until(() => !!signup.shadowRoot?.querySelector('form'), 5000, 'the form');
    await until(() => entries(win, /^\/dist\/widgets\/chunks\/deliver-[\w-]+\.js$/).length > 0, 5000, 'the code that sends');
    signup.minFillTime = 0;
    const name = `Ada ${Math.random().toString(36).slice(2)}`;
    await fill(signup, 'Your name', name);
    await fill(signup, 'Email', 'ada@example.org');
    await tick(signup, 'I agree');
    await press(signup, 'Send');
    await until(() => !!signup.shadowRoot!.querySelector('[part="thanks"]'), 5000, 'the thanks');
    const received = (await (await fetch('/dist-signups')).json()) as { name: string; roles: string[] }[];
    expect(received.filter((signup) => signup.name === name).map((signup) => signup.roles)).to.deep.equal([['welcome-host']]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('lists sessions, and loads the calendar writer and the structured data from beside the bundle', async () => {
    const { frame, win } = await openPage('finder');
    const finder = win.document.querySelector('care-session-finder') as HTMLElement;
    const root = () => finder.shadowRoot!;
    await until(() => !!finder.shadowRoot?.querySelector('[part="session"]'), 5000, 'the sessions');
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
    expect(loaded.some((path) => /^\/dist\/widgets\/chunks\/ics-[\w-]+\.js$/.test(path)), 'the calendar writer').to.equal(true);
    expect(loaded.some((path) => /^\/dist\/widgets\/chunks\/structured-data-[\w-]+\.js$/.test(path)), 'the structured data').to.equal(true);
    expect(loaded.filter((path) => path.endsWith('sessions.json'))).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
