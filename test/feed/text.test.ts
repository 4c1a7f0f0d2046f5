/**
 * Text fields in a widget's language (feed-format.md, principle 4): the
 * widget's language, then the organization's, then the first value; a tag
 * also finds each shorter tag (`es-MX` finds `es`, `zh-Hant-TW` finds `zh-Hant`).
 */
import { expect } from '@open-wc/testing';
import { languageOrder, pickText, resolveText } from '../../src/feed/text.js';
import { parseFeed } from '../../src/feed/parse-feed.js';

const circle = { fr: 'Cercle de pairs', en: 'Peer circle', es: 'Círculo de pares' };

describe('resolveText', () => {
  it('shows a plain string in any language', () => {
    expect(resolveText('Peer circle', ['ar'])).to.equal('Peer circle');
    expect(resolveText('Peer circle', [])).to.equal('Peer circle');
  });

  it('shows nothing for a missing field', () => {
    expect(resolveText(undefined, ['en'])).to.equal('');
  });

  it('takes the first language of the order that the map has', () => {
    expect(resolveText(circle, ['es', 'en'])).to.equal('Círculo de pares');
    expect(resolveText(circle, ['en', 'es'])).to.equal('Peer circle');
    expect(resolveText(circle, ['de', 'es'])).to.equal('Círculo de pares');
  });

  it('finds the base language of a regional tag: es-MX finds es', () => {
    expect(resolveText(circle, ['es-MX', 'en'])).to.equal('Círculo de pares');
  });

  it('prefers the exact regional text to the base language', () => {
    expect(resolveText({ es: 'Círculo', 'es-MX': 'Círculo (México)' }, ['es-MX'])).to.equal('Círculo (México)');
  });

  it('moves on to the next language when neither the regional tag nor its base is there', () => {
    expect(resolveText({ en: 'Peer circle', es: 'Círculo' }, ['pt-BR', 'es'])).to.equal('Círculo');
  });

  it('drops one subtag at a time, as BCP 47 lookup does: zh-Hant-TW finds zh-Hant before zh', () => {
    const tea = { zh: '茶', 'zh-Hant': '茶 (繁體)', en: 'Tea' };
    expect(pickText(tea, ['zh-Hant-TW', 'en'])).to.deep.equal({ value: '茶 (繁體)', lang: 'zh-Hant' });
    expect(pickText(tea, ['zh-Hans-CN', 'en'])).to.deep.equal({ value: '茶', lang: 'zh' });
    expect(resolveText({ 'sr-Latn': 'Krug', en: 'Circle' }, ['sr-Latn-RS-x-informal', 'en'])).to.equal('Krug');
  });

  it('matches tags whatever their case', () => {
    expect(resolveText({ 'pt-br': 'Círculo', en: 'Circle' }, ['PT-BR'])).to.equal('Círculo');
    expect(resolveText({ 'PT-BR': 'Círculo', en: 'Circle' }, ['pt-br'])).to.equal('Círculo');
  });

  it('falls back to the first value when no language of the order is there', () => {
    expect(resolveText(circle, ['de', 'ar'])).to.equal('Cercle de pairs');
    expect(resolveText(circle, [])).to.equal('Cercle de pairs');
  });

  it('reads the language maps parseFeed makes', () => {
    const { feed } = parseFeed({ version: 1, organization: { name: { id: 'Jaringan Dukungan', en: 'Support Network' }, language: 'id' } });
    expect(resolveText(feed.organization.name, ['en'])).to.equal('Support Network');
    expect(resolveText(feed.organization.name, ['ar'])).to.equal('Jaringan Dukungan');
  });
});

describe('pickText', () => {
  it('says which language it found, so the text can be marked up with lang', () => {
    expect(pickText(circle, ['es-MX'])).to.deep.equal({ value: 'Círculo de pares', lang: 'es' });
    expect(pickText(circle, ['de'])).to.deep.equal({ value: 'Cercle de pairs', lang: 'fr' });
  });

  it('gives no language for a plain string or nothing', () => {
    expect(pickText('Peer circle', ['es'])).to.deep.equal({ value: 'Peer circle' });
    expect(pickText(undefined, ['es'])).to.deep.equal({ value: '' });
  });
});

describe('languageOrder', () => {
  it('is the widget\'s language, then the organization\'s', () => {
    expect(languageOrder('es-MX', 'en').slice(0, 2)).to.deep.equal(['es-MX', 'en']);
    expect(languageOrder('ar', 'id').slice(0, 2)).to.deep.equal(['ar', 'id']);
  });

  it('is the organization\'s language when the widget has none', () => {
    expect(languageOrder(undefined, 'es')[0]).to.equal('es');
    expect(languageOrder('', 'es')[0]).to.equal('es');
  });

  it('then falls back to the first value, not to English (principle 4)', () => {
    // The organization writes Spanish first; a French page gets the organization's language.
    expect(resolveText({ es: 'Círculo', en: 'Circle' }, languageOrder('fr', 'es'))).to.equal('Círculo');
    // Neither the page's nor the organization's language is there: the first value, even when English is present.
    expect(resolveText({ id: 'Lingkaran', en: 'Circle' }, languageOrder('fr', 'es'))).to.equal('Lingkaran');
  });

  it('takes the organization\'s default language, en, when the feed names none', () => {
    const { feed } = parseFeed({ version: 1, organization: { name: 'X' } });
    expect(resolveText({ id: 'Lingkaran', en: 'Circle' }, languageOrder('fr', feed.organization.language))).to.equal('Circle');
  });
});
