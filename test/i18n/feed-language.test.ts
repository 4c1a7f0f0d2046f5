/**
 * A feed written in another language than the page's (organization `language`, and its text as plain
 * strings): every word of it that a widget shows, wherever it shows it, is marked with that language,
 * so that a screen reader on an English page speaks a French feed's names and addresses in French.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

/** The feed with every translated text reduced to one plain string, written by `write`, and its language `language`. */
function writtenIn<T extends { organization: object }>(feed: T, language: string, write = (text: string) => text): T {
  const plain = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((item) => plain(item));
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    // A language map (every key a language tag, every value a string) is a Text: its English becomes the French.
    if (key !== 'labels' && entries.length && entries.every(([k, v]) => /^[a-z]{2}(-[A-Z]{2})?$/.test(k) && typeof v === 'string')) return write((value as Record<string, string>).en);
    return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === 'string' && !SKIP.test(k) ? write(v) : plain(v, k)]));
  };
  const written = plain(feed) as T;
  return { ...written, organization: { ...written.organization, language } };
}

/** Fields that are not words a person reads: ids, codes, addresses of links, numbers, times. */
const SKIP = /^(id|url|chat_url|privacy_url|email|phone|sms|whatsapp|kind|timezone|language|languages|tone|start_date|time|end_time|repeat|days|format|place|verified|opens|closes|cost|hours|topics|audiences|accessibility|number|fields|version|starts|ends|status)$/;

/** Every string of the feed a person may read. */
function feedWords(feed: unknown): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && !SKIP.test(key)) words.add(value.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(feed);
  return words;
}

/**
 * Each text of the widget that is a string of the feed, with the language it is read in and the direction it runs in
 * where it is seen (what is heard only, as a live region's words, runs in no direction).
 */
function feedTexts(el: Element, words: Set<string>): [string, string | undefined, string][] {
  const found: [string, string | undefined, string][] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    const parent = node.parentElement!;
    const seen = parent.getBoundingClientRect().width > 1;
    if (words.has(text)) found.push([text, parent.closest('[lang]')?.getAttribute('lang') ?? undefined, seen ? getComputedStyle(parent).direction : 'unseen']);
  }
  return found;
}

/** Opens every disclosure, as a person reading everything would (what they hold may load on demand), and waits for what they hold. */
async function openEverything(el: HTMLElement): Promise<void> {
  const closed = () => shadowQueryAll<HTMLDetailsElement>(el, 'details:not([open])');
  for (let round = 0; round < 3 && closed().length; round++) closed().forEach((details) => details.querySelector('summary')!.click());
  await until(() => !el.shadowRoot!.textContent!.includes('Loading'), 15000, 'the details');
}

describe('a feed in another language than the page', () => {
  const cases: [string, { organization: object }, (feed: unknown, lang: string) => Promise<HTMLElement>][] = [
    ['care-awareness-banner', feeds.urgent, async (feed, lang) => (await mountLoaded<HTMLElement>(html`<care-awareness-banner lang=${lang} .feed=${feed}></care-awareness-banner>`)).el],
    ['care-session-finder', finderFeed, async (feed, lang) => (await mountLoaded<HTMLElement>(html`<care-session-finder lang=${lang} viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`)).el],
    ['care-referral-lookup', referralFeeds.lookup, async (feed, lang) => (await mountLoaded<HTMLElement>(html`<care-referral-lookup lang=${lang} viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`)).el],
    ['care-volunteer-signup', volunteerFeed(), async (feed, lang) => (await mountLoaded<HTMLElement>(html`<care-volunteer-signup lang=${lang} .feed=${feed}></care-volunteer-signup>`)).el],
  ];
  for (const [tag, feed, mount] of cases) {
    it(`<${tag}> marks every word of a French feed as French, its details opened too, on an English page`, async () => {
      const french = writtenIn(feed, 'fr');
      const words = feedWords(french);
      const el = await mount(french, 'en');
      await openEverything(el);
      const seen = feedTexts(el, words);
      expect(seen.length).to.be.above(2);
      expect(seen.filter(([, lang]) => lang !== 'fr'), 'feed text not marked French').to.deep.equal([]);
    });

    it(`<${tag}> on a Persian page, in English, runs a Persian feed's words right to left, each marked Persian`, async () => {
      const persian = writtenIn(feed, 'fa', (text) => `متن ${text}`);
      const words = feedWords(persian);
      const el = await mount(persian, 'fa');
      await openEverything(el);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
      const seen = feedTexts(el, words);
      expect(seen.length).to.be.above(2);
      expect(seen.filter(([, lang, dir]) => lang !== 'fa' || dir === 'ltr'), 'feed text not marked Persian, or running left to right').to.deep.equal([]);
    });
  }
});
