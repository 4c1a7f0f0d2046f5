/**
 * The language every widget shows, through the public surface: it follows the nearest `lang` up
 * the page as a site's language switcher changes it, its own `lang` as the page writes it, spaces
 * and all, and a language tag falls back one subtag at a time (BCP 47 lookup: `zh-Hant-TW`,
 * `zh-Hant`, `zh`), for the feed's Text and for the UI strings alike.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { registerLocale } from '../../src/index.js';
import { en, type UIStrings } from '../../src/i18n/en.js';
import { feeds } from '../mocks/feeds.js';
import { button, until, visibleText, warningsDuring } from '../helpers.js';

const WIDGET_TAGS = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];
const NO_FEED_EN = 'No information has been connected to this widget yet.';
const NO_FEED_ES = 'Todavía no se ha conectado información a este componente.';
const showing = (el: Element, text: string) => until(() => visibleText(el).includes(text), 3000, `“${text}”`);


describe('the language a widget shows', () => {
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> follows a lang changed up the page, its own lang still first`, async () => {
      const page = fixtureSync(staticHtml`<div lang="en"><section>
        <${unsafeStatic(tag)} id="follows"></${unsafeStatic(tag)}>
        <${unsafeStatic(tag)} id="own" lang="en"></${unsafeStatic(tag)}>
      </section></div>`);
      const [follows, own] = [page.querySelector('#follows')!, page.querySelector('#own')!];
      await showing(follows, NO_FEED_EN);
      page.setAttribute('lang', 'es');
      await showing(follows, NO_FEED_ES);
      await expect(follows).to.be.accessible();
      expect(visibleText(own)).to.contain(NO_FEED_EN);

      // A nearer lang added later wins over the one further up.
      page.querySelector('section')!.setAttribute('lang', 'en-GB');
      await showing(follows, NO_FEED_EN);
    });
  }

  it('follows the page’s own <html lang> as it changes', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    const widget = fixtureSync(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
    try {
      root.setAttribute('lang', 'en');
      await showing(widget, 'Listening helps more than advice.');
      root.setAttribute('lang', 'es-MX');
      await showing(widget, 'Escuchar ayuda más que aconsejar.');
      await until(() => !!button(widget, 'Mensaje siguiente'), 3000, 'Spanish controls');
      await expect(widget).to.be.accessible();
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('follows a lang changed inside the shadow roots around it (the widget in other components)', async () => {
    const outer = fixtureSync(html`<div></div>`);
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const section = Object.assign(document.createElement('section'), { lang: 'en' });
    const inner = document.createElement('div');
    section.append(inner);
    outerRoot.append(section);
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const box = Object.assign(document.createElement('div'), { lang: 'en' });
    innerRoot.append(box);
    const widget = Object.assign(document.createElement('care-awareness-banner'), { feed: feeds.rotating });
    box.append(widget);
    await showing(widget, 'Listening helps more than advice.');
    box.setAttribute('lang', 'es');
    await showing(widget, 'Escuchar ayuda más que aconsejar.');
    box.removeAttribute('lang');
    await showing(widget, 'Listening helps more than advice.');
    section.setAttribute('lang', 'es');
    await showing(widget, 'Escuchar ayuda más que aconsejar.');
    await until(() => !!button(widget, 'Mensaje siguiente'), 3000, 'Spanish controls');
    await expect(widget).to.be.accessible();
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> reflects a lang set as a property to its attribute, as every element does (a framework sets it so)`, async () => {
      const page = fixtureSync(html`<div lang="en"></div>`);
      const widget = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      widget.lang = 'es';
      page.append(widget);
      await showing(widget, NO_FEED_ES);
      expect(widget.getAttribute('lang')).to.equal('es');
      expect(widget.matches(':lang(es)')).to.equal(true);
      widget.lang = 'en';
      await widget.updateComplete;
      expect(widget.getAttribute('lang')).to.equal('en');
      await showing(widget, NO_FEED_EN);
      widget.lang = '';
      await widget.updateComplete;
      expect(widget.getAttribute('lang')).to.equal('');
      page.setAttribute('lang', 'es');
      await showing(widget, NO_FEED_ES);
      widget.setAttribute('lang', 'en');
      expect(widget.lang).to.equal('en');
      await showing(widget, NO_FEED_EN);
      widget.removeAttribute('lang');
      await showing(widget, NO_FEED_ES);
    });
  }

  for (const cleared of [undefined, null]) {
    it(`removes the lang attribute when the property is set to ${cleared} (React drops a prop so), and follows the page`, async () => {
      const page = fixtureSync(html`<div lang="es"></div>`);
      const widget = document.createElement('care-awareness-banner') as HTMLElement & { updateComplete: Promise<unknown> };
      widget.lang = 'en';
      page.append(widget);
      await showing(widget, NO_FEED_EN);
      (widget as { lang: unknown }).lang = cleared;
      await widget.updateComplete;
      expect(widget.hasAttribute('lang')).to.equal(false);
      expect(widget.matches(':lang(es)')).to.equal(true);
      await showing(widget, NO_FEED_ES);
    });
  }

  it('leaves a malformed lang on the page as written, warns once, and takes the page\'s language, also as the page\'s changes', async () => {
    let widget!: HTMLElement;
    const warnings = await warningsDuring(async () => {
      const page = fixtureSync(html`<div lang="es"><care-awareness-banner lang="en_US" .feed=${feeds.oneMessage}></care-awareness-banner></div>`);
      widget = page.querySelector('care-awareness-banner')!;
      await showing(widget, 'Escuchar ayuda más que aconsejar.');
      page.setAttribute('lang', 'es-MX');
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(warnings.filter((w) => w.includes('lang='))).to.have.length(1);
    expect(widget.getAttribute('lang')).to.equal('en_US');
  });

  it('takes lang=" es " as "es", without a warning', async () => {
    let widget!: Element;
    const warnings = await warningsDuring(async () => {
      widget = fixtureSync(html`<care-awareness-banner lang=" es " .feed=${feeds.oneMessage}></care-awareness-banner>`);
      await showing(widget, 'Escuchar ayuda más que aconsejar.');
    });
    expect(warnings.filter((w) => w.includes('lang='))).to.deep.equal([]);
    expect(widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    await expect(widget).to.be.accessible();
  });

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
