/**
 * What a visitor hears and sees of "Try again" when the feed fails again, in every widget that offers it, and the
 * word on an emergency that the finder and the lookup give when their feed (and its crisis line) cannot be shown.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/awareness-banner/define.js';
import '../../src/volunteer-signup/define.js';
import { deepActiveElement, shadowQueryAll, until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';

const ZONE = 'America/Chicago';
const NOW = new Date('2026-03-10T15:42:00Z');
const tags = ['care-session-finder', 'care-referral-lookup', 'care-awareness-banner', 'care-volunteer-signup'];
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A widget of the feed at `src`, in `lang`, once it has shown the feed's failure. */
async function mount(tag: string, src: string, lang = 'en'): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  const el = Object.assign(document.createElement(tag), { now: NOW });
  for (const [name, value] of [['viewer-timezone', ZONE], ['lang', lang], ['src', src]]) el.setAttribute(name, value);
  const failed = new Promise((resolve) => wrapper.addEventListener('care-feed-error', resolve, { once: true }));
  document.body.append(wrapper);
  wrapper.append(el);
  await failed;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('"Try again" that fails again', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  for (const tag of tags) {
    it(`<${tag}>: the status says it was tried again, and when, and focus stays on Try again`, async () => {
      const url = `/feeds/unavailable-${tag}.json`;
      let requests = 0;
      worker.use(http.get(url, () => (++requests, new HttpResponse('Unavailable', { status: 503 }))));
      const el = await mount(tag, url);
      const status = shadowQueryAll(el, '[part="error"][role="status"]')[0];
      const before = text(status);
      expect(before).to.contain('The server had a problem');
      const said: string[] = [];
      new MutationObserver(() => said.push(text(status))).observe(status, { subtree: true, childList: true, characterData: true });
      shadowQueryAll(el, '[part="retry"]')[0].focus();
      await sendKeys({ press: 'Enter' });
      await until(() => requests === 2 && text(status).includes('Tried again'), 15_000, 'the second answer');
      // The same live region, still in the page, took the new words: a screen reader says them.
      expect(status.isConnected).to.equal(true);
      const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(NOW);
      expect(text(status)).to.contain(`Please try again in a little while. Tried again at ${time}.`);
      expect(said.at(-1)).to.equal(text(status));
      expect(deepActiveElement()?.getAttribute('part')).to.equal('retry');
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    });
  }

  it('says when in the widget\'s language and its way of writing the time', async () => {
    const url = '/feeds/unavailable-es.json';
    worker.use(http.get(url, () => new HttpResponse('Unavailable', { status: 503 })));
    const el = await mount('care-session-finder', url, 'es');
    shadowQueryAll(el, '[part="retry"]')[0].click();
    await until(() => visibleText(el).includes('Se intentó de nuevo'), 15_000, 'the second answer');
    expect(visibleText(el)).to.contain(`Se intentó de nuevo a las ${new Intl.DateTimeFormat('es', { timeStyle: 'short' }).format(NOW)}.`);
    el.parentElement!.remove();
  });
});

describe('a feed that cannot be loaded', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  for (const [tag, danger] of [['care-session-finder', true], ['care-referral-lookup', true], ['care-awareness-banner', false], ['care-volunteer-signup', false]] as const) {
    it(`<${tag}>: ${danger ? 'tells a person in danger to call their local emergency number' : 'says only what happened'}`, async () => {
      const url = `/feeds/gone-${tag}.json`;
      worker.use(http.get(url, () => HttpResponse.error()));
      for (const [lang, words] of [['en', 'If you are in danger now, call your local emergency number.'], ['es', 'Si está en peligro ahora'], ['he', 'אם אתם בסכנה עכשיו'], ['ar', 'إذا كنت في خطر الآن']]) {
        const el = await mount(tag, url, lang);
        const status = text(shadowQueryAll(el, '[part="error"][role="status"]')[0]);
        if (danger) expect(status).to.contain(words);
        else expect(status).not.to.contain(words);
        if (lang === 'en') await expect(el).to.be.accessible();
        el.parentElement!.remove();
      }
    });
  }
});
