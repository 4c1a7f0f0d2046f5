/**
 * The language every widget shows, through the public surface: a language tag falls back one
 * subtag at a time (BCP 47 lookup: `zh-Hant-TW`, `zh-Hant`, `zh`), for the feed's Text and for
 * the UI strings alike.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { registerLocale } from '../../src/index.js';
import { en, type UIStrings } from '../../src/i18n/en.js';
import { feeds } from '../mocks/feeds.js';
import { until, visibleText } from '../helpers.js';

const showing = (el: Element, text: string) => until(() => visibleText(el).includes(text), 3000, `“${text}”`);

describe('the language a widget shows', () => {
  it('finds zh-Hant for zh-Hant-TW in the feed’s Text, before zh', async () => {
    const feed = {
      ...feeds.oneMessage,
      messages: [{ id: 'tw', text: { en: 'Listening helps.', zh: '倾听比建议更有帮助。', 'zh-Hant': '傾聽比建議更有幫助。' } }],
    };
    const widget = fixtureSync(html`<care-awareness-banner lang="zh-Hant-TW" .feed=${feed}></care-awareness-banner>`);
    await showing(widget, '傾聽比建議更有幫助。');
    expect(widget.shadowRoot!.querySelector('[part="text"]')!.getAttribute('lang')).to.equal('zh-Hant');
    await expect(widget).to.be.accessible();
  });

  it('finds UI strings registered for zh-Hant for zh-Hant-TW', async () => {
    registerLocale('zh-Hant', { ...en, 'error.no-feed': '此元件尚未連接任何資訊。' } as UIStrings);
    const widget = fixtureSync(html`<care-awareness-banner lang="zh-Hant-TW"></care-awareness-banner>`);
    await showing(widget, '此元件尚未連接任何資訊。');
    await expect(widget).to.be.accessible();
  });
});
