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
const links = (node: Element) => [...node.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);

const mount = (referrals: Record<string, unknown>[], { now = NOW, lang = 'en', topic = '', extra = {} as Record<string, unknown> } = {}) =>
  mountLoaded<CareReferralLookup>(html`<care-referral-lookup lang=${lang} topic=${topic} viewer-timezone="America/Chicago" .now=${now}
    .feed=${{ version: 1, organization, referrals: referrals.map((r, i) => ({ id: `r${i}`, kind: 'helpline', ...r })), ...extra }}></care-referral-lookup>`);

async function openDetails(el: CareReferralLookup, name: string): Promise<Element> {
  card(el, name).querySelector('summary')!.click();
  await until(() => !!card(el, name).querySelector('[part="details"]'), 3000, `the details of ${name}`);
  return card(el, name).querySelector('[part="details"]')!;
}

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
  });
});
