/**
 * A reader of one form of a language is served by another form of it before another language
 * (feed-format.md, principle 4): a Spanish page shows the feed's Mexican Spanish rather than its
 * English, a Portuguese page the Brazilian, an en-GB page the en-US. The text says which it is, and
 * the UI strings are chosen the same way.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerLocale, type UIStrings } from '../../src/index.js';
import { en } from '../../src/i18n/en.js';
import { pickText } from '../../src/feed/text.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, finderSessions, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

const ZONE = 'America/Chicago';
const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;
/** The text of each element of `selector`, with the language it is marked in. */
const marked = (el: Element, selector: string) =>
  shadowQueryAll(el, selector).map((e) => [e.textContent!.replace(/\s+/g, ' ').trim(), (e.querySelector('[lang]') ?? e.closest('[lang]'))?.getAttribute('lang')]);
const titleOf = (value: unknown) => ({
  ...finderFeed,
  sessions: [{ ...finderSessions.circle, title: value }, finderSessions.youth],
});

describe('a language served by another form of it', () => {
  describe('pickText', () => {
    it('takes the exact tag, then each shorter one, then a longer or sibling tag of the same language, then the next language', () => {
      const circle = { en: 'Peer circle', 'es-MX': 'Círculo (MX)' };
      expect(pickText(circle, ['es', 'en'])).to.deep.equal({ value: 'Círculo (MX)', lang: 'es-MX' });
      expect(pickText(circle, ['es-AR', 'en'])).to.deep.equal({ value: 'Círculo (MX)', lang: 'es-MX' });
      expect(pickText({ fr: 'Cercle', 'en-US': 'Circle' }, ['en-GB', 'fr'])).to.deep.equal({ value: 'Circle', lang: 'en-US' });
      expect(pickText({ en: 'Tea', 'zh-Hant': '茶' }, ['zh', 'en'])).to.deep.equal({ value: '茶', lang: 'zh-Hant' });
      // The exact tag and the shorter ones come first; of the others, the closest.
      expect(pickText({ 'es-MX': 'MX', es: 'ES' }, ['es-AR'])).to.deep.equal({ value: 'ES', lang: 'es' });
      expect(pickText({ 'es-MX': 'MX', es: 'ES' }, ['es'])).to.deep.equal({ value: 'ES', lang: 'es' });
      expect(pickText({ 'zh-Hans': '简', 'zh-Hant-HK': '繁' }, ['zh-Hant-TW'])).to.deep.equal({ value: '繁', lang: 'zh-Hant-HK' });
      // Not a language whose code merely begins the same way: "es" is not "esu".
      expect(pickText({ en: 'Circle', esu: 'Yup’ik' }, ['es', 'en'])).to.deep.equal({ value: 'Circle', lang: 'en' });
    });

    it('takes, of the other forms of a language, one in the script the reader’s region writes: Traditional Chinese for Taiwan and Hong Kong', () => {
      const tea = { 'zh-Hans': '简体茶', 'zh-Hant': '繁體茶' };
      expect(pickText(tea, ['zh-TW'])).to.deep.equal({ value: '繁體茶', lang: 'zh-Hant' });
      expect(pickText(tea, ['zh-HK'])).to.deep.equal({ value: '繁體茶', lang: 'zh-Hant' });
      expect(pickText(tea, ['zh-CN'])).to.deep.equal({ value: '简体茶', lang: 'zh-Hans' });
      const byRegion = { 'zh-CN': '简体茶', 'zh-TW': '繁體茶' };
      expect(pickText(byRegion, ['zh-Hant'])).to.deep.equal({ value: '繁體茶', lang: 'zh-TW' });
      expect(pickText(byRegion, ['zh-HK'])).to.deep.equal({ value: '繁體茶', lang: 'zh-TW' });
      expect(pickText({ 'zh-TW': '繁體茶', 'zh-CN': '简体茶' }, ['zh'])).to.deep.equal({ value: '简体茶', lang: 'zh-CN' });
      // Serbian in Latin letters before the Cyrillic the language is written in by default, and the reverse.
      const serbian = { 'sr-Cyrl': 'Круг', 'sr-Latn': 'Krug' };
      expect(pickText(serbian, ['sr-Latn-RS'])).to.deep.equal({ value: 'Krug', lang: 'sr-Latn' });
      expect(pickText({ 'sr-Latn': 'Krug', 'sr-Cyrl': 'Круг' }, ['sr'])).to.deep.equal({ value: 'Круг', lang: 'sr-Cyrl' });
      // Another form in another script still comes before another language.
      expect(pickText({ en: 'Tea', 'zh-Hans': '简体茶' }, ['zh-TW', 'en'])).to.deep.equal({ value: '简体茶', lang: 'zh-Hans' });
    });
  });

  it('the finder on a Spanish page shows a title written in Mexican Spanish, marked as such, not the English', async () => {
    const { el } = await mountLoaded(html`<care-session-finder lang="es" viewer-timezone=${ZONE} .now=${FINDER_NOW}
      .feed=${titleOf({ en: 'Tuesday peer circle', 'es-MX': 'Círculo de pares del martes' })}></care-session-finder>`);
    const titles = new Map(marked(el, '[part="session"] .title') as [string, string][]);
    expect(titles.get('Círculo de pares del martes')).to.equal('es-MX');
    expect(titles.has('Tuesday peer circle')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the lookup in a Portuguese part of a page shows a name written in Brazilian Portuguese, marked as such', async () => {
    const feed = {
      ...referralFeeds.lookup,
      referrals: referralFeeds.lookup.referrals.map((r) => (r.id === 'clinic' ? { ...r, name: { en: 'Riverside Counselling Clinic', 'pt-BR': 'Clínica de Aconselhamento' } } : r)),
    };
    const { el: page } = await mountLoaded(html`<div lang="pt"><care-referral-lookup viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup></div>`);
    const el = page.querySelector('care-referral-lookup')!;
    await el.updateComplete;
    const names = new Map(marked(el, '[part="referral"] h4') as [string, string][]);
    expect(names.get('Clínica de Aconselhamento')).to.equal('pt-BR');
    expect(names.has('Riverside Counselling Clinic')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the banner shows Traditional Chinese on a zh page, and American English on an en-GB page before the feed’s own French', async () => {
    const message = (text: Record<string, string>) => ({ ...feeds.oneMessage, messages: [{ id: 'm', text }] });
    const chinese = (await mountLoaded(html`<care-awareness-banner lang="zh" .feed=${message({ en: 'Listening helps.', 'zh-Hant': '傾聽有幫助。' })}></care-awareness-banner>`)).el;
    expect(visibleText(chinese)).to.contain('傾聽有幫助。');
    expect(shadowQueryAll(chinese, '[part="text"]')[0].getAttribute('lang')).to.equal('zh-Hant');

    const french = { ...message({ fr: 'Écouter aide.', 'en-US': 'Listening helps.' }), organization: { ...feeds.oneMessage.organization, language: 'fr' } };
    const british = (await mountLoaded(html`<care-awareness-banner lang="en-GB" .feed=${french}></care-awareness-banner>`)).el;
    expect(visibleText(british)).to.contain('Listening helps.');
    expect(shadowQueryAll(british, '[part="text"]')[0].getAttribute('lang')).to.equal('en-US');
    await expect(british).to.be.accessible();
  });

  it('the banner on a Taiwanese page shows the feed’s Traditional Chinese, marked as such, not its Simplified', async () => {
    const feed = { ...feeds.oneMessage, messages: [{ id: 'm', text: { en: 'Listening helps.', 'zh-Hans': '倾听有帮助。', 'zh-Hant': '傾聽有幫助。' } }] };
    const { el: page } = await mountLoaded(html`<div lang="zh-TW"><care-awareness-banner .feed=${feed}></care-awareness-banner></div>`);
    const el = page.querySelector('care-awareness-banner')!;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('傾聽有幫助。');
    expect(shadowQueryAll(el, '[part="text"]')[0].getAttribute('lang')).to.equal('zh-Hant');
  });

  describe('UI strings', () => {
    const finder = (lang: string) => mountLoaded(html`<care-session-finder lang=${lang} viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const speaking = (el: Element, words: string) => until(() => visibleText(el).includes(words), 3000, `“${words}”`);

    it('speaks Spanish on an es-MX page, with its region, and English on a pt-BR page while no Portuguese is there', async () => {
      const mexican = (await finder('es-MX')).el;
      await speaking(mexican, 'Hoy');
      expect(base(mexican).getAttribute('lang')).to.equal('es-MX');
      const brazilian = (await finder('pt-BR')).el;
      await speaking(brazilian, 'Today');
      expect(base(brazilian).getAttribute('lang')).to.equal('en');
    });

    it('takes strings a site registered for pt-BR on a pt or pt-PT page, and says they are pt-BR', async () => {
      registerLocale('pt-BR', { ...en, today: 'Hoje' } as UIStrings);
      for (const lang of ['pt', 'pt-PT', 'pt-BR']) {
        const { el } = await finder(lang);
        await speaking(el, 'Hoje');
        expect(base(el).getAttribute('lang'), lang).to.match(/^pt-br$/i);
        el.remove();
      }
    });
  });
});
