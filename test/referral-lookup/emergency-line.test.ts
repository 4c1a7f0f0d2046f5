/**
 * The organization's emergency number in the lookup's "Need help now?" and in the finder's crisis strip:
 * one way of writing it (internal/crisis-strip.ts), the feed's label marked with the language it came out in,
 * the number beside it unless the label says it.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/referral-lookup/define.js';
import '../../src/session-finder/define.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

const ZONE = 'America/Chicago';
/** The emergency link's text, and the language a screen reader reads its label in. */
const emergencyLink = (el: Element) => {
  const link = shadowQueryAll<HTMLAnchorElement>(el, 'a[href^="tel:"]').find((a) => a.href === 'tel:911')!;
  return { text: link.textContent!.replace(/\s+/g, ' ').trim(), lang: link.querySelector('[lang]')?.getAttribute('lang') ?? null };
};

describe('the emergency number', () => {
  it('is read in its own language where the feed has its label only in another', async () => {
    const feed = { ...referralFeeds.lookup, organization: { ...referralFeeds.lookup.organization, emergency: { number: '911', label: { es: 'En una emergencia, llame al 911' } } } };
    for (const tag of ['care-referral-lookup', 'care-session-finder']) {
      const el = document.createElement(tag) as HTMLElement & { feed: unknown; now: Date };
      Object.assign(el, { feed, now: LOOKUP_NOW });
      el.setAttribute('lang', 'en');
      el.setAttribute('viewer-timezone', ZONE);
      const { el: shown } = await mountLoaded(html`${el}`);
      // The number is in the label: not said twice.
      expect(emergencyLink(shown), tag).to.deep.equal({ text: 'En una emergencia, llame al 911', lang: 'es' });
    }
  });

  it('keeps the number beside a label that does not say it', async () => {
    const feed = { ...referralFeeds.lookup, organization: { ...referralFeeds.lookup.organization, emergency: { number: '911', label: 'Emergencies' } } };
    const { el } = await mountLoaded(html`<care-referral-lookup viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
    expect(emergencyLink(el)).to.deep.equal({ text: 'Emergencies 911', lang: 'en' });
  });
});
