import { expect } from '@open-wc/testing';
import { audienceEn } from '../../src/i18n/audiences.js';
import { lookupMoreEn } from '../../src/referral-lookup/more-strings.js';
import { lookupLocales } from '../../src/referral-lookup/locales/index.js';
import { lookupEn as firstView } from '../../src/referral-lookup/strings.js';

/** Every key a language gives the lookup: its two parts, and the audiences' names it shares with the finder. */
const lookupEn = { ...firstView, ...lookupMoreEn, ...audienceEn };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Whether a language's plural "one" holds the number 1 alone (Spanish, Arabic, Hebrew; not French, where 0 is "one" too). */
const oneIsOneAlone = (tag: string) => Array.from({ length: 1000 }, (_, n) => n).every((n) => (new Intl.PluralRules(tag).select(n) === 'one') === (n === 1));

describe('the lookup’s strings in every shipped language', () => {
  for (const [tag, load] of Object.entries(lookupLocales)) {
    it(`${tag} has every key of both parts and the audiences, with the same placeholders`, async () => {
      const strings: Record<string, string> = (await load()).default;
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(lookupEn).sort());
      for (const [key, english] of Object.entries(lookupEn)) {
        const given = placeholders(strings[key]);
        // Where "one" is 1 alone, it may be written as a word ("خدمة واحدة", one service).
        const inWords = key.endsWith('.one') && !given.includes('count') && oneIsOneAlone(tag);
        expect(given, `${tag} ${key}`).to.deep.equal(placeholders(english).filter((p) => !inWords || p !== 'count'));
        expect(strings[key].trim(), `${tag} ${key}`).not.to.equal('');
      }
    });
  }
});

describe('the lookup’s count', () => {
  it('writes the number in the English "one", the string translators start from: in French "one" is 0 as well', () => {
    const ones = Object.entries(lookupEn).filter(([key]) => key.endsWith('.one'));
    expect(ones).to.have.length.above(0);
    expect(ones.filter(([, text]) => !text.includes('{count}'))).to.deep.equal([]);
    expect(oneIsOneAlone('fr')).to.equal(false);
  });
});
