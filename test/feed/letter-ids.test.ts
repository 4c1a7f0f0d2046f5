/**
 * Ids of letters of any alphabet (feed-format.md: "letters, digits, `-` and `_`"): a parish that
 * writes `parroquia-san-josé` keeps the place, its sessions, and everything built from the id
 * (the place filter, a shared link, the details, the calendar file, the lookup's walk-in address).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { sessionToIcs } from '../../src/session-finder/ics.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const NOW = new Date('2026-11-23T15:15:00Z'); // Monday 23 November 2026, 09:15 in Chicago
const weekly = { start_date: '2026-11-01', time: '18:30', repeat: 'weekly', days: ['tu'] };
/** A decomposed é: e and its accent, as some editors and file names write it. */
const DECOMPOSED = 'cafe\u0301-de-la-esperanza';

const feed = () => ({
  version: 1,
  organization: { name: 'Diócesis', timezone: 'America/Chicago' },
  places: [
    { id: 'parroquia-san-josé', name: 'Parroquia San José', address: 'Calle Mayor 1' },
    { id: 'мечеть_2', name: 'Mosque hall', address: '2 Oak Street' },
    { id: DECOMPOSED, name: 'Café de la esperanza', address: 'Plaza 3' },
  ],
  sessions: [
    { id: 'círculo-niños', title: 'Grupo de apoyo', place: 'parroquia-san-josé', schedule: weekly },
    { id: 'دائرة-١', title: 'Sharing circle', place: 'мечеть_2', schedule: { ...weekly, days: ['we'] } },
    { id: 'şiir', title: 'Coffee morning', place: DECOMPOSED, schedule: { ...weekly, days: ['th'] } },
  ],
  referrals: [
    { id: 'línea-de-crisis', name: 'Línea de crisis', phone: '988', place: 'parroquia-san-josé', walk_in: true },
  ],
});

const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))];
const placeSelect = (el: Element) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Place')!.querySelector('select')!;

describe('ids of letters of any alphabet', () => {
  it('are read, with no problem, in every list and wherever a place is named', () => {
    const { feed: read, problems } = parseFeed(feed());
    expect(problems).to.deep.equal([]);
    expect(read.places.map((p) => p.id)).to.deep.equal(['parroquia-san-josé', 'мечеть_2', DECOMPOSED]);
    expect(read.sessions.map((s) => s.place)).to.deep.equal(['parroquia-san-josé', 'мечеть_2', DECOMPOSED]);
    expect(read.referrals[0].place).to.equal('parroquia-san-josé');
  });

  it('still refuse spaces and punctuation', () => {
    for (const id of ['san josé', 'san-josé!', 'a.b', 'a/b']) {
      const { problems } = parseFeed({ ...feed(), places: [...feed().places, { id, name: 'X' }] });
      expect(problems.map((p) => [p.path, p.code]), id).to.deep.equal([['places[3].id', 'invalid']]);
    }
  });

  describe('in the session finder', () => {
    beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('list the sessions at each place, filter by the place, and open their details', async () => {
      const { el, event } = await mountLoaded<CareSessionFinder>(
        html`<care-session-finder days-ahead="7" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed()}></care-session-finder>`,
      );
      expect(event.detail.problems).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Grupo de apoyo', 'Sharing circle', 'Coffee morning']);
      const select = placeSelect(el);
      expect([...select.options].map((o) => o.value)).to.include.members(['parroquia-san-josé', 'мечеть_2', DECOMPOSED]);
      select.value = 'parroquia-san-josé';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Grupo de apoyo']);
      const details = shadowQueryAll<HTMLDetailsElement>(el, '.session details')[0];
      details.querySelector('summary')!.click();
      await until(() => !!details.querySelector('[part="details"]'), 3000, 'the details');
      expect(details.textContent).to.include('Calle Mayor 1');
      await expect(el).to.be.accessible();
    });

    it('keep the place in a shared link, and read it back', async () => {
      const { el } = await mountLoaded<CareSessionFinder>(
        html`<care-session-finder hash-state days-ahead="7" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed()}></care-session-finder>`,
      );
      const select = placeSelect(el);
      select.value = DECOMPOSED;
      select.dispatchEvent(new Event('change'));
      await until(() => location.hash.startsWith('#sessions:place='), 3000, 'the hash');
      const link = location.hash;
      expect(decodeURIComponent(link)).to.equal(`#sessions:place=${DECOMPOSED}`);
      history.replaceState(null, '', location.pathname + location.search);
      el.remove();

      history.replaceState(null, '', link);
      const { el: opened } = await mountLoaded<CareSessionFinder>(
        html`<care-session-finder hash-state days-ahead="7" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed()}></care-session-finder>`,
      );
      await until(() => titles(opened).join() === 'Coffee morning', 3000, 'the link\'s place');
      expect(placeSelect(opened).value).to.equal(DECOMPOSED);
      location.hash = '#sessions:place=мечеть_2';
      await until(() => titles(opened).join() === 'Sharing circle', 3000, 'a pasted link');
    });

    it('take a place preset of letters of any alphabet', async () => {
      const { el } = await mountLoaded<CareSessionFinder>(
        html`<care-session-finder place="parroquia-san-josé" days-ahead="7" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed()}></care-session-finder>`,
      );
      expect(titles(el)).to.deep.equal(['Grupo de apoyo']);
    });

    it('make a calendar file whose UID holds the id, folded whole', () => {
      const session = parseFeed(feed()).feed.sessions[1];
      const ics = sessionToIcs(session, { title: 'Sharing circle', now: NOW, uidDomain: 'example.org' })!;
      expect(ics).to.include('\r\nUID:دائرة-١@example.org\r\n');
    });
  });

  it('keep a referral and its walk-in place in the lookup, and its details name it', async () => {
    const { el, event } = await mountLoaded<CareReferralLookup>(
      html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed()}></care-referral-lookup>`,
    );
    expect(event.detail.problems).to.deep.equal([]);
    const card = shadowQueryAll(el, '[part="referral"]')[0];
    expect(card.querySelector('h4')!.textContent!.trim()).to.equal('Línea de crisis');
    const details = card.querySelector('details')!;
    details.querySelector('summary')!.click();
    await until(() => !!card.querySelector('[part="details"]'), 3000, 'the details');
    expect(card.querySelector('[part="details"]')!.textContent).to.include('Calle Mayor 1');
    // The buttons are described by the referral's name, found by an id made of the referral's.
    for (const control of card.querySelectorAll('[aria-describedby]')) {
      expect(el.shadowRoot!.getElementById(control.getAttribute('aria-describedby')!)?.textContent?.trim()).to.equal('Línea de crisis');
    }
    await expect(el).to.be.accessible();
  });
});
