import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/referral-lookup/define.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import type { LookupFilters } from '../../src/referral-lookup/filters.js';
import { navigation } from '../../src/referral-lookup/quick-exit.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { contextOf, deepActiveElement, mountLoaded, shadowQueryAll, until, visibleText, wait } from '../helpers.js';
import { installSleepingClock } from '../sleeping-clock.js';

const ZONE = 'America/Chicago';
type Feed = (typeof referralFeeds)[keyof typeof referralFeeds];

const mount = (feed: Feed = referralFeeds.lookup) =>
  mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);

/** Text with every kind of space as a plain one (times hold U+202F before AM and PM). */
const spaces = (value: string) => value.replace(/[^\S\n]/g, ' ');
const text = (node: Element | null | undefined) => spaces(node?.textContent ?? '').replace(/ +/g, ' ').trim();
const names = (el: Element, scope: string) => shadowQueryAll(el, `${scope} [part="referral"] > h4`).map(text);
const card = (el: Element, name: string) => shadowQueryAll(el, '[part="referral"]').find((li) => text(li.querySelector('h4')) === name)!;
const status = (el: Element, name: string) => text(card(el, name).querySelector('[part="status"]'));
const links = (node: Element) => [...node.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
const radio = (el: Element, label: string) => shadowQueryAll(el, 'label.topic').find((l) => text(l) === label)?.querySelector('input');
const select = (el: Element, label: string) => shadowQueryAll(el, 'label').find((l) => l.querySelector('select') && text(l).startsWith(label))?.querySelector('select');
const summary = (el: Element) => text(shadowQueryAll(el, '[part="summary"]')[0]);

/** Opens "More filters" as a person would, and waits for them (they load on first use). */
async function openFilters(el: CareReferralLookup) {
  const panel = shadowQueryAll<HTMLDetailsElement>(el, 'form details')[0];
  if (!panel.open) panel.querySelector('summary')!.click();
  await until(() => !!panel.querySelector('input[type="checkbox"]'), 3000, 'the filters');
}

async function choose(el: CareReferralLookup, label: string, value: string) {
  await openFilters(el);
  const control = select(el, label)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function search(el: CareReferralLookup, words: string) {
  const input = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
  input.value = words;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

/** Opens a referral's details as a person would, and waits for them (their module loads on first use). */
async function openDetails(el: CareReferralLookup, name: string): Promise<Element> {
  const details = card(el, name).querySelector('details')!;
  details.querySelector('summary')!.click();
  await until(() => !!card(el, name).querySelector('[part="details"]'), 3000, `the details of ${name}`);
  return card(el, name).querySelector('[part="details"]')!;
}

const facts = (details: Element) => Object.fromEntries([...details.querySelectorAll('dt')].map((dt) => [text(dt), spaces(dt.nextElementSibling!.textContent!.trim())]));

describe('<care-referral-lookup>', () => {
  describe('crisis first', () => {
    it('lists the emergency number and every urgent referral first, with one-tap call, text and chat links, and passes axe', async () => {
      const { el } = await mount();
      const urgent = shadowQueryAll(el, '[part="urgent"]')[0];
      expect(text(urgent.querySelector('h3'))).to.equal('Need help now?');
      expect(links(urgent)[0]).to.deep.equal(['In an emergency, call 911', 'tel:911']);
      expect(names(el, '[part="urgent"]')).to.deep.equal(['988 Suicide & Crisis Lifeline', 'Safe Harbor Domestic Violence Hotline']);
      expect(links(card(el, '988 Suicide & Crisis Lifeline').querySelector('.contacts')!)).to.deep.equal([
        ['Call 988', 'tel:988'], ['Text 988', 'sms:988'], ['Chat online', 'https://988lifeline.org/chat/'], ['Website', 'https://988lifeline.org'],
      ]);
      expect(shadowQueryAll(el, '[part="base"] > *')[0].getAttribute('part')).to.equal('urgent');
      await expect(el).to.be.accessible();
    });

    it('never hides them: not by search, topic, filter or the page’s presets', async () => {
      const { el } = await mount();
      await search(el, 'no such service anywhere');
      expect(names(el, '[part="urgent"]')).to.have.length(2);
      expect(visibleText(el)).to.contain('No other services match these filters.');
      await expect(el).to.be.accessible();
      radio(el, 'Grief and loss')!.click();
      await choose(el, 'Cost', 'insurance');
      expect(names(el, '[part="urgent"]')).to.have.length(2);
      const preset = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="grief" kind="helpline" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(preset.el, '[part="urgent"]')).to.have.length(2);
    });

    it('shows only the crisis resources of a feed that has nothing else, and passes axe', async () => {
      const { el } = await mount(referralFeeds.onlyUrgent);
      expect(names(el, '[part="urgent"]')).to.have.length(2);
      expect(shadowQueryAll(el, '[part="filters"], .others')).to.have.length(0);
      expect(visibleText(el)).not.to.contain('No services are listed yet.');
      await expect(el).to.be.accessible();
    });

    it('still gives the emergency number when a feed lists no referrals, and says there are none', async () => {
      const { el } = await mount(referralFeeds.noReferrals);
      expect(links(shadowQueryAll(el, '[part="urgent"]')[0])).to.deep.equal([['In an emergency, call 911', 'tel:911']]);
      expect(text(shadowQueryAll(el, '[part="empty"]')[0])).to.equal('No services are listed yet.');
      await expect(el).to.be.accessible();
      const bare = await mount(referralFeeds.empty);
      expect(shadowQueryAll(bare.el, '[part="urgent"]')).to.have.length(0);
      expect(text(shadowQueryAll(bare.el, '[part="empty"]')[0])).to.equal('No services are listed yet.');
      await expect(bare.el).to.be.accessible();
    });

    it('shows the emergency number beside the feed\'s own label for it, which need not say it', async () => {
      const feed = structuredClone(referralFeeds.lookup) as { organization: Record<string, unknown> };
      feed.organization.emergency = { number: '112', label: 'Emergency services' };
      const { el } = await mount(feed as unknown as Feed);
      expect(links(shadowQueryAll(el, '[part="urgent"]')[0])[0]).to.deep.equal(['Emergency services 112', 'tel:112']);
      await expect(el).to.be.accessible();
    });

    it('dials the first number of an emergency line or a phone written with words, and shows one that holds none as text', async () => {
      const feed = structuredClone(referralFeeds.lookup) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[] };
      // With no label of the feed's, the widget's words name the number as written.
      feed.organization.emergency = { number: '999 or 112' };
      Object.assign(feed.referrals.find((r) => r.urgent)!, { phone: '988, press 1', sms: 'Text HOME to 741741' });
      const { el } = await mount(feed as unknown as Feed);
      const urgent = shadowQueryAll(el, '[part="urgent"]')[0];
      expect(links(urgent)[0]).to.deep.equal(['Call 999 or 112', 'tel:999']);
      expect(links(urgent)).to.deep.include(['Call 988, press 1', 'tel:988']);
      // A number written as a sentence is its own label.
      expect(links(urgent)).to.deep.include(['Text HOME to 741741', 'sms:741741?body=HOME']);
      feed.organization.emergency = { number: 'ask at the desk', label: 'In an emergency, ask at the front desk' };
      const noNumber = await mount(feed as unknown as Feed);
      const strip = shadowQueryAll(noNumber.el, '[part="urgent"]')[0];
      expect(text(strip)).to.contain('In an emergency, ask at the front desk');
      // The emergency line is text; the urgent referrals keep their call links.
      expect(strip.querySelector('p')!.querySelector('a')).to.equal(null);
      expect(links(strip)).to.deep.include(['Call 988, press 1', 'tel:988']);
      await expect(noNumber.el).to.be.accessible();
    });
  });

  describe('the list', () => {
    it('lists the other services by kind with their kind, open-now state and summary', async () => {
      const { el } = await mount();
      expect(names(el, '.others')).to.deep.equal([
        'Riverside Counselling Clinic', 'Lakeshore Family Counselling', 'Pacific Grief Line', 'Riverside Peer Warmline',
        'Riverside Recovery Coaches', 'Eastside Drop-in Centre', 'Haven House Women’s Refuge', 'Veterans Peer Network',
      ]);
      expect(summary(el)).to.equal('8 services');
      expect(text(card(el, 'Pacific Grief Line').querySelector('p'))).to.match(/^Helpline /);
    });

    it('shows a large directory a page at a time, with "Show more", and every urgent line at once', async () => {
      const { el } = await mount(referralFeeds.directory);
      // No filter or page hides a crisis line.
      expect(names(el, '.urgent')).to.have.length(30);
      expect(names(el, '.others')).to.deep.equal(Array.from({ length: 25 }, (_, i) => `Service ${i + 1}`));
      expect(summary(el)).to.equal('60 services');
      const more = () => shadowQueryAll<HTMLButtonElement>(el, '.others > button').find((b) => text(b) === 'Show more services');
      more()!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => names(el, '.others').length === 50, 3000, 'the next page');
      // Focus on the first service it brought, whose name its "Details" is described by.
      await until(() => deepActiveElement()?.closest('[part="referral"]')?.querySelector('h4')?.textContent === 'Service 26', 3000, 'focus on Service 26');
      more()!.click();
      await el.updateComplete;
      expect(names(el, '.others')).to.have.length(60);
      expect(more()).to.equal(undefined);
      await expect(el).to.be.accessible();
      // A search starts again from the first page of what it finds.
      await search(el, 'Service');
      expect(names(el, '.others')).to.have.length(25);
      expect(more()).not.to.equal(undefined);
      await search(el, 'Service 42');
      expect(names(el, '.others')).to.deep.equal(['Service 42']);
      expect(more()).to.equal(undefined);
    });

    it('says open now, closing, opening and unknown hours on the viewer’s clock, never guessing', async () => {
      const { el } = await mount();
      expect(status(el, '988 Suicide & Crisis Lifeline')).to.equal('Open 24/7');
      expect(status(el, 'Riverside Counselling Clinic')).to.match(/^Open now, until 5:00\sPM$/);
      // The warmline's night (20:00–02:00) ended at 2 AM; it opens again tonight.
      expect(status(el, 'Riverside Peer Warmline')).to.match(/^Closed, opens at 8:00\sPM$/);
      expect(status(el, 'Eastside Drop-in Centre')).to.match(/^Closed, opens tomorrow at 10:00\sAM$/);
      expect(status(el, 'Riverside Recovery Coaches')).to.equal('Hours not listed');
      el.now = new Date('2026-11-23T22:30:00Z'); // 16:30
      await el.updateComplete;
      expect(status(el, 'Riverside Counselling Clinic')).to.match(/^Closes soon, at 5:00\sPM$/);
      el.now = new Date('2026-11-24T06:30:00Z'); // Tuesday 00:30, in the warmline's night
      await el.updateComplete;
      expect(status(el, 'Riverside Peer Warmline')).to.match(/^Open now, until 2:00\sAM$/);
      el.now = new Date('2026-11-27T23:30:00Z'); // Friday 17:30
      await el.updateComplete;
      expect(status(el, 'Riverside Counselling Clinic')).to.match(/^Closed, opens Monday at 9:00\sAM$/);
    });

    it('gives the date when a service next opens a week ahead, on the weekday it has just closed', async () => {
      const weekly = { ...referralFeeds.lookup, referrals: [{ id: 'monday', name: 'Monday Clinic', kind: 'clinic', phone: '555 0100', hours: [{ days: ['mo'], opens: '09:00', closes: '12:00' }] }] };
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone=${ZONE} .now=${new Date('2026-11-23T19:00:00Z')} .feed=${weekly}></care-referral-lookup>`);
      // Monday 13:00: next open on Monday 30 November.
      expect(status(el, 'Monday Clinic')).to.match(/^Closed, opens Monday, November 30 at 9:00\sAM$/);
      el.now = new Date('2026-11-24T19:00:00Z'); // Tuesday: six days ahead, the weekday alone says it
      await el.updateComplete;
      expect(status(el, 'Monday Clinic')).to.match(/^Closed, opens Monday at 9:00\sAM$/);
      const spanish = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang="es" viewer-timezone=${ZONE} .now=${new Date('2026-11-23T19:00:00Z')} .feed=${weekly}></care-referral-lookup>`);
      await until(() => status(spanish.el, 'Monday Clinic').startsWith('Cerrado'), 3000, 'the Spanish strings');
      expect(status(spanish.el, 'Monday Clinic')).to.equal('Cerrado, abre el lunes, 30 de noviembre a las 9:00');
    });

    it('reads a service in another zone on its own clock and shows the viewer’s time', async () => {
      const { el } = await mount();
      // 09:00 in Los Angeles is 11:00 in Chicago.
      expect(status(el, 'Pacific Grief Line')).to.match(/^Closed, opens at 11:00\sAM your time$/);
      const details = await openDetails(el, 'Pacific Grief Line');
      expect(facts(details).Hours).to.match(/^Mon–Fri 9:00\sAM – 5:00\sPM\nTimes in Pacific Time$/);
      const there = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone="America/Los_Angeles" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(status(there.el, 'Pacific Grief Line')).to.match(/^Closed, opens at 9:00\sAM$/);
      expect(status(there.el, 'Riverside Counselling Clinic')).to.match(/^Open now, until 3:00\sPM your time$/);
    });

    it('follows the clocks across a daylight-saving change', async () => {
      const { el } = await mount();
      el.now = new Date('2026-03-07T23:30:00Z'); // Saturday 17:30 CST; clocks go forward overnight
      await el.updateComplete;
      expect(status(el, 'Riverside Counselling Clinic')).to.match(/^Closed, opens Monday at 9:00\sAM$/);
      el.now = new Date('2026-03-09T14:00:00Z'); // Monday 09:00 CDT
      await el.updateComplete;
      expect(status(el, 'Riverside Counselling Clinic')).to.match(/^Open now, until 5:00\sPM$/);
    });

    it('looks again at the clock when the next service opens or closes, not only on reload', async () => {
      const clock = installSleepingClock();
      const { waits } = clock;
      clock.set('2026-11-23T15:15:00Z');
      try {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone=${ZONE} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        expect(status(el, 'Pacific Grief Line')).to.match(/^Closed, opens at 11:00\sAM your time$/);
        // The grief line opens at 11:00, 1 h 45 min from now: the first change on the list.
        expect(waits.at(-1)!.ms).to.be.within(6_300_000 - 5_000, 6_300_000);
        clock.set('2026-11-23T17:00:00Z');
        waits.at(-1)!.run();
        await el.updateComplete;
        expect(status(el, 'Pacific Grief Line')).to.match(/^Open now, until 7:00\sPM your time$/);
        // Next: the clinic's last hour begins at 16:00.
        expect(waits.at(-1)!.ms).to.be.within(18_000_000 - 5_000, 18_000_000);
      } finally {
        clock.restore();
      }
    });
  });

  describe('finding', () => {
    it('offers topics in plain words, with the feed’s own label for its own codes', async () => {
      const { el } = await mount();
      expect(shadowQueryAll(el, 'label.topic').map(text)).to.deep.equal([
        'Anything', 'Someone is hurting me', 'Feeling low, anxious or stressed', 'Grief and loss', 'Drinking or drugs', 'Feeling alone',
        'Family and parenting', 'Young people', 'Money and housing', 'Veterans and military families',
      ]);
    });

    const topics: [string, string[]][] = [
      ['Grief and loss', ['Pacific Grief Line']],
      ['Someone is hurting me', ['Haven House Women’s Refuge']],
      ['Drinking or drugs', ['Riverside Recovery Coaches']],
      ['Veterans and military families', ['Veterans Peer Network']],
    ];
    for (const [label, expected] of topics) {
      it(`finds “${label}” through its codes`, async () => {
        const { el } = await mount();
        const changes: unknown[] = [];
        el.addEventListener('care-referral-filter-change', (e) => changes.push(e.detail.filters));
        radio(el, label)!.click();
        await el.updateComplete;
        expect(names(el, '.others')).to.deep.equal(expected);
        expect(changes).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('filters by channel, cost, language, audience and open now', async () => {
      const { el } = await mount();
      await choose(el, 'How to reach them', 'whatsapp');
      expect(names(el, '.others')).to.deep.equal(['Riverside Recovery Coaches', 'Eastside Drop-in Centre']);
      await choose(el, 'How to reach them', 'walk-in');
      expect(names(el, '.others')).to.deep.equal(['Riverside Recovery Coaches', 'Eastside Drop-in Centre']);
      await choose(el, 'How to reach them', '');
      await choose(el, 'Cost', 'insurance');
      expect(names(el, '.others')).to.deep.equal(['Lakeshore Family Counselling']);
      await choose(el, 'Cost', '');
      await choose(el, 'Language', 'es');
      expect(names(el, '.others')).to.deep.equal(['Riverside Counselling Clinic', 'Eastside Drop-in Centre']);
      expect(text(shadowQueryAll(el, 'form summary')[0])).to.equal('More filters (1)');
      await choose(el, 'Language', '');
      expect(text(shadowQueryAll(el, 'form summary')[0])).to.equal('More filters');
      await choose(el, 'Who it is for', 'women');
      expect(names(el, '.others')).to.include('Haven House Women’s Refuge').and.not.include('Lakeshore Family Counselling');
      await choose(el, 'Who it is for', '');
      shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
      await el.updateComplete;
      expect(names(el, '.others')).to.deep.equal(['Riverside Counselling Clinic', 'Lakeshore Family Counselling']);
      expect(summary(el)).to.equal('2 services');
    });

    it('offers “Anything” again when a new feed no longer has the topic or filter value chosen', async () => {
      const { el } = await mount();
      const changes: unknown[] = [];
      el.addEventListener('care-referral-filter-change', (e) => changes.push(e.detail.filters));
      radio(el, 'Grief and loss')!.click();
      await el.updateComplete;
      expect(names(el, '.others')).to.deep.equal(['Pacific Grief Line']);
      el.feed = { ...referralFeeds.lookup, referrals: referralFeeds.lookup.referrals.filter((r) => r.id !== 'grief') };
      await el.updateComplete;
      expect(radio(el, 'Grief and loss')).to.equal(undefined);
      expect(radio(el, 'Anything')!.checked).to.equal(true);
      expect(names(el, '.others')).to.have.length(7);
      // A feed with the grief line again does not bring the old choice back.
      el.feed = referralFeeds.lookup;
      await el.updateComplete;
      expect(radio(el, 'Anything')!.checked).to.equal(true);
      expect(names(el, '.others')).to.have.length(8);
      // The same for a filter: "Any" again, and the button says no filter is set.
      await choose(el, 'Cost', 'insurance');
      expect(names(el, '.others')).to.deep.equal(['Lakeshore Family Counselling']);
      el.feed = { ...referralFeeds.lookup, referrals: referralFeeds.lookup.referrals.filter((r) => r.id !== 'lakeshore') };
      await el.updateComplete;
      expect(select(el, 'Cost')!.value).to.equal('');
      expect(text(shadowQueryAll(el, 'form summary')[0])).to.equal('More filters');
      expect(names(el, '.others')).to.have.length(7);
      expect(changes).to.have.length(2);
    });

    it('shows every list at “Any” again once the filters are cleared', async () => {
      const { el } = await mount();
      await choose(el, 'Cost', 'insurance');
      await choose(el, 'Language', 'en');
      shadowQueryAll<HTMLButtonElement>(el, 'form > button')[0].click();
      await el.updateComplete;
      expect([select(el, 'Cost')!.value, select(el, 'Language')!.value]).to.deep.equal(['', '']);
      expect(names(el, '.others')).to.have.length(8);
    });

    it('names the filter values in words', async () => {
      const { el } = await mount();
      await openFilters(el);
      const options = (label: string) => [...select(el, label)!.options].map((o) => text(o));
      expect(options('How to reach them')).to.deep.equal(['Any', 'Call', 'Text message', 'WhatsApp', 'Walk-in', 'Online chat']);
      expect(options('Cost')).to.deep.equal(['Any', 'Pay what you can (sliding scale)', 'Insurance', 'Free']);
      expect(options('Language')).to.deep.equal(['Any', 'English', 'Spanish']);
    });

    it('searches the names a person reads: a code with its hyphens, any apostrophe, a kind’s or topic’s name in the UI language', async () => {
      const { el } = await mount();
      await search(el, 'peer-support');
      expect(names(el, '.others')).to.deep.equal(['Riverside Peer Warmline', 'Riverside Recovery Coaches']);
      await search(el, 'women\'s');
      expect(names(el, '.others')).to.deep.equal(['Haven House Women’s Refuge']);
      // The feed's own label for its code `veterans`.
      await search(el, 'military');
      expect(names(el, '.others')).to.deep.equal(['Veterans Peer Network']);
      el.lang = 'es';
      await until(() => visibleText(el).includes('Buscar servicios'), 3000, 'the Spanish strings');
      // The kind shown on the card, and the topic picker's words.
      await search(el, 'consejería');
      expect(names(el, '.others')).to.deep.equal(['Riverside Counselling Clinic', 'Lakeshore Family Counselling']);
      await search(el, 'duelo');
      expect(names(el, '.others')).to.deep.equal(['Pacific Grief Line']);
      await search(el, 'militares');
      expect(names(el, '.others')).to.deep.equal(['Veterans Peer Network']);
    });

    it('searches, and clears everything with one button that returns to the search box', async () => {
      const { el } = await mount();
      await search(el, 'bills');
      expect(names(el, '.others')).to.deep.equal(['Eastside Drop-in Centre']);
      expect(summary(el)).to.equal('1 service');
      await search(el, 'zzz');
      const clear = shadowQueryAll<HTMLButtonElement>(el, '[part="empty"] button')[0];
      expect(text(clear)).to.equal('Clear filters');
      clear.click();
      await el.updateComplete;
      expect(names(el, '.others')).to.have.length(8);
      expect(deepActiveElement()?.getAttribute('type')).to.equal('search');
    });

    it('tells the page the filters set, as a plain object', async () => {
      const { el } = await mount();
      const changes: LookupFilters[] = [];
      el.addEventListener('care-referral-filter-change', (e) => changes.push(e.detail.filters));
      radio(el, 'Grief and loss')!.click();
      await el.updateComplete;
      radio(el, 'Anything')!.click();
      await el.updateComplete;
      await search(el, 'bills');
      await search(el, '');
      await choose(el, 'Cost', 'free');
      shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
      await el.updateComplete;
      shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
      await el.updateComplete;
      expect(changes).to.deep.equal([{ topic: 'grief' }, {}, { query: 'bills' }, {}, { cost: 'free' }, { cost: 'free', openNow: true }, { cost: 'free' }]);
      for (const filters of changes) {
        expect(Object.getPrototypeOf(filters)).to.equal(Object.prototype);
        expect(String(filters)).to.equal('[object Object]');
      }
      expect(changes[0].hasOwnProperty('topic')).to.equal(true);
      expect(Object.keys(changes[1])).to.deep.equal([]);
    });
  });

  describe('presets', () => {
    it('topic="grief" shows only grief services and hides the topic picker', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="grief" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(el, '.others')).to.deep.equal(['Pacific Grief Line']);
      expect(shadowQueryAll(el, 'fieldset')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('takes several codes, or a picker choice, and a kind', async () => {
      const several = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="domestic-violence, grief" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(several.el, '.others')).to.deep.equal(['Pacific Grief Line', 'Haven House Women’s Refuge']);
      const choice = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="money" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(choice.el, '.others')).to.deep.equal(['Eastside Drop-in Centre']);
      const kind = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup kind="counselling" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(kind.el, '.others')).to.deep.equal(['Riverside Counselling Clinic', 'Lakeshore Family Counselling']);
      expect(shadowQueryAll(kind.el, 'fieldset')).to.have.length(1);
    });

    it('shows only the urgent services, and says so calmly, for a topic or kind that only they have; with no warning', async () => {
      const originalWarn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        for (const [topic, kind] of [['suicide', ''], ['worried', ''], ['', 'crisis-line'], ['Suicide', 'Crisis-Line']]) {
          const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic=${topic} kind=${kind} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
          expect(names(el, '[part="urgent"]')).to.deep.equal(['988 Suicide & Crisis Lifeline', 'Safe Harbor Domestic Violence Hotline']);
          expect(names(el, '[part="base"]'), `${topic} ${kind}`).to.have.length(2);
          expect(text(shadowQueryAll(el, '[part="empty"]')[0]), `${topic} ${kind}`).to.equal('No other services are listed here.');
          await expect(el).to.be.accessible();
        }
        // A code no service has is still warned about (the warnings' words load on demand): only that one.
        await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="suicide nonsense" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        await until(() => warnings.length > 0, 3000, 'the warning');
        await wait(100);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('topic="nonsense" matches no service in the feed');
      } finally {
        console.warn = originalWarn;
      }
    });

    it('finds a feed’s codes written in capitals, whatever the case of the page’s', async () => {
      const feed = { ...referralFeeds.lookup, referrals: [
        { id: 'circle', name: 'Bereavement Circle', kind: 'Peer-Support', topics: ['Grief'] },
        { id: 'food', name: 'Food Bank', kind: 'social-service', topics: ['money'] },
      ] };
      for (const [topic, kind] of [['Grief', ''], ['grief', ''], ['', 'peer-support']]) {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic=${topic} kind=${kind} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
        expect(names(el, '.others'), `${topic} ${kind}`).to.deep.equal(['Bereavement Circle']);
      }
      // The picker offers it as the grief it is.
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
      expect(shadowQueryAll(el, 'label.topic').map(text)).to.deep.equal(['Anything', 'Grief and loss', 'Money and housing']);
      radio(el, 'Grief and loss')!.click();
      await el.updateComplete;
      expect(names(el, '.others')).to.deep.equal(['Bereavement Circle']);
    });

    it('takes codes in any script, as a feed writes them', async () => {
      const feed = { ...referralFeeds.lookup, referrals: [
        { id: 'refugio', name: 'Refugio Santa Ana', kind: 'acogida', topics: ['violencia-doméstica'] },
        { id: 'food', name: 'Food Bank', kind: 'social-service', topics: ['money'] },
      ] };
      for (const [topic, kind] of [['violencia-doméstica', ''], ['', 'acogida']]) {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic=${topic} kind=${kind} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
        expect(names(el, '.others'), `${topic} ${kind}`).to.deep.equal(['Refugio Santa Ana']);
      }
    });

    it('hides every control with no-filters', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup no-filters viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(shadowQueryAll(el, '[part="filters"]')).to.have.length(0);
      expect(names(el, '.others')).to.have.length(8);
    });
  });

  describe('odd attribute values', () => {
    let warnings: string[];
    const originalWarn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    });
    afterEach(() => (console.warn = originalWarn));

    it('warns once about a topic or kind that is not a code, and shows everything', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic=${'Grief & Loss'} kind=${'<b>'} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(el, '.others')).to.have.length(8);
      // The warnings' words load on demand.
      await until(() => warnings.length === 2, 3000, 'the warnings');
      el.requestUpdate();
      await el.updateComplete;
      await wait(100);
      expect(warnings.filter((w) => w.includes('topic="Grief & Loss"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('kind="<b>"'))).to.have.length(1);
    });

    it('warns once about a time zone it does not know, and uses the browser’s', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup viewer-timezone="Eastern Time" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(status(el, '988 Suicide & Crisis Lifeline')).to.equal('Open 24/7');
      await until(() => warnings.length > 0, 3000, 'the warning');
      el.requestUpdate();
      await el.updateComplete;
      await wait(100);
      expect(warnings.filter((w) => w.includes('viewer-timezone="Eastern Time"'))).to.have.length(1);
      expect(warnings[0]).to.contain('America/New_York');
      el.setAttribute('viewer-timezone', ' America/Chicago ');
      await el.updateComplete;
      expect(status(el, 'Riverside Counselling Clinic')).to.match(/^Open now, until 5:00\sPM$/);
      await wait(100);
      expect(warnings).to.have.length(1);
    });

    it('leaves out a topic or kind no service has, with one warning, so that it hides nothing; takes codes in any case', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="nonsense" kind="counseling" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(el, '.others')).to.have.length(8);
      expect(visibleText(el)).not.to.contain('No services are listed yet.');
      await until(() => warnings.length === 2, 3000, 'the warnings');
      el.requestUpdate();
      await el.updateComplete;
      await wait(100);
      expect(warnings.filter((w) => w.includes('topic="nonsense" matches no service in the feed'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('kind="counseling" matches no service in the feed'))).to.have.length(1);
      await expect(el).to.be.accessible();
      const grief = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="Grief nonsense" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(grief.el, '.others')).to.deep.equal(['Pacific Grief Line']);
    });

    it('takes an empty topic, kind or zone as no value at all', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup topic="" kind=" " viewer-timezone="" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      expect(names(el, '.others')).to.have.length(8);
      await wait(100);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('quick exit', () => {
    let visited: string[];
    const leave = navigation.replace;
    beforeEach(() => {
      visited = [];
      navigation.replace = (url) => visited.push(url);
    });
    const title = document.title;
    afterEach(() => {
      navigation.replace = leave;
      // Leaving hid the page and renamed it: shown again for the next test.
      document.documentElement.style.removeProperty('display');
      document.title = title;
    });

    const mountWithExit = (exitUrl?: string) => mountLoaded<CareReferralLookup>(html`<care-referral-lookup quick-exit exit-url=${exitUrl ?? ''}
      viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);

    it('leaves for a neutral page by the button, which comes first and says what it does', async () => {
      const { el } = await mountWithExit('https://weather.example.org/');
      const button = shadowQueryAll<HTMLButtonElement>(el, '[part="quick-exit"]')[0];
      expect(shadowQueryAll(el, 'button, a, input')[0]).to.equal(button);
      expect(text(button)).to.equal('Leave this site');
      const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
      expect(text(hint)).to.equal('Opens a neutral page at once. Shortcut: press Shift three times.');
      await expect(el).to.be.accessible();
      button.click();
      expect(visited).to.deep.equal(['https://weather.example.org/']);
    });

    it('leaves on Shift pressed three times, wherever the focus is', async () => {
      const { el } = await mountWithExit();
      shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0].focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal(['https://www.google.com/']);
    });

    it('does nothing on Shift without the attribute, or while a person types capitals', async () => {
      const { el } = await mount();
      shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0].focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal([]);
      expect(shadowQueryAll(el, '[part="quick-exit"]')).to.have.length(0);
      const withExit = await mountWithExit();
      shadowQueryAll<HTMLInputElement>(withExit.el, 'input[type="search"]')[0].focus();
      await sendKeys({ type: 'HELP' });
      expect(visited).to.deep.equal([]);
    });

    it('falls back to the neutral default, with a warning, for an exit-url that is not a whole web address', async () => {
      const originalWarn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        // A relative address ("www.…" without https://, "/") would keep the visitor on this site.
        // One over plain http would show anyone on the network where the visitor went.
        for (const exitUrl of ['javascript:alert(1)', 'www.weather.com', '/', 'weather', 'http://weather.example.org/', 'HTTP://weather.example.org/']) {
          visited = [];
          const { el } = await mountWithExit(exitUrl);
          shadowQueryAll<HTMLButtonElement>(el, '[part="quick-exit"]')[0].click();
          expect(visited, exitUrl).to.deep.equal(['https://www.google.com/']);
          await until(() => warnings.join().includes(`exit-url="${exitUrl}"`), 3000, `the warning on ${exitUrl}`);
          // The page's one quick exit is the first lookup with it: the next is tried alone.
          el.remove();
        }
        expect(warnings).to.include('<care-referral-lookup> exit-url="/" needs a web address starting with https://; a neutral page is used.');
      } finally {
        console.warn = originalWarn;
      }
    });

    it('does not leave when a click comes between the presses of Shift (Shift+click selects text)', async () => {
      const { el } = await mountWithExit();
      const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
      search.focus();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      search.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await sendKeys({ press: 'Shift' });
      expect(visited).to.deep.equal([]);
    });

    // What themes and page builders put around content: a transform (an animation), a filter, a stacking
    // context under a sticky header of z-index 9999.
    for (const [name, wrapper] of [
      ['a plain page', ''],
      ['a transformed wrapper', 'transform: translateZ(0)'],
      ['a wrapper with a filter', 'filter: drop-shadow(0 0 1px #0003)'],
      ['a wrapper making a stacking context under a sticky header', 'position: relative; z-index: 1'],
    ]) {
      it(`keeps the button on screen and on top wherever the page is scrolled, in ${name}`, async () => {
        // The page around it made by hand: a fixture of a plain element waits for a frame, which a test page in a background tab does not get.
        const header = Object.assign(document.createElement('header'), { textContent: 'Site menu' });
        header.style.cssText = 'position: sticky; top: 0; z-index: 9999; height: 80px; background: #eee';
        const wrap = Object.assign(document.createElement('div'), { style: wrapper });
        const [above, below] = [1500, 3000].map((height) => Object.assign(document.createElement('div'), { style: `height: ${height}px` }));
        document.body.prepend(header);
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup quick-exit viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        el.before(wrap);
        wrap.append(above, el, below);
        await el.updateComplete;
        const button = shadowQueryAll<HTMLButtonElement>(el, '[part="quick-exit"]')[0];
        try {
          for (const y of [0, 150, 1400, 4000]) {
            scrollTo(0, y);
            const box = button.getBoundingClientRect();
            expect(box.width, `scrolled to ${y}`).to.be.above(0);
            expect([box.top >= 0, box.bottom <= innerHeight, box.left >= 0, box.right <= innerWidth], `scrolled to ${y}`).to.deep.equal([true, true, true, true]);
            // Nothing of the page covers it: what is at its centre is the button (seen from the page: the widget).
            // Compared by name: chai would describe a failing element comparison slowly enough to stall the page.
            expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.localName, `scrolled to ${y}`).to.equal('care-referral-lookup');
          }
          await expect(el).to.be.accessible();
        } finally {
          scrollTo(0, 0);
          header.remove();
          wrap.remove();
        }
      });
    }

    it('puts the button in the screen’s top corner at the end of a line: the right, and the left in Arabic and Hebrew', async () => {
      for (const lang of ['en', 'ar', 'he']) {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup quick-exit lang=${lang} style="width: 280px" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        const button = shadowQueryAll<HTMLButtonElement>(el, '[part="quick-exit"]')[0];
        await until(() => lang === 'en' || text(button) !== 'Leave this site', 3000, 'the strings');
        const box = button.getBoundingClientRect();
        const inset = Number.parseFloat(getComputedStyle(button).fontSize) / 2;
        expect(box.top, lang).to.be.closeTo(inset, 1);
        if (lang === 'en') expect(box.right, lang).to.be.closeTo(document.documentElement.clientWidth - inset, 1);
        else expect(box.left, lang).to.be.closeTo(inset, 1);
        el.remove();
      }
    });

    it('removes every copy of a feed this browser kept, its own and others', async () => {
      const { startWorker, worker } = await import('../mocks/browser.js');
      const { referralHandlers, referralFeedUrl } = await import('../mocks/referral-handlers.js');
      await startWorker();
      worker.use(...referralHandlers);
      const key = (name: Parameters<typeof referralFeedUrl>[0]) => `care-widgets:feed:${new URL(referralFeedUrl(name), location.href).href}`;
      const earlier = JSON.stringify({ at: '2026-01-01T00:00:00Z', text: '{"version":1}' });
      try {
        // Kept on earlier visits: the lookup's own feed, and another this page does not show (a finder's, on another page).
        localStorage.setItem(key('lookup'), earlier);
        localStorage.setItem(key('onlyUrgent'), earlier);
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup quick-exit src=${referralFeedUrl('lookup')}></care-referral-lookup>`);
        expect(names(el, '[part="urgent"]').length).to.be.above(0);
        await until(() => localStorage.getItem(key('lookup')) === null && localStorage.getItem(key('onlyUrgent')) === null, 3000, 'the old copies gone');
        // Nor is a new one kept, of any feed (a page without quick exit keeps them: test/feed/saved-copies.test.ts).
        await mountLoaded<CareReferralLookup>(html`<care-referral-lookup src=${referralFeedUrl('noReferrals')}></care-referral-lookup>`);
        await wait(300);
        expect(Object.keys(localStorage).filter((k) => k.startsWith('care-widgets:feed:')), 'copies kept').to.deep.equal([]);
      } finally {
        worker.resetHandlers();
        localStorage.clear();
      }
    });
  });

  describe('each referral', () => {
    it('links every way to reach it, safely', async () => {
      const { el } = await mount();
      expect(links(card(el, 'Riverside Counselling Clinic').querySelector('.contacts')!)).to.deep.equal([
        ['Call (217) 555-0175', 'tel:2175550175'], ['Website', 'https://riverside-clinic.example.org'], ['Email', 'mailto:intake@riverside-clinic.example.org'],
      ]);
      expect(links(card(el, 'Eastside Drop-in Centre').querySelector('.contacts')!)).to.deep.equal([
        ['Call (217) 555-0190', 'tel:2175550190'], ['WhatsApp +1 217 555 0191', 'https://wa.me/12175550191'],
      ]);
      expect(links(card(el, 'Riverside Peer Warmline').querySelector('.contacts')!)).to.deep.equal([
        ['Call (217) 555-0123', 'tel:2175550123'], ['Text (217) 555-0124', 'sms:2175550124'],
      ]);
      expect(links(card(el, 'Pacific Grief Line').querySelector('.contacts')!)).to.deep.equal([['Call 1-800-555-GRIEF', 'tel:180055547433']]);
    });

    it('opens its details: hours, address, access, cost, languages, who it is for, when last checked; and passes axe', async () => {
      const { el } = await mount();
      const selected = oneEvent(el, 'care-referral-select');
      const details = await openDetails(el, 'Eastside Drop-in Centre');
      expect((await selected).detail).to.deep.equal({ id: 'drop-in' });
      expect(facts(details)).to.deep.equal({
        Hours: 'Tue, Thu 10:00 AM – 4:00 PM',
        Address: 'Eastside Community Centre\n940 Harmon Street\nRiverside\nSide door, first floor',
        'Walk-in': 'Welcome, no appointment needed',
        Cost: 'Free',
        Languages: 'English, Spanish',
        'Who can use it': 'Riverside residents',
      });
      expect(text(details.querySelector('.checked'))).to.equal('Details last checked November 12, 2026');
      await expect(el).to.be.accessible();
    });

    it('keeps a private address private, and says what a referral needs', async () => {
      const { el } = await mount();
      expect(facts(await openDetails(el, 'Haven House Women’s Refuge')).Address).to.equal('Haven House\nContact them for the address.');
      expect(visibleText(el)).not.to.contain('Secret Lane');
      const lakeshore = facts(await openDetails(el, 'Lakeshore Family Counselling'));
      expect(lakeshore.Referral).to.equal('Needed (from a doctor, school or another service)');
      expect(lakeshore['Who it is for']).to.equal('Parents, Young people');
      expect(facts(await openDetails(el, 'Riverside Counselling Clinic')).Referral).to.equal('Not needed');
      expect(facts(await openDetails(el, 'Riverside Recovery Coaches')).Hours).to.equal('Hours not listed');
      expect(facts(await openDetails(el, '988 Suicide & Crisis Lifeline')).Hours).to.equal('Open 24 hours, every day');
    });

    it('flags, gently, details last checked over a year ago', async () => {
      const { el } = await mount();
      const checked = (await openDetails(el, 'Lakeshore Family Counselling')).querySelector('.checked')!;
      expect(text(checked)).to.equal('Details last checked October 1, 2024 Checked over a year ago: please confirm before you go.');
      expect(checked.classList.contains('stale')).to.equal(true);
      const fresh = (await openDetails(el, 'Riverside Counselling Clinic')).querySelector('.checked')!;
      expect(fresh.classList.contains('stale')).to.equal(false);
    });

    it('offers "Report a wrong listing": the feed’s feedback address, else an email to the organization naming the service, else nothing', async () => {
      const report = async (organization: object) => {
        const { el } = await mount({ ...referralFeeds.lookup, organization: { ...referralFeeds.lookup.organization, ...organization } } as Feed);
        const link = (await openDetails(el, 'Riverside Counselling Clinic')).querySelector<HTMLAnchorElement>('a.report');
        const found = link && { text: text(link), href: link.getAttribute('href'), context: contextOf(link) };
        if (link) await expect(el).to.be.accessible();
        el.remove();
        return found;
      };
      expect(await report({ feedback_url: 'https://riverside.example.org/corrections', contact: { email: 'office@riverside.example.org' } }))
        .to.deep.equal({ text: 'Report a wrong listing', href: 'https://riverside.example.org/corrections', context: 'Riverside Counselling Clinic' });
      expect((await report({ contact: { email: 'office@riverside.example.org' } }))!.href)
        .to.equal('mailto:office@riverside.example.org?subject=Report%20a%20wrong%20listing%3A%20Riverside%20Counselling%20Clinic');
      expect(await report({})).to.equal(null);
    });

    it('says which referral each of its buttons and links is for', async () => {
      const { el } = await mount();
      for (const name of ['Riverside Counselling Clinic', 'Lakeshore Family Counselling']) {
        const details = await openDetails(el, name);
        const controls = [...card(el, name).querySelectorAll<HTMLElement>('.contacts a, summary, button')];
        expect(controls.map(text)).to.include.members(['More details', 'Copy details', 'Print a card']);
        for (const control of controls) expect(contextOf(control), `${text(control)} in ${name}`).to.equal(name);
        expect(details.isConnected).to.equal(true);
      }
    });

    it('copies the details in plain words, with a visible confirmation', async () => {
      const { el } = await mount();
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
      try {
        const details = await openDetails(el, 'Riverside Counselling Clinic');
        const button = [...details.querySelectorAll('button')].find((b) => text(b) === 'Copy details')!;
        button.click();
        await until(() => text(details.querySelector('[role="status"]')) === 'Details copied.', 2000, 'the confirmation');
        expect(spaces(copied).split('\n')).to.deep.equal([
          'Riverside Counselling Clinic',
          'Counselling',
          'Licensed counsellors for individuals and families. First appointment within two weeks.',
          'Call (217) 555-0175',
          'Website: https://riverside-clinic.example.org/',
          'Email: intake@riverside-clinic.example.org',
          'Hours: Mon–Fri 9:00 AM – 5:00 PM',
          'Referral: Not needed',
          'Cost: Pay what you can (sliding scale)',
          'Languages: English, Spanish',
          'Area: Riverside County',
          'Details last checked October 15, 2026',
        ]);
        expect(deepActiveElement()).to.equal(button);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('copies and prints a number written as a sentence as the feed wrote it, as its link says it', async () => {
      const feed = structuredClone(referralFeeds.lookup);
      Object.assign(feed.referrals.find((r) => r.id === 'warmline')!, { sms: 'Text HOME to 741741', phone: 'Call 0800 123 456, ask for Ana' });
      const { el } = await mount(feed);
      const originalPrint = window.print;
      let copied = '';
      const printed: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
      window.print = () => printed.push(el.shadowRoot!.querySelector('[part="print-card"]')!.textContent!);
      try {
        expect(links(card(el, 'Riverside Peer Warmline').querySelector('.contacts')!).map(([label]) => label)).to.deep.equal(['Call 0800 123 456, ask for Ana', 'Text HOME to 741741']);
        const details = await openDetails(el, 'Riverside Peer Warmline');
        [...details.querySelectorAll('button')].find((b) => text(b) === 'Copy details')!.click();
        await until(() => copied !== '', 2000, 'the copy');
        expect(copied.split('\n').slice(3, 5)).to.deep.equal(['Call 0800 123 456, ask for Ana', 'Text HOME to 741741']);
        [...details.querySelectorAll('button')].find((b) => text(b) === 'Print a card')!.click();
        await until(() => printed.length > 0, 2000, 'printing');
        expect(printed[0]).to.contain('Call 0800 123 456, ask for Ana').and.contain('Text HOME to 741741').and.not.contain('Text Text').and.not.contain('Call Call');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        window.print = originalPrint;
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('copies through the older copy command where the Clipboard API is refused, and shows the text when both fail', async () => {
      const { el } = await mount();
      const originalExec = document.execCommand;
      let copied = '';
      let works = true;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      document.execCommand = (command: string) => {
        copied = command === 'copy' ? (el.shadowRoot!.activeElement as HTMLTextAreaElement | null)?.value ?? '' : '';
        return works;
      };
      try {
        const details = await openDetails(el, 'Riverside Peer Warmline');
        const button = () => [...details.querySelectorAll('button')].find((b) => text(b) === 'Copy details')!;
        button().click();
        await until(() => text(details.querySelector('[role="status"]')) === 'Details copied.', 2000, 'the confirmation');
        expect(copied).to.contain('Text (217) 555-0124');
        works = false;
        button().click();
        await until(() => !!details.querySelector('textarea[readonly]'), 2000, 'the text to copy by hand');
        expect(text(details.querySelector('[role="status"] p'))).to.equal('Copying did not work here. Select the text below and copy it.');
        expect(details.querySelector('textarea')!.value).to.contain('Call (217) 555-0123');
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        document.execCommand = originalExec;
      }
    });

    it('prints a card of one referral alone, with its numbers and addresses written out', async () => {
      const { el } = await mount();
      const originalPrint = window.print;
      const printed: string[] = [];
      window.print = () => printed.push(text(el.shadowRoot!.querySelector('[part="print-card"]')));
      try {
        const details = await openDetails(el, 'Riverside Counselling Clinic');
        [...details.querySelectorAll('button')].find((b) => text(b) === 'Print a card')!.click();
        await until(() => printed.length > 0, 2000, 'printing');
        expect(printed[0]).to.contain('Riverside Counselling Clinic').and.contain('Call (217) 555-0175').and.contain('Website: https://riverside-clinic.example.org/');
        expect(el.hasAttribute('data-care-printing')).to.equal(true);
        // Only Chromium's driver can show the page as printed; elsewhere the card's words are checked alone.
        const printMedia = await emulateMedia({ media: 'print' }).then(() => true, () => false);
        if (printMedia) {
          try {
            expect(getComputedStyle(shadowQueryAll(el, '[part="urgent"]')[0]).display).to.equal('none');
            expect(getComputedStyle(shadowQueryAll(el, '.others')[0]).display).to.equal('none');
            expect(getComputedStyle(shadowQueryAll(el, '[part="print-card"]')[0]).display).not.to.equal('none');
          } finally {
            await emulateMedia({ media: 'screen' });
          }
        }
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        window.print = originalPrint;
      }
      await el.updateComplete;
      expect(el.hasAttribute('data-care-printing')).to.equal(false);
      expect(shadowQueryAll(el, '[part="print-card"]')).to.have.length(0);
    });

    it('marks the feed’s words in the details with their own language when the lookup shows another', async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang="es" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      await until(() => !visibleText(el).includes('More details'), 3000, 'the Spanish strings');
      /** The language each line of a fact is read in: the nearest `lang`, in the details or on the lookup. */
      const langOf = (details: Element, words: string) => {
        const walker = document.createTreeWalker(details, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (text(node.parentElement) === words || node.textContent!.trim() === words) return node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? el.getAttribute('lang');
        }
        return `"${words}" not found`;
      };
      const dropIn = await openDetails(el, 'Centro de Acogida Eastside');
      const clinic = await openDetails(el, 'Riverside Counselling Clinic');
      // The feed gives these in English only; the lookup's own words stay Spanish.
      expect([
        langOf(dropIn, 'Eastside Community Centre'), langOf(dropIn, 'Side door, first floor'), langOf(dropIn, 'Riverside residents'),
        langOf(clinic, 'Riverside County'), langOf(clinic, 'Horario'),
      ]).to.deep.equal(['en', 'en', 'en', 'en', 'es']);
      expect(facts(dropIn)['Dirección']).to.equal('Eastside Community Centre\n940 Harmon Street\nRiverside\nSide door, first floor');
    });

    it('prints the card from inside another component’s shadow root, with that component’s other content left out', async () => {
      // A site built of web components: the lookup sits in a tab panel's open shadow root, inside a section of the page.
      const section = document.createElement('section');
      const panel = section.appendChild(document.createElement('site-tab-panel'));
      const inner = panel.attachShadow({ mode: 'open' });
      const beside = inner.appendChild(document.createElement('p'));
      beside.textContent = 'Another tab’s words';
      const el = inner.appendChild(document.createElement('care-referral-lookup')) as CareReferralLookup;
      el.setAttribute('viewer-timezone', ZONE);
      el.now = LOOKUP_NOW;
      el.feed = referralFeeds.lookup;
      const around = document.body.appendChild(document.createElement('p'));
      around.textContent = 'The page’s own words';
      document.body.append(section);
      const originalPrint = window.print;
      let printed = false;
      window.print = () => (printed = true);
      const drawn = (node: Element) => {
        for (let e: Element | undefined = node; e; e = e.parentElement ?? (e.parentNode as ShadowRoot).host) if (getComputedStyle(e).display === 'none') return false;
        return true;
      };
      try {
        await until(() => !!card(el, 'Riverside Counselling Clinic'), 3000, 'the list');
        const details = await openDetails(el, 'Riverside Counselling Clinic');
        [...details.querySelectorAll('button')].find((b) => text(b) === 'Print a card')!.click();
        await until(() => printed, 2000, 'printing');
        // Only Chromium's driver can show the page as printed.
        if (await emulateMedia({ media: 'print' }).then(() => true, () => false)) {
          try {
            expect(drawn(shadowQueryAll(el, '[part="print-card"]')[0])).to.equal(true);
            expect(drawn(beside)).to.equal(false);
            expect(drawn(around)).to.equal(false);
          } finally {
            await emulateMedia({ media: 'screen' });
          }
        }
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
        expect([el, panel].map((e) => e.hasAttribute('data-care-printing'))).to.deep.equal([false, false]);
        expect(inner.adoptedStyleSheets).to.have.length(0);
      } finally {
        window.print = originalPrint;
        section.remove();
        around.remove();
      }
    });
  });

  describe('right to left', () => {
    /** Where the part of a text node's text starting at `at` is drawn, from the left. */
    const xAt = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().x;
    };
    /** Whether every character of `part` within `line` is drawn left of the next, as it is written. */
    const inItsOwnOrder = (line: Element, part: string) => {
      const texts = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let node = texts.nextNode();
      while (node && !node.textContent!.includes(part)) node = texts.nextNode();
      if (!node) throw new Error(`"${part}" is not in one piece in "${line.textContent}"`);
      const start = node.textContent!.indexOf(part);
      const xs = [...part].map((_, i) => xAt(node!, start + i)).filter((_, i) => /\w|\//.test(part[i]));
      return xs.every((x, i) => i === 0 || x > xs[i - 1]);
    };

    it('prints each link’s address after it in its own order in Arabic and Hebrew', async function () {
      if (!(await emulateMedia({ media: 'print' }).then(() => true, () => false))) this.skip();
      try {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang="ar" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        await until(() => !visibleText(el).includes('More details'), 3000, 'the strings');
        const website = shadowQueryAll(el, 'a[href="https://988lifeline.org/chat/"]')[0];
        // Isolated, so drawn as it is written, "https://988lifeline.org/chat/", not "/https://988lifeline.org/chat" after the Arabic name.
        expect(getComputedStyle(website, '::after').content).to.equal('" \u2068https://988lifeline.org/chat/\u2069"');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('prints a card whose addresses, links and email keep their own order in Arabic and Hebrew', async function () {
      // The card shows only in print; only Chromium's driver can show the page as printed.
      if (!(await emulateMedia({ media: 'print' }).then(() => true, () => false))) this.skip();
      await emulateMedia({ media: 'screen' });
      for (const lang of ['ar', 'he']) {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang=${lang} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        await until(() => !visibleText(el).includes('More details'), 3000, 'the strings');
        const originalPrint = window.print;
        window.print = () => undefined;
        try {
          for (const [name, parts] of [
            ['Riverside Counselling Clinic', ['https://riverside-clinic.example.org/', 'intake@riverside-clinic.example.org']],
            ['Eastside Drop-in Centre', ['940 Harmon Street']],
          ] as const) {
            const details = await openDetails(el, name);
            details.querySelectorAll('button')[1].click();
            await until(() => !!el.shadowRoot!.querySelector('[part="print-card"]'), 2000, 'the card');
            const lines = [...el.shadowRoot!.querySelectorAll('[part="print-card"] p')];
            await emulateMedia({ media: 'print' });
            try {
              for (const part of parts) {
                const line = lines.find((p) => p.textContent!.includes(part))!;
                expect(getComputedStyle(line).direction, `${lang} ${line.textContent}`).to.equal('rtl');
                expect(inItsOwnOrder(line, part), `${lang}: ${line.textContent}`).to.equal(true);
              }
            } finally {
              await emulateMedia({ media: 'screen' });
            }
            window.dispatchEvent(new Event('afterprint'));
            await el.updateComplete;
          }
        } finally {
          window.print = originalPrint;
          el.remove();
        }
      }
    });
  });

  describe('keyboard', () => {
    it('goes from a topic to a call link with the keyboard alone', async () => {
      const { el } = await mount();
      const clicked: string[] = [];
      el.shadowRoot!.addEventListener('click', (e) => {
        const link = (e.target as Element).closest('a');
        if (link) {
          clicked.push(link.getAttribute('href')!);
          e.preventDefault();
        }
      });
      radio(el, 'Anything')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(radio(el, 'Grief and loss')!.checked).to.equal(true);
      expect(names(el, '.others')).to.deep.equal(['Pacific Grief Line']);
      let guard = 0;
      while (!deepActiveElement()?.closest('.others .contacts') && guard++ < 10) await sendKeys({ press: 'Tab' });
      expect(text(deepActiveElement())).to.equal('Call 1-800-555-GRIEF');
      await sendKeys({ press: 'Enter' });
      expect(clicked).to.deep.equal(['tel:180055547433']);
    });

    it('opens details and copies them with the keyboard alone', async () => {
      const { el } = await mount();
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
      try {
        const summaryOf = card(el, 'Riverside Peer Warmline').querySelector('summary')!;
        summaryOf.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !!card(el, 'Riverside Peer Warmline').querySelector('[part="details"] button'), 3000, 'the details');
        let guard = 0;
        while (text(deepActiveElement()) !== 'Copy details' && guard++ < 10) await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await until(() => copied !== '', 2000, 'the copy');
        expect(copied).to.match(/^Riverside Peer Warmline\n/);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  });

  describe('bad input', () => {
    it('is not led by a polluted Object.prototype', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      Object.assign(proto, { openNow: true, channel: 'chat', topic: 'grief', query: 'zzz' });
      try {
        const { el } = await mount();
        expect(names(el, '.others')).to.have.length(8);
        radio(el, 'Drinking or drugs')!.click();
        await el.updateComplete;
        expect(names(el, '.others')).to.deep.equal(['Riverside Recovery Coaches']);
      } finally {
        for (const key of ['openNow', 'channel', 'topic', 'query']) delete proto[key];
      }
    });

    it('shows a hostile feed as text only, with no unsafe link', async () => {
      const { el, event } = await mount(referralFeeds.hostile);
      const shown = visibleText(el);
      expect(shown).to.contain('<img src=x onerror="window.__lookupPwned=1">Evil line');
      expect(shown).to.contain('<a href="javascript:alert(1)">click</a>');
      for (const name of ['<img src=x onerror="window.__lookupPwned=1">Evil line', 'Sneaky service']) await openDetails(el, name);
      expect(visibleText(el)).to.contain('<style>*{display:none}</style>everyone');
      expect(shadowQueryAll(el, 'img, script, b, i, style')).to.have.length(0);
      const hrefs = shadowQueryAll<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href')!);
      expect(hrefs.every((href) => /^(tel:|sms:|mailto:|https:\/\/)/.test(href)), hrefs.join(' ')).to.equal(true);
      expect(hrefs).to.include('tel:5550100');
      expect(status(el, 'Sneaky service')).to.equal('Hours not listed');
      expect((window as unknown as { __lookupPwned?: number }).__lookupPwned).to.equal(undefined);
      // The validator reported what it dropped.
      const paths = (event.detail.problems as { path: string }[]).map((p) => p.path);
      expect(paths).to.include.members(['referrals[0].chat_url', 'referrals[0].url', 'referrals[1].url', 'referrals[1].chat_url']);
    });
  });
});

describe('<care-referral-lookup> states and layout', () => {
  it('is calm and accessible while loading and on a feed error', async () => {
    const { startWorker, worker } = await import('../mocks/browser.js');
    const { failingFeedUrls } = await import('../mocks/handlers.js');
    const { referralHandlers, referralFeedUrl } = await import('../mocks/referral-handlers.js');
    await startWorker();
    worker.use(...referralHandlers);
    const loading = await fixture<CareReferralLookup>(html`<care-referral-lookup quick-exit src=${failingFeedUrls.never}></care-referral-lookup>`);
    expect(visibleText(loading)).to.contain('Loading…');
    // Quick exit works before the feed arrives.
    expect(shadowQueryAll(loading, '[part="quick-exit"]')).to.have.length(1);
    await expect(loading).to.be.accessible();
    const { el, event } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup src=${failingFeedUrls.serverError}></care-referral-lookup>`);
    expect(event.detail.code).to.equal('http-500');
    expect(visibleText(el)).to.contain('can’t be shown right now');
    await expect(el).to.be.accessible();
    const fromUrl = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup src=${referralFeedUrl('onlyUrgent')}></care-referral-lookup>`);
    expect(names(fromUrl.el, '[part="urgent"]')).to.have.length(2);
  });

  it('lays out right to left for Arabic', async () => {
    const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang="ar" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    await until(() => text(shadowQueryAll(el, '[part="urgent"] h3')[0]) === 'بحاجة إلى مساعدة الآن؟', 3000, 'the Arabic strings');
    expect(shadowQueryAll(el, '[part="base"]')[0].getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  for (const width of [280, 320]) {
    it(`fits ${width} px with details open, without sideways scrolling`, async () => {
      const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup quick-exit style="width: ${width}px" viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
      await openDetails(el, 'Eastside Drop-in Centre');
      await openFilters(el);
      const base = shadowQueryAll(el, '[part="base"]')[0];
      expect(base.scrollWidth).to.be.at.most(width);
      // The quick exit button is fixed to the screen's corner, not the widget (its own test).
      for (const control of shadowQueryAll(el, 'select, input[type="search"], button:not([part="quick-exit"]), a, label.topic')) {
        expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 80)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      for (const target of shadowQueryAll(el, 'button, a.button, summary, label.topic, select, input[type="search"]')) {
        expect(target.getBoundingClientRect().height, target.outerHTML.slice(0, 80)).to.be.at.least(43.5);
      }
    });
  }
});
