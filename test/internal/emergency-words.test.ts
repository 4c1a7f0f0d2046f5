/**
 * A name with its number beside it ("Emergency 911", "Crisis Line 555-0100", internal/emergency-call.ts) is two
 * words, seen and read: in the lookup's emergency button (a flex box) and the finder's crisis strip, in English and Arabic.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { accessibleTexts, mountLoaded, shadowQueryAll, until } from '../helpers.js';

const organization = { ...finderFeed.organization, emergency: { number: '911', label: { en: 'Emergency', ar: 'الطوارئ' } } };
const crisisLine = { id: 'crisis-line', name: 'Crisis Line', kind: 'crisis-line', urgent: true, phone: '555-0100' };

/** The space between a name's words and its number as shown: the gap between their boxes. */
function gapBetween(link: Element): number {
  const bdi = link.querySelector('bdi')!;
  const [name, number] = [bdi.previousElementSibling!, bdi].map((el) => el.getBoundingClientRect());
  return name.top === number.top || Math.abs(name.bottom - number.bottom) < 2 ? Math.max(number.left - name.right, name.left - number.right) : Infinity;
}

/** The names of the page's links as a screen reader reads them, where the engine's driver can give them (Chromium's). */
const linkNames = () => accessibleTexts('link');

describe('a name and its number', () => {
  for (const lang of ['en', 'ar']) {
    it(`are two words in the lookup’s emergency button and the finder’s crisis strip${lang === 'ar' ? ', in Arabic' : ''}`, async () => {
      const label = lang === 'ar' ? 'الطوارئ' : 'Emergency';
      const { el: lookup } = await mountLoaded(html`<care-referral-lookup lang=${lang} .now=${LOOKUP_NOW}
        .feed=${{ ...referralFeeds.lookup, organization, referrals: [crisisLine] }}></care-referral-lookup>`);
      const { el: finder } = await mountLoaded(html`<care-session-finder lang=${lang} .now=${FINDER_NOW}
        .feed=${{ ...finderFeed, organization, referrals: [crisisLine] }}></care-session-finder>`);
      await until(() => shadowQueryAll(finder, '[part="crisis"] a').length === 2 && shadowQueryAll(lookup, 'a[part="contact"] bdi').length > 0
        && shadowQueryAll(finder, '[part="crisis"] a')[0].textContent!.includes(label), 15000, 'the widgets in their language');
      const emergencyButton = shadowQueryAll(lookup, '[part="urgent"] a[part="contact"]')[0];
      const [emergencyLink, crisisLink] = shadowQueryAll(finder, '[part="crisis"] a');
      for (const [what, link] of [['the lookup’s emergency button', emergencyButton], ['the strip’s emergency link', emergencyLink], ['the strip’s crisis line', crisisLink]] as const) {
        expect(gapBetween(link), what).to.be.above(2);
      }
      const names = [`${label} 911`, 'Crisis Line 555-0100'];
      const read = await linkNames();
      if (read) expect(read).to.include.members(names);
      lookup.remove();
      finder.remove();
    });
  }
});
