/**
 * The banner as a keyboard and a screen reader meet it: Tab goes through its buttons in the order the eye reads them
 * (WCAG 2.4.3), Play pressed from the keyboard starts the messages, and the hidden announcement never tells of a
 * message other than the one on screen.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds, messages } from '../mocks/feeds.js';
import { startWorker } from '../mocks/browser.js';
import { deepActiveElement, mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';
import { installClock, type FakeClock } from '../fake-clock.js';

const mount = (template: ReturnType<typeof html>) => mountLoaded<CareAwarenessBanner>(template);
const name = (e: Element) => e.getAttribute('aria-label') ?? e.textContent!.trim();

/** Where `b` stands after `a` in reading order, or why it does not: on a lower line, or further along the same one. */
function readsAfter(a: DOMRect, b: DOMRect, rtl: boolean): boolean {
  if (b.top >= a.bottom - 1) return true;
  const sameLine = b.top < a.bottom - 1 && a.top < b.bottom - 1;
  return sameLine && (rtl ? b.right <= a.left + 1 : b.left >= a.right - 1);
}

describe('<care-awareness-banner> read in order', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  // One message with a link among three rotating, so the link, the rotation buttons and the dismiss button all show.
  const linked = { ...feeds.rotating, messages: [messages.talk, ...feeds.rotating.messages.filter((m) => m.id !== messages.talk.id)] };
  for (const lang of ['en', 'ar']) {
    for (const [width, fontSize] of [[200, 16], [280, 16], [360, 16], [640, 16], [1024, 16], [320, 32]]) {
      it(`is reached by Tab in the order it reads, ${width} px at ${fontSize} px text, lang="${lang}"`, async () => {
        const { el } = await mount(html`<care-awareness-banner lang=${lang} style="width: ${width}px; font-size: ${fontSize}px" .feed=${linked}></care-awareness-banner>`);
        await until(() => lang === 'en' || !visibleText(el).includes('Message 1'), 15000, 'the strings');
        const stops = shadowQueryAll(el, '[part="message"] :is(a, button)');
        expect(stops.map(name)).to.have.length(5);
        const outOfOrder = stops.slice(1).flatMap((b, i) => (readsAfter(stops[i].getBoundingClientRect(), b.getBoundingClientRect(), lang === 'ar') ? [] : [`${name(stops[i])} → ${name(b)}`]));
        expect(outOfOrder).to.deep.equal([]);
        el.remove();
      });
    }
  }

  describe('with the clock held', () => {
    let clock: FakeClock | undefined;
    afterEach(() => clock?.restore());

    it('starts the messages when Play is pressed from the keyboard, and holds them while focus is on a message or its other buttons', async () => {
      clock = installClock(new Date());
      const { el } = await mount(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(name(deepActiveElement()!)).to.equal('Previous message');
      await clock.tick(30_000);
      expect(visibleText(el), 'focus on Previous holds the message').to.contain('Message 1 of 3');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(name(deepActiveElement()!)).to.equal('Play messages');
      await clock.tick(30_000);
      expect(visibleText(el), 'paused').to.contain('Message 1 of 3');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(name(deepActiveElement()!)).to.equal('Pause messages');
      await clock.tick(8000);
      expect(visibleText(el), 'played, with focus on Pause').to.contain('Message 2 of 3');
      await sendKeys({ press: 'Tab' });
      expect(name(deepActiveElement()!)).to.equal('Next message');
      await clock.tick(30_000);
      expect(visibleText(el), 'focus on Next holds the message').to.contain('Message 2 of 3');
      before.remove();
    });

    it('empties its announcement for good once another message shows, so it never speaks of one not on screen', async () => {
      clock = installClock(new Date());
      const { el } = await mount(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
      const announced = () => shadowQueryAll(el, '[role="status"]')[0].textContent!.trim();
      expect(announced()).to.equal('Listening helps more than advice.');
      await clock.tick(8000);
      expect(visibleText(el)).to.contain('Message 2 of 3');
      expect(announced()).to.equal('');
      await clock.tick(16_000);
      expect(visibleText(el), 'round to the first again').to.contain('Message 1 of 3');
      expect(announced(), 'not announced again').to.equal('');
    });
  });
});
