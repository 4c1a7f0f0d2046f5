import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds, messages } from '../mocks/feeds.js';
import { failingFeedUrls, feedUrl } from '../mocks/handlers.js';
import { startWorker } from '../mocks/browser.js';
import { button, mountLoaded, pastTheEdges, shadowQueryAll, spaceText, until, visibleText, wait } from '../helpers.js';
import { installClock } from '../fake-clock.js';

/** Sums layout-shift entries where the engine reports them (Chromium); elsewhere returns undefined. */
function observeLayoutShift(): { total: () => number | undefined; stop: () => void } {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return { total: () => undefined, stop: () => undefined };
  let sum = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  return { total: () => sum, stop: () => observer.disconnect() };
}

describe('<care-awareness-banner> on the page', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());

  for (const width of [1024, 320]) {
    it(`does not move the page when a slow feed arrives (${width} px)`, async () => {
      const shifts = observeLayoutShift();
      const page = fixtureSync<HTMLElement>(html`<main style="width: ${width}px">
        <h1>Parish news</h1>
        <care-awareness-banner src=${failingFeedUrls.slow}></care-awareness-banner>
        <p id="after">Sunday service at 10:00.</p>
      </main>`);
      const banner = page.querySelector('care-awareness-banner')!;
      const after = page.querySelector('#after')!;
      await wait(50);
      const topWhileLoading = after.getBoundingClientRect().top;
      await until(() => visibleText(banner).includes('Listening'), 4000, 'the slow feed');
      await wait(100);
      expect(after.getBoundingClientRect().top).to.equal(topWhileLoading);
      const cls = shifts.total();
      shifts.stop();
      if (cls !== undefined) expect(cls).to.equal(0);
    });
  }

  for (const width of [280, 320]) {
    it(`fits ${width} px without sideways scrolling, in every state`, async () => {
      for (const src of [feedUrl('rotating'), feedUrl('urgent'), failingFeedUrls.notFound]) {
        const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner style="width: ${width}px" src=${src}></care-awareness-banner>`);
        const base = shadowQueryAll(el, '[part="base"]')[0];
        expect(base.scrollWidth, src).to.be.at.most(width);
        for (const control of shadowQueryAll(el, 'button')) {
          const box = control.getBoundingClientRect();
          expect(box.right, `${control.getAttribute('aria-label')} in ${src}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
          expect(box.height).to.be.at.least(44);
        }
      }
    });
  }

  // Several urgent messages, a long link, and WCAG 1.4.12's text spacing: in Arabic and Hebrew, what does not fit spills to the left.
  const crowded = { ...feeds.urgent, messages: [messages.urgent, { ...messages.urgent, id: 'snow', text: 'The hall is closed on Monday: https://riverside-peer.example.org/closures' }, messages.talk] };
  for (const lang of ['en', 'ar', 'he']) {
    for (const width of [280, 320]) {
      it(`keeps every message and control within ${width} px in lang="${lang}", with text spacing`, async () => {
        for (const feed of [feeds.rotating, crowded]) {
          const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner lang=${lang} style="width: ${width}px" .feed=${feed}></care-awareness-banner>`);
          await until(() => lang === 'en' || !visibleText(el).includes('Message 1'), 3000, 'the strings');
          spaceText(el);
          expect(pastTheEdges(el), `${lang} ${feed.messages.length} messages`).to.deep.equal([]);
          for (const control of shadowQueryAll(el, 'button')) expect(control.getBoundingClientRect().height).to.be.at.least(44);
          el.remove();
        }
      });
    }
  }

  it('keeps its own look under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      div, p, section, span, a, button, svg { display: none !important; color: red !important; background: yellow !important; }
      .message, .controls, .control, [part] { display: none !important; visibility: hidden !important; }
      * { box-sizing: content-box !important; letter-spacing: 1em; }
      button { font-size: 40px !important; }`;
    document.head.append(style);
    try {
      const el = document.createElement('care-awareness-banner');
      el.feed = feeds.rotating;
      document.body.append(el); // straight into <body>, as the hostile rules hide every div
      await el.updateComplete;
      const message = shadowQueryAll(el, '[part~="message"]')[0];
      expect(getComputedStyle(message).display).to.equal('flex');
      const next = button(el, 'Next message')!;
      expect(getComputedStyle(next).display).not.to.equal('none');
      expect(getComputedStyle(next).backgroundColor).not.to.equal('rgb(255, 255, 0)');
      expect(next.getBoundingClientRect().width).to.be.within(40, 48);
      el.remove();
    } finally {
      style.remove();
    }
  });

  it('never starts rotating when the person prefers reduced motion', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // this engine's driver cannot emulate media features
    }
    // The clock is a stand-in (test/fake-clock.ts), so minutes pass at once.
    const clock = installClock(new Date());
    try {
      const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
      await clock.tick(60_000);
      expect(visibleText(el)).to.contain('Message 1 of 3');
      expect(button(el, 'Play messages')).not.to.equal(undefined);
      button(el, 'Play messages')!.click(); // the person may still choose to play them
      await clock.tick(8000);
      expect(visibleText(el)).to.contain('Message 2 of 3');
    } finally {
      clock.restore();
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('stops rotating when the person turns on reduced motion while the page is open', async function () {
    const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
    expect(button(el, 'Pause messages'), 'rotating at first').not.to.equal(undefined);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // this engine's driver cannot emulate media features
    }
    try {
      // A media change reaches the page with its next frame, which a busy machine may give late.
      await until(() => !!button(el, 'Play messages'), 5000, 'the banner to pause');
      const clock = installClock(new Date());
      try {
        await clock.tick(60_000);
        expect(visibleText(el)).to.contain('Message 1 of 3');
      } finally {
        clock.restore();
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
