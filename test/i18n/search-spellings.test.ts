/**
 * The finder's and the lookup's search find a name however a person's keyboard writes it: without accents
 * or in capitals ("cafe", "CAFÉ"), without Arabic vowel marks, hamza or the stretching tatweel, with the
 * Persian or the Arabic form of yeh and kaf, ه for ة, in Arabic-Indic, Persian or Western digits, without
 * Hebrew points, Turkish İ in either case, and full-width letters.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { finderFeed, finderSessions, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

/** Names as feeds write them, and what people type to find each. */
const NAMES: [string, string[]][] = [
  ['Café des parents', ['cafe', 'CAFÉ', 'Cafe\u0301 des']],
  ['مُسْتَشْفَى الأَمَل', ['مستشفى الامل', 'مستشفي الامل', 'الأمل']],
  ['مدرسة الـشباب', ['مدرسه الشباب', 'الشباب']],
  ['خط الدعم ٩٨٨', ['988', '۹۸۸']],
  ['Lifeline 741741', ['٧٤١٧٤١', '۷۴۱۷۴۱']],
  ['کمک فوری', ['كمك فوري', 'کمک']],
  ['שָׁלוֹם בַּיִת', ['שלום בית']],
  ['İstanbul Dayanışma', ['istanbul', 'İSTANBUL']],
  ['Grief group', ['ｇｒｉｅｆ']],
];

const finderWith = {
  ...finderFeed,
  sessions: NAMES.map(([title], i) => ({ ...finderSessions.circle, id: `s${i}`, title })),
};
const lookupWith = {
  ...referralFeeds.lookup,
  referrals: NAMES.map(([name], i) => ({ id: `r${i}`, name, kind: 'service', phone: `555 01${i}0` })),
};

type Searchable = HTMLElement & { updateComplete: Promise<unknown> };

/** The names listed once `words` are typed into the search box. */
async function found(el: Searchable, words: string, names: string): Promise<string[]> {
  const input = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
  input.value = words;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  return [...new Set(shadowQueryAll(el, names).map((e) => e.textContent!.trim()))];
}

describe('searching in any script', () => {
  it('the session finder finds each title however it is typed', async () => {
    const { el } = await mountLoaded<Searchable>(html`<care-session-finder lang="ar" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderWith}></care-session-finder>`);
    const missed = [];
    for (const [title, typed] of NAMES) {
      for (const words of typed) if ((await found(el, words, '[part="session"] .title')).join('|') !== title) missed.push(`${words} → ${title}`);
    }
    expect(missed).to.deep.equal([]);
  });

  it('the referral lookup finds each name however it is typed', async () => {
    const { el } = await mountLoaded<Searchable>(html`<care-referral-lookup lang="ar" viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${lookupWith}></care-referral-lookup>`);
    const missed = [];
    for (const [name, typed] of NAMES) {
      for (const words of typed) if ((await found(el, words, '[part="referral"] h4')).join('|') !== name) missed.push(`${words} → ${name}`);
    }
    expect(missed).to.deep.equal([]);
  });
});
