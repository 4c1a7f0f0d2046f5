/**
 * The summary's count: a language's plural rules pick its "one" or "other" string, and in French or
 * Brazilian Portuguese "one" covers 0 too, so a "one" string copied from the English must say {count}.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import { registerLocale } from '../../src/index.js';
import { en, type UIStrings } from '../../src/i18n/en.js';
import { finderEn } from '../../src/session-finder/strings.js';
import es from '../../src/session-finder/locales/es.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
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
});
