/**
 * A feed's own names for its codes (`labels`: kinds, audiences, accessibility, topics) are feed text: shown
 * in another language than the widget's, they say so, in the filters' options and in the details, so that a
 * screen reader speaks an English-only label on a Spanish page in English. Our own names need no mark.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const ZONE = 'America/Chicago';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** An option's words (without its count) and the language it is marked in. */
const optionOf = (el: Element, value: string) => {
  const option = shadowQueryAll<HTMLOptionElement>(el, `option[value="${value}"]`)[0];
  return { text: text(option), lang: option.getAttribute('lang'), dir: option.getAttribute('dir') };
};
/** Each label in a details' line, with the language it is marked in (null: the widget's). */
const marks = (dd: Element) => [...dd.querySelectorAll('bdi')].map((b) => [text(b), b.getAttribute('lang')]);
const line = (details: Element, term: string) => [...details.querySelectorAll('dt')].find((dt) => text(dt) === term)!.nextElementSibling!;

describe('a feed’s labels in their own language', () => {
  it('the finder marks them in its Kind and Audience options and in a session’s details', async () => {
    const feed = {
      ...finderFeed,
      labels: {
        kinds: { 'peer-group': 'Peer group', workshop: { en: 'Workshop', es: 'Taller práctico' } },
        audiences: { adults: 'Grown-ups' },
        accessibility: { wheelchair: 'Step-free entrance' },
      },
    };
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang="es" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
    await until(() => text(el.shadowRoot!.querySelector('[part="day-heading"]')) === 'Hoy', 3000, 'the Spanish strings');
    expect(optionOf(el, 'peer-group')).to.include({ lang: 'en', dir: 'auto' });
    expect(optionOf(el, 'peer-group').text).to.match(/^Peer group/);
    expect(optionOf(el, 'workshop')).to.include({ lang: 'es' });
    expect(optionOf(el, 'adults')).to.include({ lang: 'en' });
    // Ours, in Spanish: the finder's own language, no mark.
    expect(optionOf(el, 'youth').lang).to.equal(null);

    const circle = shadowQueryAll<HTMLDetailsElement>(el, '.session details').find((d) => text(d.querySelector('.title')) === 'Tuesday peer circle')!;
    circle.open = true;
    await until(() => !!circle.querySelector('[part="details"]'), 3000, 'the details');
    await el.updateComplete;
    const details = circle.querySelector('[part="details"]')!;
    expect(marks(line(details, 'Accesibilidad'))).to.deep.equal([['Step-free entrance', 'en'], ['Bucle de inducción', null]]);
    // The list's words between them stay the UI's.
    expect(text(line(details, 'Accesibilidad'))).to.equal(new Intl.ListFormat('es', { type: 'unit' }).format(['Step-free entrance', 'Bucle de inducción']));
    expect(marks(line(details, 'Para'))).to.deep.equal([['Grown-ups', 'en']]);
    await expect(el).to.be.accessible();
  });

  it('the lookup marks them on a referral, in its details, in the Audience options and in its topics', async () => {
    const feed = {
      ...referralFeeds.lookup,
      labels: { ...referralFeeds.lookup.labels, kinds: { counselling: 'Talk therapy' }, audiences: { parents: 'Mums and dads' } },
    };
    const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang="es" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
    const lakeshore = shadowQueryAll(el, '[part="referral"]').find((li) => text(li.querySelector('h4')) === 'Lakeshore Family Counselling')!;
    const kind = lakeshore.querySelector('p [lang]');
    expect([text(kind), kind?.getAttribute('lang')]).to.deep.equal(['Talk therapy', 'en']);
    // The feed's topic, translated: marked as Spanish.
    const veterans = shadowQueryAll(el, 'label.topic').find((l) => text(l) === 'Veteranos y familias militares')!;
    expect(veterans.querySelector('[lang]')?.getAttribute('lang')).to.equal('es');

    lakeshore.querySelector('summary')!.click();
    await until(() => !!lakeshore.querySelector('[part="details"]'), 3000, 'the details');
    await el.updateComplete;
    const details = lakeshore.querySelector('[part="details"]')!;
    const audience = [...details.querySelectorAll('dd')].find((dd) => text(dd).includes('Mums and dads'))!;
    expect(marks(audience)).to.deep.equal([['Mums and dads', 'en'], ['Jóvenes', null]]);

    const panel = shadowQueryAll<HTMLDetailsElement>(el, 'form details')[0];
    panel.querySelector('summary')!.click();
    await until(() => shadowQueryAll(el, 'option[value="parents"]').length > 0, 3000, 'the filters');
    expect(optionOf(el, 'parents')).to.deep.equal({ text: 'Mums and dads', lang: 'en', dir: 'auto' });
    expect(optionOf(el, 'youth').lang).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
