/**
 * The lookup with feeds as people write them by hand: vanity numbers, a text's words, an extension, the
 * emergency numbers of two digits, hours that run for days, codes in another case or named like a picker choice.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/referral-lookup/define.js';
import type { CareReferralLookup } from '../../src/referral-lookup/referral-lookup.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const NOW = new Date('2026-11-23T16:00:00Z'); // Monday 10:00 in Chicago
const organization = { name: 'Riverside Mental Health Network', timezone: 'America/Chicago', language: 'en', emergency: { number: '911' } };

const spaces = (value: string) => value.replace(/[^\S\n]/g, ' ');
const text = (node: Element | null | undefined) => spaces(node?.textContent ?? '').replace(/ +/g, ' ').trim();
const card = (el: Element, name: string) => shadowQueryAll(el, '[part="referral"]').find((li) => text(li.querySelector('h4')) === name)!;
const status = (el: Element, name: string) => text(card(el, name).querySelector('[part="status"]'));
const links = (node: Element) => [...node.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
const names = (el: Element) => shadowQueryAll(el, '.others [part="referral"] > h4').map(text);
const topics = (el: Element) => shadowQueryAll(el, 'label.topic').map(text);

const mount = (referrals: Record<string, unknown>[], { now = NOW, lang = 'en', topic = '', extra = {} as Record<string, unknown> } = {}) =>
  mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang=${lang} topic=${topic} viewer-timezone="America/Chicago" .now=${now}
    .feed=${{ version: 1, organization, referrals: referrals.map((r, i) => ({ id: `r${i}`, kind: 'helpline', ...r })), ...extra }}></care-referral-lookup>`);

async function openDetails(el: CareReferralLookup, name: string): Promise<Element> {
  card(el, name).querySelector('summary')!.click();
  await until(() => !!card(el, name).querySelector('[part="details"]'), 3000, `the details of ${name}`);
  return card(el, name).querySelector('[part="details"]')!;
}
const hoursFact = (details: Element) => spaces([...details.querySelectorAll('dt')].find((dt) => text(dt) === 'Hours')!.nextElementSibling!.textContent!.trim());

describe('<care-referral-lookup> with a feed written by hand', () => {
  describe('ways to reach a service', () => {
    it('dials a number spelled with letters after a space or a bracket whole, as its button says it', async () => {
      const { el } = await mount([{ name: 'Flowers', phone: '1 800 FLOWERS' }, { name: 'Talk', phone: '(800) FLOWERS', sms: '1 (800) 273-TALK' }]);
      expect(links(card(el, 'Flowers').querySelector('.contacts')!)).to.deep.equal([['Call 1 800 FLOWERS', 'tel:18003569377']]);
      expect(links(card(el, 'Talk').querySelector('.contacts')!)).to.deep.equal([['Call (800) FLOWERS', 'tel:8003569377'], ['Text 1 (800) 273-TALK', 'sms:18002738255']]);
      await expect(el).to.be.accessible();
    });

    it('dials an extension after a pause, and shows the number as written', async () => {
      const { el } = await mount([{ name: 'Clinic', phone: '(217) 555-0100 ext. 23' }]);
      expect(links(card(el, 'Clinic').querySelector('.contacts')!)).to.deep.equal([['Call (217) 555-0100 ext. 23', 'tel:2175550100,23']]);
    });

    it('gives the emergency number and an urgent line of two digits a one-tap call (15, 17, 18 in France)', async () => {
      for (const number of ['15', '17', '18']) {
        const { el } = await mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang="fr" viewer-timezone="Europe/Paris" .now=${NOW} .feed=${{
          version: 1, organization: { ...organization, timezone: 'Europe/Paris', language: 'fr', country: 'FR', emergency: { number, label: `Urgences : ${number}` } },
          referrals: [{ id: 'police', name: 'Police secours', kind: 'emergency', urgent: true, phone: '17' }],
        }}></care-referral-lookup>`);
        const urgent = shadowQueryAll(el, '[part="urgent"]')[0];
        expect(links(urgent), number).to.deep.equal([[`Urgences : ${number}`, `tel:${number}`], ['Call 17', 'tel:17']]);
      }
    });

    it('puts the words a text sends in its link, and shows a `sms:` address as its number, on its button and copy', async () => {
      const { el } = await mount([{ name: 'Sentence', sms: 'Text HOME to 741741' }, { name: 'Address', sms: 'sms:741741?body=HOME' }]);
      expect(links(card(el, 'Sentence').querySelector('.contacts')!)).to.deep.equal([['Text HOME to 741741', 'sms:741741?body=HOME']]);
      expect(links(card(el, 'Address').querySelector('.contacts')!)).to.deep.equal([['Text 741741', 'sms:741741?body=HOME']]);
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
      try {
        const details = await openDetails(el, 'Address');
        [...details.querySelectorAll('button')].find((b) => text(b) === 'Copy details')!.click();
        await until(() => copied !== '', 2000, 'the copy');
        expect(copied.split('\n')).to.include('Text 741741').and.not.include('Text sms:741741?body=HOME');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      await expect(el).to.be.accessible();
    });

    it('takes a WhatsApp link of WhatsApp’s own as the whole international number it is', async () => {
      const { el, event } = await mount([{ name: 'Chat', whatsapp: 'https://wa.me/447700900123' }, { name: 'Local', whatsapp: '07700 900123' }]);
      expect(links(card(el, 'Chat').querySelector('.contacts')!)).to.deep.equal([['https://wa.me/447700900123', 'https://wa.me/447700900123']]);
      const said = (event.detail.problems as { path: string; code: string }[]).map((p) => `${p.path} ${p.code}`);
      expect(said).to.deep.equal(['referrals[1].whatsapp no-country-code']);
    });
  });

  describe('opening hours', () => {
    it('says the day a service closes when that is not today', async () => {
      const weekdays = { name: 'Weekdays', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '00:00', closes: '00:00' }] };
      // Friday 17:00 to Sunday 09:00, in three lines that join into one span.
      const weekend = { name: 'Weekend', hours: [
        { days: ['fr'], opens: '17:00', closes: '23:00' }, { days: ['fr'], opens: '23:00', closes: '12:00' }, { days: ['sa'], opens: '12:00', closes: '09:00' },
      ] };
      const night = { name: 'Night', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '20:00', closes: '02:00' }] };
      const evening = { name: 'Evening', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '18:00', closes: '00:00' }] };
      const { el } = await mount([weekdays, weekend, night, evening]);
      // Monday 10:00: open until Saturday begins.
      expect(status(el, 'Weekdays')).to.equal('Open now, until Saturday at 12:00 AM');
      el.now = new Date('2026-11-24T02:30:00Z'); // Monday 20:30
      await el.updateComplete;
      expect(status(el, 'Night')).to.equal('Open now, until tomorrow at 2:00 AM');
      // Midnight tonight is said as people say it.
      expect(status(el, 'Evening')).to.equal('Open now, until 12:00 AM');
      el.now = new Date('2026-11-25T07:00:00Z'); // Wednesday 01:00, in the night that began yesterday
      await el.updateComplete;
      expect(status(el, 'Night')).to.equal('Closes soon, at 2:00 AM');
      el.now = new Date('2026-11-28T00:00:00Z'); // Friday 18:00
      await el.updateComplete;
      expect(status(el, 'Weekend')).to.equal('Open now, until Sunday at 9:00 AM');
      expect(status(el, 'Weekdays')).to.equal('Open now, until 12:00 AM');
      const spanish = await mount([weekend], { lang: 'es', now: new Date('2026-11-28T00:00:00Z') });
      await until(() => status(spanish.el, 'Weekend').startsWith('Abierto'), 3000, 'the Spanish strings');
      expect(status(spanish.el, 'Weekend')).to.equal('Abierto ahora, hasta el domingo a las 9:00');
    });

    it('reads hours every day 00:00–00:00 as open 24/7, as "24/7" is', async () => {
      const { el } = await mount([{ name: 'Always', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '00:00' }] }]);
      expect(status(el, 'Always')).to.equal('Open 24/7');
      expect(hoursFact(await openDetails(el, 'Always'))).to.equal('Open 24 hours, every day');
    });

    it('reads a time with a one-digit hour ("9:00") as the time meant, and tells the feed keeper how to write it', async () => {
      const { el, event } = await mount([{ name: 'Clinic', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '9:00', closes: '17:00' }] }], { now: new Date('2026-11-23T14:00:00Z') });
      expect(status(el, 'Clinic')).to.equal('Closed, opens at 9:00 AM');
      const problems = event.detail.problems as { path: string; message: string }[];
      expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(['referrals[0].hours[0].opens: "9:00" is read as "09:00"; write the hour with two digits: "09:00"']);
    });
  });

  describe('codes', () => {
    const own = [{ name: 'Eating Help', topics: ['eating'] }, { name: 'Young Minds', topics: ['young'] }, { name: 'Youth Line', topics: ['youth'] }, { name: 'Food Bank', topics: ['money'] }];
    const labels = { topics: { eating: 'Eating and food', young: 'Young carers' } };

    it('offers a feed’s own topic named like a picker choice as its own, and finds it', async () => {
      const { el } = await mount(own, { extra: { labels } });
      expect(topics(el)).to.deep.equal(['Anything', 'Young people', 'Money and housing', 'Eating and food', 'Young carers']);
      shadowQueryAll(el, 'label.topic').find((l) => text(l) === 'Young carers')!.querySelector('input')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Young Minds']);
      shadowQueryAll(el, 'label.topic').find((l) => text(l) === 'Young people')!.querySelector('input')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Youth Line']);
      await expect(el).to.be.accessible();
    });

    it('takes a topic preset naming a feed’s own code named like a picker choice as that code', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        expect(names((await mount(own, { topic: 'young' })).el)).to.deep.equal(['Young Minds']);
        expect(names((await mount(own, { topic: 'eating' })).el)).to.deep.equal(['Eating Help']);
        // Where the feed has no such code of its own, the word is the picker's choice.
        expect(names((await mount(own.slice(2), { topic: 'young' })).el)).to.deep.equal(['Youth Line']);
        expect(names((await mount(own, { topic: 'money' })).el)).to.deep.equal(['Food Bank']);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.includes('matches no service'))).to.deep.equal([]);
    });

    it('offers an audience once whatever its case and spaces, named as ours, and finds every service with it', async () => {
      const { el } = await mount([
        { name: 'Capitals', audiences: ['Youth'] }, { name: 'Small', audiences: ['youth'] }, { name: 'Farm', audiences: ['farmers'] },
        { name: 'Spaced', audiences: [' YOUTH ', 'youth'] },
      ], { extra: { labels: { audiences: { farmers: 'Farmers and farm workers' } } } });
      const panel = shadowQueryAll<HTMLDetailsElement>(el, 'form details')[0];
      panel.querySelector('summary')!.click();
      await until(() => !!panel.querySelector('select'), 3000, 'the filters');
      const audience = shadowQueryAll(el, 'label').find((l) => l.querySelector('select') && text(l).startsWith('Who it is for'))!.querySelector('select')!;
      expect([...audience.options].map((o) => text(o))).to.deep.equal(['Any', 'Young people', 'Farmers and farm workers']);
      audience.value = audience.options[1].value;
      audience.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Capitals', 'Small', 'Spaced']);
      // Its details name the audience once, however many ways the feed wrote it.
      const card = shadowQueryAll(el, '.others [part="referral"]').find((c) => text(c.querySelector('h4')!) === 'Spaced')!;
      card.querySelector('summary')!.click();
      await until(() => !!card.querySelector('[part="details"]'), 3000, 'the details');
      const who = [...card.querySelectorAll('[part="details"] dt')].find((dt) => text(dt) === 'Who it is for')!;
      expect(text(who.nextElementSibling!)).to.equal('Young people');
    });
  });
});
