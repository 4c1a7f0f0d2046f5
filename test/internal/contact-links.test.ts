/**
 * Phone numbers and email addresses as feed keepers paste them, in the links the widgets make of them. Phone numbers:
 * from a word processor (an en dash, a non-breaking hyphen), from a right-to-left page (invisible direction marks,
 * Arabic-Indic digits), or as written in Germany ("0800/111 0 111"). A call link must dial the whole number, never the
 * digits before the first character the rules did not know (what each written number dials: written-numbers.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import { emailIn } from '../../src/feed/checks.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds, referrals } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

describe('phone numbers as feed keepers paste them', () => {
  it('gives the finder’s crisis line and the lookup’s ways to reach a service the whole number, and shows it as written', async () => {
    const feed = structuredClone(finderFeed) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[] };
    feed.organization.emergency = { number: '\u0669\u0661\u0661', label: 'Emergency' };
    feed.referrals = [{ id: 'line', name: 'TelefonSeelsorge', kind: 'crisis-line', urgent: true, phone: '0800/111 0 111' }];
    const finder = (await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`)).el;
    const strip = shadowQueryAll(finder, '[part="crisis"]')[0];
    expect([...strip.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:911', 'tel:08001110111']);
    expect(strip.textContent).to.contain('0800/111 0 111');

    const lookupFeed = structuredClone(referralFeeds.lookup) as { referrals: Record<string, unknown>[] };
    lookupFeed.referrals = [{ ...referrals.safeHarbor, phone: '(217) 555\u20130188', whatsapp: '\u200E+1 217\u2011555\u20110189' }];
    const lookup = (await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${lookupFeed}></care-referral-lookup>`)).el;
    const hrefs = shadowQueryAll(lookup, '[part="urgent"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:2175550188');
    expect(hrefs).to.include('https://wa.me/12175550189');
    await expect(finder).to.be.accessible();
    await expect(lookup).to.be.accessible();
  });

  it('gives the finder’s crisis strip and the lookup a one-tap call to an emergency number of two digits, as France’s 15, 17 and 18', async () => {
    for (const number of ['15', '17', '18']) {
      const feed = structuredClone(finderFeed) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[] };
      feed.organization.emergency = { number, label: 'Urgences' };
      feed.referrals = [{ id: 'police', name: 'Police secours', kind: 'emergency', urgent: true, phone: '17' }];
      const finder = (await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`)).el;
      expect(shadowQueryAll(finder, '[part="crisis"] a').map((a) => a.getAttribute('href')), number).to.deep.equal([`tel:${number}`, 'tel:17']);
      const lookup = (await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`)).el;
      expect(shadowQueryAll(lookup, '[part="urgent"] a').map((a) => a.getAttribute('href')), number).to.deep.equal([`tel:${number}`, 'tel:17']);
    }
  });

  it('shows a number in the order it is dialled, whatever direction controls came with it', async () => {
    // An override shows "112" as "211"; an embedding from a right-to-left page, "+1 217 555 0100" as "0100 555 217 1+".
    const controls = /[\u202a-\u202e\u2066-\u2069]/;
    const feed = structuredClone(finderFeed) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[] };
    feed.organization.emergency = { number: '\u202E112', label: 'Emergency' };
    feed.referrals = [{ id: 'line', name: 'Crisis line', kind: 'crisis-line', urgent: true, phone: '\u202B+1 217 555 0100\u202C' }];
    const finder = (await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`)).el;
    const strip = shadowQueryAll(finder, '[part="crisis"]')[0];
    expect(strip.textContent).to.contain('112').and.contain('+1 217 555 0100').and.not.match(controls);

    const lookupFeed = structuredClone(referralFeeds.lookup) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[] };
    lookupFeed.organization.emergency = { number: '\u202E112' };
    lookupFeed.referrals = [{ ...referrals.safeHarbor, phone: '\u2067(217) 555-0188\u2069', sms: '\u202D741741', whatsapp: '\u202B+1 217 555 0189\u202C' }];
    const lookup = (await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${lookupFeed}></care-referral-lookup>`)).el;
    const urgent = shadowQueryAll(lookup, '[part="urgent"]')[0];
    expect(urgent.textContent).to.contain('(217) 555-0188').and.contain('741741').and.contain('+1 217 555 0189').and.not.match(controls);
    expect(shadowQueryAll(lookup, '[part="urgent"] a').map((a) => a.getAttribute('href'))).to.include.members(['tel:112', 'tel:2175550188', 'sms:741741']);
  });
});

describe('phone numbers spelled as a word, in small letters or capitals', () => {
  it('gives the crisis strip, the lookup and a session’s details a link that dials the whole number', async () => {
    const feed = structuredClone(finderFeed) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[]; sessions: Record<string, unknown>[] };
    feed.referrals = [{ id: 'line', name: 'Crisis line', kind: 'crisis-line', urgent: true, phone: '1 800 273 talk' }];
    feed.sessions = [{ ...feed.sessions[0], contact: { name: 'Anna', phone: '1 800 flowers' } }];
    const finder = (await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`)).el;
    expect(shadowQueryAll(finder, '[part="crisis"] a').map((a) => a.getAttribute('href'))).to.include('tel:18002738255');
    shadowQueryAll<HTMLDetailsElement>(finder, '[part="session"] details')[0].querySelector('summary')!.click();
    await until(() => shadowQueryAll(finder, '[part="details"] a[href^="tel:"]').length > 0, 15000, 'the session\'s details');
    expect(shadowQueryAll(finder, '[part="details"] a[href^="tel:"]').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([['tel:18003569377', '1 800 flowers']]);

    const lookupFeed = structuredClone(referralFeeds.lookup) as { organization: Record<string, unknown>; referrals: Record<string, unknown>[] };
    lookupFeed.organization.emergency = { number: '1 800 Flowers' };
    lookupFeed.referrals = [{ ...referrals.safeHarbor, phone: '(800) flowers' }];
    const lookup = (await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${lookupFeed}></care-referral-lookup>`)).el;
    expect(shadowQueryAll(lookup, '[part="urgent"] a').map((a) => a.getAttribute('href'))).to.include.members(['tel:18003569377', 'tel:8003569377']);
    await expect(finder).to.be.accessible();
    await expect(lookup).to.be.accessible();
  });
});

describe('email addresses as feed keepers write them', () => {
  it('finds the address in what was written, and none where there is none', () => {
    const cases: [string, string | undefined][] = [
      ['help@riverside.example.org', 'help@riverside.example.org'],
      ['mailto:help@riverside.example.org', 'help@riverside.example.org'],
      ['Intake desk <intake@clinic.example.org>', 'intake@clinic.example.org'],
      ['anna@riverside.example.org (weekdays)', 'anna@riverside.example.org'],
      ['Write to help@riverside.example.org.', 'help@riverside.example.org'],
      ['help at riverside dot org', undefined],
      ['ask at the desk', undefined],
      ['help@localhost', undefined],
    ];
    for (const [written, address] of cases) expect(emailIn(written), written).to.equal(address);
  });

  it('makes the lookup\'s and the finder\'s email links of the address alone, and no link where there is none', async () => {
    const lookupFeed = structuredClone(referralFeeds.lookup) as { referrals: Record<string, unknown>[] };
    lookupFeed.referrals = [
      { ...referrals.safeHarbor, email: 'mailto:help@safeharbor.example.org' },
      { id: 'desk', name: 'Parish office', kind: 'service', email: 'office at parish dot org', phone: '(217) 555-0150' },
    ];
    const lookup = (await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${lookupFeed}></care-referral-lookup>`)).el;
    const mailtos = shadowQueryAll(lookup, 'a[href^="mailto:"]').map((a) => a.getAttribute('href'));
    expect(mailtos).to.deep.equal(['mailto:help@safeharbor.example.org']);

    const feed = structuredClone(finderFeed) as { sessions: Record<string, unknown>[] };
    feed.sessions = [{ ...feed.sessions[0], contact: { name: 'Anna', email: 'Anna <anna@riverside.example.org>' } }];
    const finder = (await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`)).el;
    const row = shadowQueryAll<HTMLDetailsElement>(finder, '[part="session"] details')[0];
    row.querySelector('summary')!.click();
    await until(() => shadowQueryAll(finder, '[part="details"] a[href^="mailto:"]').length > 0, 4000, 'the session\'s details');
    expect(shadowQueryAll(finder, '[part="details"] a[href^="mailto:"]').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['mailto:anna@riverside.example.org', 'Anna <anna@riverside.example.org>'],
    ]);
    await expect(lookup).to.be.accessible();
    await expect(finder).to.be.accessible();
  });
});
