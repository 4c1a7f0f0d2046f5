/**
 * Feed text in another language than the widget's (a feed written in English, read on a Spanish
 * page) carries the language it came out in, so that a screen reader speaks it in that language.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

/** Each text in `selector`, with the language its text is marked in. */
const marked = (el: Element, selector: string) =>
  shadowQueryAll(el, selector).map((e) => [e.textContent!.trim(), e.querySelector('[lang]')?.getAttribute('lang')]);

describe('feed text in its own language', () => {
  it('marks session titles: the English-only one as English, the translated one as Spanish', async () => {
    const { el } = await mountLoaded(html`<care-session-finder lang="es" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const titles = new Map(marked(el, '[part="session"] .title') as [string, string][]);
    expect(titles.get('Tuesday peer circle')).to.equal('en');
    expect(titles.get('Círculo juvenil')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('marks referral names and descriptions', async () => {
    const { el } = await mountLoaded(html`<care-referral-lookup lang="es" viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    const names = marked(el, '[part="referral"] h4');
    expect(names.length).to.be.above(0);
    expect(names.every(([, lang]) => lang === 'en' || lang === 'es'), JSON.stringify(names)).to.equal(true);
    expect(names.map(([, lang]) => lang)).to.include('en');
    const descriptions = shadowQueryAll(el, '[part="referral"] > p[dir="auto"]');
    expect(descriptions.length).to.be.above(0);
    expect(descriptions.every((p) => p.querySelector('[lang]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('marks role titles, translated or not', async () => {
    const { el } = await mountLoaded(html`<care-volunteer-signup lang="es" .feed=${volunteerFeeds.full}></care-volunteer-signup>`);
    const titles = new Map(marked(el, '.role-title') as [string, string][]);
    expect(titles.get('Facilitador de grupo de pares')).to.equal('es');
    expect([...titles.values()]).to.include('en');
    await expect(el).to.be.accessible();
  });
});
