/**
 * The banner marks each piece of the feed's text with the language it came out in, as the finder and
 * the lookup do: a screen reader speaks a message the feed has only in English in English on a Hebrew
 * page, where it would otherwise read English words with a Hebrew voice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import { shadowQueryAll, until } from '../helpers.js';

const organization = { name: 'Riverside Peer Support Network', timezone: 'America/Chicago', language: 'en' };
const feedOf = (...messages: unknown[]) => ({ version: 1, organization, messages });
/** The language a screen reader takes for a node: the nearest lang up from it, inside the widget. */
const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');

async function mount(lang: string, feed: unknown) {
  const el = await fixture(html`<care-awareness-banner lang=${lang} .feed=${feed}></care-awareness-banner>`);
  await until(() => !!el.shadowRoot!.querySelector('[part="text"]') && !!el.shadowRoot!.querySelector('button[aria-label]')?.getAttribute('aria-label'), 15000, 'the message');
  return el;
}

describe('<care-awareness-banner> feed text in its own language', () => {
  it('marks the message the live region reads out with its language: English on a Hebrew page, Spanish on a Spanish one', async () => {
    const feed = feedOf(
      { id: 'listening', text: { en: 'Listening helps more than advice.', es: 'Escuchar ayuda más que aconsejar.' } },
      { id: 'talk', text: 'It is okay to talk about how you feel.' },
    );
    for (const [lang, said, saidIn] of [['he', 'Listening helps more than advice.', 'en'], ['es', 'Escuchar ayuda más que aconsejar.', 'es']]) {
      const el = await mount(lang, feed);
      const region = shadowQueryAll(el, '[role="status"]').find((r) => r.textContent!.trim() === said);
      expect(region, `${lang}: the live region holds the first message`).not.to.equal(undefined);
      expect(langOf(region!), lang).to.equal(saidIn);
      await expect(el).to.be.accessible();
    }
  });

  it('marks a message’s link with the language of its words: the feed’s, or the page’s for "Learn more"', async () => {
    const feed = feedOf(
      { id: 'circles', text: 'It is okay to talk about how you feel.', link: { url: '/circles' } },
      { id: 'named', text: { en: 'Listening helps.', es: 'Escuchar ayuda.' }, link: { text: 'Find a peer circle', url: '/circles' } },
    );
    const he = await mount('he', feed);
    const learnMore = shadowQueryAll(he, '[part="link"]')[0];
    expect(learnMore.textContent!.trim()).to.equal('למידע נוסף');
    expect(langOf(learnMore)).to.equal('he');
    expect(langOf(shadowQueryAll(he, '[part="text"]')[0])).to.equal('en');

    const es = await mount('es', feed);
    (shadowQueryAll<HTMLButtonElement>(es, 'button').find((b) => b.getAttribute('aria-label') === 'Mensaje siguiente'))!.click();
    await until(() => shadowQueryAll(es, '[part="link"]')[0]?.textContent!.trim() === 'Find a peer circle', 15000, 'the second message');
    expect(langOf(shadowQueryAll(es, '[part="text"]')[0])).to.equal('es');
    expect(langOf(shadowQueryAll(es, '[part="link"]')[0])).to.equal('en');
    await expect(es).to.be.accessible();
  });
});
