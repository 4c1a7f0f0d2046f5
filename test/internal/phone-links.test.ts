/**
 * Phone numbers as feed keepers paste them: from a word processor (an en dash, a non-breaking hyphen),
 * from a right-to-left page (invisible direction marks, Arabic-Indic digits), or as written in
 * Germany ("0800/111 0 111"). A call link must dial the whole number, never the digits before the
 * first character the rules did not know.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import { dialNumber } from '../../src/internal/links.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds, referrals } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

const COPIED: [string, string, string][] = [
  ['an en dash', '(217) 555\u20130100', '2175550100'],
  ['an en dash with spaces', '555 \u2013 0100', '5550100'],
  ['non-breaking hyphens', '1\u2011800\u2011273\u20118255', '18002738255'],
  ['figure dashes', '1\u2012800\u2012273\u20128255', '18002738255'],
  ['a minus sign', '555\u22120100', '5550100'],
  ['left-to-right marks', '\u200E+972 3\u200E 555 0100', '+97235550100'],
  ['a right-to-left mark', '\u200F03-555-0100', '035550100'],
  ['an embedding around it', '\u202A+972-3-555-0100\u202C', '+97235550100'],
  ['an isolate around it', '\u2066(217) 555-0100\u2069', '2175550100'],
  ['Arabic-Indic digits', '\u0669\u0661\u0661', '911'],
  ['Persian digits', '\u06F0\u06F2\u06F1 \u06F5\u06F5\u06F5 \u06F0\u06F1\u06F0\u06F0', '0215550100'],
  ['Devanagari digits', '\u0967\u0967\u0968', '112'],
  ['full-width digits', '\uFF11\uFF11\uFF10', '110'],
  ['an area code with a slash', '030/12345678', '03012345678'],
  ['a free number with a slash', '0800/111 0 111', '08001110111'],
  ['a country code, (0) and a non-breaking hyphen', '+49 (0)30 1234\u20115678', '+493012345678'],
];

describe('phone numbers as feed keepers paste them', () => {
  it('dials the whole number', () => {
    for (const [what, written, dialled] of COPIED) expect(dialNumber(written), what).to.equal(dialled);
  });

  it('still reads a slash between two numbers as "or"', () => {
    expect(dialNumber('112 / 999')).to.equal('112');
    expect(dialNumber('112/999')).to.equal('112');
  });

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
});
