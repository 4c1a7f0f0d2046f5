/**
 * lang: each widget's UI and feed text in its own lang, else the nearest lang up the page (across shadow roots),
 * else the feed's organization.language (feed-format.md, principle 4); changed while it shows.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../../dist/index.js';
import { until, visibleText } from '../../helpers.js';

const base = new URL('./', import.meta.url).pathname;
const spanish: Record<string, string> = {
  'care-awareness-banner': 'Escuchar ayuda más que aconsejar.',
  'care-session-finder': 'Té y charla',
  'care-referral-lookup': 'Clínica Riverside',
  'care-volunteer-signup': 'Anfitrión',
};
const english: Record<string, string> = {
  'care-awareness-banner': 'Listening helps more than advice.',
  'care-session-finder': 'Tea and talk',
  'care-referral-lookup': 'Riverside Counselling Clinic',
  'care-volunteer-signup': 'Welcome host',
};
const attrs = 'viewer-timezone="America/Chicago"';

for (const tag of Object.keys(spanish)) {
  describe(`<${tag}> lang`, () => {
    beforeEach(() => localStorage.clear());
    const shows = (el: Element, words: string) => until(() => visibleText(el).includes(words), 15000, `"${words}"`);

    it('its own, then a parent\'s, each changed while it shows', async () => {
      const page = fixtureSync<HTMLElement>(staticHtml`<div lang="en"><${unsafeStatic(tag)} src=${`${base}feed.json`} lang="es" ${unsafeStatic(attrs)}></${unsafeStatic(tag)}></div>`);
      const el = page.firstElementChild!;
      await shows(el, spanish[tag]);
      el.setAttribute('lang', 'en');
      await shows(el, english[tag]);
      el.removeAttribute('lang');
      page.setAttribute('lang', 'es');
      await shows(el, spanish[tag]);
      page.setAttribute('lang', 'en');
      await shows(el, english[tag]);
      expect(visibleText(el)).not.to.contain(spanish[tag]);
    });

    it('a lang around the shadow root it is in', async () => {
      const page = fixtureSync<HTMLElement>(staticHtml`<div lang="es"><div class="host"></div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('src', `${base}feed.json`);
      el.setAttribute('viewer-timezone', 'America/Chicago');
      page.querySelector('.host')!.attachShadow({ mode: 'open' }).append(el);
      await shows(el, spanish[tag]);
      page.setAttribute('lang', 'en');
      await shows(el, english[tag]);
    });

    it('the feed\'s organization.language where the page says none', async () => {
      const had = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
      try {
        const page = fixtureSync<HTMLElement>(staticHtml`<div><${unsafeStatic(tag)} src=${`${base}feed-es.json`} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}></div>`);
        await shows(page.firstElementChild!, spanish[tag]);
      } finally {
        if (had !== null) document.documentElement.setAttribute('lang', had);
      }
    });
  });
}
