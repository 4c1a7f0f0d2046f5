/**
 * What a person types runs in its own direction: Arabic or Hebrew typed into a search box or a
 * signup field on a left-to-right page reads right to left, and Latin typed on a right-to-left page
 * left to right. An empty box follows the widget's language (an empty `dir="auto"` box would run left
 * to right in every engine, its caret on the left of an Arabic form). Email and phone fields stay left to right whatever
 * is typed, on purpose (an address or a number reads the same in every language).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

type Field = HTMLInputElement | HTMLTextAreaElement;
type Mounted = HTMLElement & { updateComplete: Promise<unknown> };

/** Types `text` into the field as the widget hears it, and says which way it then runs. */
async function typed(el: Mounted, field: Field, text: string): Promise<string> {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return getComputedStyle(field).direction;
}

/** Which way a field runs with nothing in it, then with Arabic, Hebrew and Latin typed into it, then emptied again. */
async function directions(el: Mounted, field: Field): Promise<string[]> {
  const runs = [getComputedStyle(field).direction];
  for (const text of ['ساعدني', 'עזרה', 'help', '']) runs.push(await typed(el, field, text));
  return runs;
}

const ZONE = 'America/Chicago';

describe('the direction of what a person types', () => {
  for (const [lang, page] of [['en', 'ltr'], ['ar', 'rtl'], ['he', 'rtl']] as const) {
    describe(`on a ${lang} widget`, () => {
      it('the session finder\'s search box', async () => {
        const { el } = await mountLoaded<Mounted>(html`<care-session-finder lang=${lang} viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
        const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
        expect(await directions(el, search)).to.deep.equal([page, 'rtl', 'rtl', 'ltr', page]);
        await expect(el).to.be.accessible();
      });

      it('the referral lookup\'s search box', async () => {
        const { el } = await mountLoaded<Mounted>(html`<care-referral-lookup lang=${lang} viewer-timezone=${ZONE} .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
        const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
        expect(await directions(el, search)).to.deep.equal([page, 'rtl', 'rtl', 'ltr', page]);
        await expect(el).to.be.accessible();
      });

      it('the volunteer signup\'s name, languages and message; its email and phone stay left to right', async () => {
        sessionStorage.clear();
        const { el } = await mountLoaded<Mounted>(html`<care-volunteer-signup lang=${lang} .feed=${volunteerFeeds.full} .minFillTime=${0}></care-volunteer-signup>`);
        // Every field a person types into (the hidden spam trap is for robots).
        const fields = shadowQueryAll<Field>(el, 'input:not([type="checkbox"]):not([name="_gotcha"]), textarea');
        const byName = Object.fromEntries(fields.map((field) => [field.name, field]));
        expect(Object.keys(byName).sort()).to.deep.equal(['email', 'languages', 'message', 'name', 'phone']);
        for (const name of ['name', 'languages', 'message']) {
          expect(await directions(el, byName[name]), name).to.deep.equal([page, 'rtl', 'rtl', 'ltr', page]);
        }
        for (const name of ['email', 'phone']) expect(await directions(el, byName[name]), name).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
        await expect(el).to.be.accessible();
        sessionStorage.clear();
      });
    });
  }
});
