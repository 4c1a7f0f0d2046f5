import { expect } from '@open-wc/testing';
import { audienceEn } from '../../src/i18n/audiences.js';
import { lookupMoreEn } from '../../src/referral-lookup/more-strings.js';
import { lookupLocales } from '../../src/referral-lookup/locales/index.js';
import { lookupEn as firstView } from '../../src/referral-lookup/strings.js';

/** Every key a language gives the lookup: its two parts, and the audiences' names it shares with the finder. */
const lookupEn = { ...firstView, ...lookupMoreEn, ...audienceEn };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the lookup’s strings in every shipped language', () => {
  for (const [tag, load] of Object.entries(lookupLocales)) {
    it(`${tag} has every key of both parts and the audiences, with the same placeholders`, async () => {
      const strings: Record<string, string> = (await load()).default;
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(lookupEn).sort());
      for (const [key, english] of Object.entries(lookupEn)) {
        expect(placeholders(strings[key]), `${tag} ${key}`).to.deep.equal(placeholders(english));
        expect(strings[key].trim(), `${tag} ${key}`).not.to.equal('');
      }
    });
  }
});
