import { expect } from '@open-wc/testing';
import { finderLookupEn } from '../../src/i18n/finder-lookup.js';
import { lookupMoreEn } from '../../src/referral-lookup/more-strings.js';
import { lookupLocales } from '../../src/referral-lookup/locales/index.js';
import { lookupEn as firstView } from '../../src/referral-lookup/strings.js';

/** Every key a language gives the lookup: its two parts, and what it shares with the finder (the audiences' names, the crisis words). */
const lookupEn = { ...firstView, ...lookupMoreEn, ...finderLookupEn };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The numbers below 1,000 a language's plural rules put in a form ("one", "few"…). */
const numbersIn = (tag: string, form: string) => Array.from({ length: 1000 }, (_, n) => n).filter((n) => new Intl.PluralRules(tag).select(n) === form);
/** Whether a language's plural "one" holds the number 1 alone (Spanish, Arabic, Hebrew; not French, where 0 is "one" too). */
const oneIsOneAlone = (tag: string) => numbersIn(tag, 'one').join() === '1';
/** A counted string's form beyond English's two (CLDR's zero, two, few, many: `lookup.count.few`). */
const OTHER_FORM = /^(.+)\.(zero|two|few|many)$/;

describe('the lookup’s strings in every shipped language', () => {
  for (const [tag, load] of Object.entries(lookupLocales)) {
    it(`${tag} has every key of both parts and the audiences, with the same placeholders`, async () => {
      const strings: Record<string, string> = (await load()).default;
      expect(Object.keys(strings).filter((key) => !OTHER_FORM.test(key)).sort()).to.deep.equal(Object.keys(lookupEn).sort());
      for (const [key, english] of Object.entries(lookupEn)) {
        const given = placeholders(strings[key]);
        // Where "one" is 1 alone, it may be written as a word ("خدمة واحدة", one service).
        const inWords = key.endsWith('.one') && !given.includes('count') && oneIsOneAlone(tag);
        expect(given, `${tag} ${key}`).to.deep.equal(placeholders(english).filter((p) => !inWords || p !== 'count'));
        expect(strings[key].trim(), `${tag} ${key}`).not.to.equal('');
      }
    });

    it(`${tag} gives other plural forms only of counted strings, in forms its plural rules have, with the placeholders of ".other"`, async () => {
      const strings: Record<string, string> = (await load()).default;
      for (const [key, text] of Object.entries(strings)) {
        const [, base, form] = OTHER_FORM.exec(key) ?? [];
        if (!form) continue;
        const english = (lookupEn as Record<string, string>)[`${base}.other`];
        expect(english, `${tag} ${key}: a counted string`).to.be.a('string');
        const numbers = numbersIn(tag, form);
        expect(numbers, `${tag} ${key}: a form of ${tag}`).not.to.deep.equal([]);
        // A form of one number alone (Arabic's zero and two) may say it in words.
        const given = placeholders(text);
        expect(given, `${tag} ${key}`).to.deep.equal(placeholders(english).filter((p) => numbers.length > 1 || given.includes('count') || p !== 'count'));
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
