/**
 * Counts in a language's plural forms: its plural rules pick the form ("one", "few"…), and in French or
 * Brazilian Portuguese "one" covers 0 too, so a "one" string copied from the English must say {count}.
 * A language with more forms than English's two (Arabic: zero, one, two, few, many, other) gives those
 * it needs; one it leaves out is "other".
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import { registerLocale } from '../../src/index.js';
import { en, type PluralStrings, type UIStrings } from '../../src/i18n/en.js';
import { finderEn } from '../../src/session-finder/strings.js';
import es from '../../src/session-finder/locales/es.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const oneKeys = Object.keys(finderEn).filter((key) => key.endsWith('.one')) as (keyof typeof finderEn)[];

describe('<care-session-finder> counts in the plural forms of a language', () => {
  it('writes the count, not "1", in every "one" string of English, the strings translators start from, and of Spanish', () => {
    expect(oneKeys).to.have.length.above(0);
    for (const key of oneKeys) {
      expect(finderEn[key], key).to.contain('{count}');
      expect(es[key], `es ${key}`).to.contain('{count}');
    }
  });

  it('says 0 in French when nothing matches, from strings translated word for word from the English', async () => {
    // French plurals put 0 in "one": its translator writes "séance" where the English says "session".
    const french = Object.fromEntries(oneKeys.flatMap((key) => {
      const other = key.replace(/one$/, 'other') as keyof typeof finderEn;
      return [[key, finderEn[key].replace('session', 'séance')], [other, finderEn[other].replace('sessions', 'séances')]];
    }));
    registerLocale('fr', { ...en, ...finderEn, ...french } as UIStrings);
    const { el } = await mountLoaded(html`<care-session-finder lang="fr" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const summary = () => shadowQueryAll(el, '[part="summary"]')[0].textContent!.trim();
    await until(() => summary().includes('séances'), 3000, 'the French summary');
    const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input'));
    await until(() => shadowQueryAll(el, '[part="empty"]').length > 0, 3000, 'nothing to match');
    expect(summary()).to.equal('0 séance in the next 8 weeks');
  });

  /** A finder in `lang` on the sample feed, its summary, and a way to search it. */
  async function finder(lang: string) {
    const { el } = await mountLoaded(html`<care-session-finder lang=${lang} viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const summary = () => shadowQueryAll(el, '[part="summary"]')[0]?.textContent!.trim() ?? '';
    const search = async (query: string, shown: (text: string) => boolean) => {
      const input = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await until(() => shown(summary()), 15_000, `the summary after searching "${query}"`);
    };
    return { el, summary, search };
  }

  it('uses each form of Arabic: "few" for 6 sessions, "zero" when none match', async () => {
    const { summary, search } = await finder('ar');
    const six = new Intl.NumberFormat('ar').format(6);
    await until(() => summary() === `${six} جلسات خلال الأسابيع الـ${new Intl.NumberFormat('ar').format(8)} القادمة`, 15_000, 'the Arabic summary, "few"');
    await search('zzzz', (text) => text.startsWith('لا توجد جلسات'));
    expect(summary()).to.equal(`لا توجد جلسات خلال الأسابيع الـ${new Intl.NumberFormat('ar').format(8)} القادمة`);
  });

  it('shows "other" for a form a site\'s own language leaves out, and the forms it gives', async () => {
    // Polish: 1 is "one", 2–4 "few", 5–21 "many"; this translation gives "few" but not "many".
    registerLocale('pl', { ...en, ...finderEn, 'results.one': '{count} sesja', 'results.few': '{count} sesje', 'results.other': '{count} sesji' } as UIStrings & PluralStrings);
    const { summary } = await finder('pl');
    expect(new Intl.PluralRules('pl').select(6)).to.equal('many');
    await until(() => summary() === '6 sesji', 15_000, 'the Polish summary, "other" for "many"');
    const { summary: few, search } = await finder('pl');
    await until(() => few() === '6 sesji', 15_000, 'the second Polish finder');
    // Two, three or four sessions: "few".
    await search('Church', (text) => /^[234] /.test(text));
    expect(few()).to.match(/^[234] sesje$/);
  });

  it('counts the lookup\'s services in Arabic\'s forms', async () => {
    const english = await mountLoaded(html`<care-referral-lookup lang="en" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    const count = Number(/^(\d+) services?$/.exec(shadowQueryAll(english.el, '[part="summary"]')[0].textContent!.trim())?.[1]);
    expect(count).to.be.above(2);
    const { el } = await mountLoaded(html`<care-referral-lookup lang="ar" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
    const n = new Intl.NumberFormat('ar').format(count);
    const expected = { few: `${n} خدمات`, many: `${n} خدمة`, other: `عدد الخدمات: ${n}` }[new Intl.PluralRules('ar').select(count) as 'few' | 'many' | 'other'];
    await until(() => shadowQueryAll(el, '[part="summary"]')[0]?.textContent!.trim() === expected, 15_000, `the Arabic count, "${expected}"`);
  });
});
