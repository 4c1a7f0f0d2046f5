/**
 * The widgets' own lines and tints on pages with grey or dark text, with no token set: the border of
 * every control and box keeps 3:1 against what is around it (WCAG 1.4.11) and every text 4.5:1
 * (1.4.3), in every state that adds a colour of the widget's own: an urgent referral's box, the
 * signup's field messages, the note over a saved copy. A page's text that reads well (#666 on white
 * is 5.7:1) must not fall under either once the widget has drawn its lines and boxes around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { forgetFeed } from '../../src/feed/load.js';
import { feeds } from '../mocks/feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until } from '../helpers.js';
import { inside, openAllDetails, openHostPage, type WidgetTag } from '../host-page/host-page.js';
import { ALL_WIDGETS as ALL, backgroundBehind, lowContrast, parseColour, ratio } from '../host-page/contrast.js';


const PAGES = {
  'grey text on white (#666, 5.7:1)': 'body { background: #fff; color: #666 }',
  'grey text on off-white (#555 on #fafafa)': 'body { background: #fafafa; color: #555 }',
  'light grey text on dark grey (#aaa on #333, 5.4:1)': 'body { background: #333; color: #aaa }',
  'a dark page (#e8e8e8 on #121212)': 'body { background: #121212; color: #e8e8e8 }',
};

/** What has a border of its own: controls, and the boxes around a session, referral, role or badge. */
const BORDERED: Record<WidgetTag, string> = {
  'care-awareness-banner': 'button',
  'care-session-finder': 'button, input[type="search"], select, summary.button, [part="session"], [part="badge"]',
  // Not the quick exit: its fill (the system's Canvas) is what sets it apart from the page.
  'care-referral-lookup': 'button:not([part="quick-exit"]), a.button, input[type="search"], select, summary.button, .topic, [part="referral"]',
  'care-volunteer-signup': 'button, input[id^="f-"]:not([type="checkbox"]), textarea, [part="role"]',
};

const parentOf = (el: Element) => el.parentElement ?? (el.getRootNode() as ShadowRoot).host;

/** Each control or box whose border falls under 3:1 against the colour around it, with its ratio. */
function faintBorders(widget: Element, win: Window): string[] {
  const faint = new Set<string>();
  for (const el of inside(widget, BORDERED[widget.localName as WidgetTag])) {
    if (!el.getBoundingClientRect().width) continue;
    const [r, g, b, a] = parseColour(win.getComputedStyle(el).borderTopColor);
    const under = backgroundBehind(el, win);
    const line: typeof under = [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a), 1];
    const contrast = ratio(line, backgroundBehind(parentOf(el), win));
    if (contrast < 3) faint.add(`${el.localName}.${el.className} ${contrast.toFixed(2)}:1`);
  }
  return [...faint];
}

describe('theming: contrast of the widgets’ own lines and boxes', () => {
  describe('the note over a saved copy', () => {
    before(startWorker);
    afterEach(() => worker.resetHandlers());
    // Test files share the origin's storage: the copy kept here would be found by the files run after this one.
    after(() => localStorage.clear());

    it('keeps the text colour’s contrast: #666 on white stays 4.5:1', async () => {
      const url = '/feeds/theming-saved-copy.json';
      worker.use(http.get(url, () => HttpResponse.json(feeds.oneMessage), { once: true }));
      const area = await fixture<HTMLDivElement>(html`<div style="background: #fff; color: #666"></div>`);
      const loaded = (el: Element) => new Promise((resolve) => el.addEventListener('care-feed-load', resolve, { once: true }));
      const first = document.createElement('care-awareness-banner');
      first.setAttribute('src', url);
      const firstLoaded = loaded(first);
      area.append(first);
      await firstLoaded;
      // The copy is kept a moment after the feed shows (its code loads on demand): on a busy machine, later.
      await until(() => localStorage.getItem(`care-widgets:feed:${new URL(url, location.href).href}`) !== null, 8000, 'the copy kept');
      first.remove();
      forgetFeed(url); // as on a later visit
      worker.use(http.get(url, () => HttpResponse.error()));
      const banner = document.createElement('care-awareness-banner');
      banner.setAttribute('src', url);
      area.append(banner);
      await until(() => inside(banner, '[part="saved-note"]').some((note) => note.textContent!.trim()), 15000, 'the saved-copy note');
      expect(lowContrast(banner, window)).to.deep.equal([]);
    });
  });

  for (const [name, css] of Object.entries(PAGES)) {
    it(`keeps 3:1 for every border and 4.5:1 for every text on ${name}`, async () => {
      const page = await openHostPage(ALL, { css, feeds: { 'care-awareness-banner': feeds.urgent } });
      try {
        const found: Record<string, string[]> = {};
        for (const widget of page.all(Object.keys(BORDERED).join(', '))) {
          if (widget.localName !== 'care-awareness-banner') await openAllDetails(widget);
          if (widget.localName === 'care-volunteer-signup') {
            inside<HTMLButtonElement>(widget, 'button.send')[0].click();
            await until(() => inside(widget, '.field-error').length > 0, 15000, 'the field messages');
          }
          const low = [...faintBorders(widget, page.win), ...lowContrast(widget, page.win).map((t) => `"${t.text}" ${t.ratio}:1`)];
          if (low.length) found[widget.localName] = low;
        }
        expect(inside(page.all('care-referral-lookup')[0], '[part="urgent"] [part="referral"]')).to.have.length.above(0);
        expect(found).to.deep.equal({});
      } finally {
        page.close();
      }
    });
  }
});
