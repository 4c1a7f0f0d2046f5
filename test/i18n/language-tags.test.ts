/**
 * A widget's `lang` in the forms pages write it: old codes (`iw` for Hebrew), regions (`ar-EG`,
 * `en-GB`), languages with no strings (`fr`). The UI takes the nearest shipped strings or English,
 * whole; numbers and dates follow the region asked for, inside the sentences too.
 */
import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { forgetFeed } from '../../src/feed/load.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

const ZONE = 'America/Chicago';
const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;
const summary = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0].textContent!.trim();
const headings = (el: Element) => shadowQueryAll(el, '[part="day-heading"]').map((h) => h.textContent!.trim());
const finder = (lang: string, daysAhead = 56) => mountLoaded(html`<care-session-finder lang=${lang} days-ahead=${daysAhead}
  viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
const LATIN_DIGIT = /[0-9]/;
/** Its language's strings load on demand: until then the widget speaks English. */
const speaking = (el: Element, words: string) => until(() => visibleText(el).includes(words), 3000, `“${words}”`);

describe('a widget’s lang in odd forms', () => {
  before(startWorker);

  it('takes the old code iw as Hebrew: its strings, right to left, and the feed’s Hebrew text', async () => {
    const feed = { ...feeds.oneMessage, messages: [{ id: 'he', text: { en: 'Listening helps.', he: 'הקשבה עוזרת.' } }] };
    const { el } = await mountLoaded(html`<care-awareness-banner lang="iw" .feed=${feed}></care-awareness-banner>`);
    expect(visibleText(el)).to.contain('הקשבה עוזרת.');
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(shadowQueryAll(el, '[part="text"]')[0].getAttribute('lang')).to.equal('he');

    const list = (await finder('iw')).el;
    await speaking(list, 'היום');
    expect(headings(list)[0]).to.equal('היום');
    expect(base(list).getAttribute('dir')).to.equal('rtl');
    await expect(list).to.be.accessible();
  });

  it('reads a page’s lang written with underscores, as some sites write it (es_MX, he_IL), as the language it names', async () => {
    const feed = { ...feeds.oneMessage, messages: [{ id: 'm', text: { en: 'Listening helps.', es: 'Escuchar ayuda.', he: 'הקשבה עוזרת.' } }] };
    for (const [page, words, text, dir] of [['es_MX', 'Mensaje', 'Escuchar ayuda.', 'ltr'], ['he_IL', 'הודעה', 'הקשבה עוזרת.', 'rtl']]) {
      const { el: wrapper } = await mountLoaded(html`<div lang=${page}><care-awareness-banner .feed=${feed}></care-awareness-banner></div>`);
      const el = wrapper.querySelector('care-awareness-banner')!;
      await speaking(el, text);
      expect(base(el).getAttribute('lang')).to.equal(page.replace('_', '-'));
      expect(base(el).getAttribute('dir')).to.equal(dir);
      expect([...el.shadowRoot!.querySelectorAll('[aria-label]')].some((e) => e.getAttribute('aria-label')!.includes(words)), page).to.equal(true);
    }
  });

  it('writes numbers and dates as the region asked for does: ar-EG in Arabic-Indic digits, en-GB day first', async () => {
    const { el } = await finder('ar-EG');
    await speaking(el, 'اليوم');
    expect(base(el).getAttribute('lang')).to.equal('ar-EG');
    expect(headings(el)[2]).to.equal('الأربعاء، ٢٥ نوفمبر');
    // The count and the weeks, filled into the sentence.
    expect(summary(el)).to.equal('٦ جلسات خلال الأسابيع الـ٨ القادمة');
    expect(shadowQueryAll(el, 'option').map((o) => o.textContent!).join(' ')).not.to.match(LATIN_DIGIT);
    await expect(el).to.be.accessible();

    const british = (await finder('en-GB')).el;
    // WebKit's ICU puts a comma after the weekday.
    expect(headings(british)[2]).to.match(/^Wednesday,? 25 November$/);
  });

  it('fills numbers into every widget’s sentences in the UI language', async () => {
    const { el } = await mountLoaded(html`<care-awareness-banner lang="ar-EG" .feed=${feeds.rotating}></care-awareness-banner>`);
    await speaking(el, 'الرسالة');
    expect(shadowQueryAll(el, '[part="position"]')[0].textContent!.trim()).to.equal('الرسالة ١ من ٣');
  });

  it('dates the saved-copy note in the language of its sentence: English for a language with no strings', async () => {
    const url = '/feeds/saved-copy-lang.json';
    worker.use(http.get(url, () => HttpResponse.json(feeds.oneMessage), { once: true }));
    (await mountLoaded(html`<care-awareness-banner src=${url}></care-awareness-banner>`)).el.remove();
    // The copy is kept by code that loads on demand: only once it is there does the failing network show it.
    await until(() => Object.keys(localStorage).some((key) => key.startsWith('care-widgets:feed:') && key.endsWith(url)), 3000, 'the saved copy');
    forgetFeed(url);
    worker.use(http.get(url, () => HttpResponse.error()));
    const note = async (lang: string, opening: string) => {
      const { el } = await mountLoaded(html`<care-awareness-banner lang=${lang} src=${url}></care-awareness-banner>`);
      const text = () => shadowQueryAll(el, '[part="saved-note"]')[0]?.textContent!.trim() ?? '';
      await until(() => text().startsWith(opening), 3000, opening);
      return text();
    };
    expect(await note('fr', 'Saved')).to.match(/^Saved copy from [A-Z][a-z]+ \d+, \d{4}\s+Try again$/);
    expect(await note('zh-Hant-TW', 'Saved')).to.match(/^Saved copy from [A-Z][a-z]+ \d+, \d{4}\s+Try again$/);
    expect(await note('es-419', 'Copia')).to.match(/^Copia guardada del? \d+ de [a-z]+ de \d{4}\s+Intentar de nuevo$/);
  });
});
