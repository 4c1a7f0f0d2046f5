/** The signup's fields as a screen reader names them: "(optional)" a word of its own after the field's name. */
import { expect } from '@open-wc/testing';
import { mountSignup } from './helpers.js';
import { startWorker } from '../mocks/browser.js';
import { accessibleTexts, until, visibleText } from '../helpers.js';

/** The names of the page's text boxes, as the browser gives them to a screen reader (Chromium's driver alone can say them). */
const textboxNames = () => accessibleTexts('textbox');

describe('<care-volunteer-signup> read aloud', () => {
  before(startWorker);
  beforeEach(() => sessionStorage.clear());

  for (const lang of ['en', 'es']) {
    it(`names an optional field with a space before "(optional)", lang="${lang}"`, async function () {
      const el = await mountSignup();
      el.lang = lang;
      const optional = lang === 'es' ? '(opcional)' : '(optional)';
      await until(() => visibleText(el).includes(optional), 15000, 'the strings');
      const names = await textboxNames();
      el.remove();
      if (!names) this.skip();
      const phone = lang === 'es' ? 'Teléfono' : 'Phone';
      const languages = lang === 'es' ? 'Idiomas que habla' : 'Languages you speak';
      expect(names).to.include.members([`${phone} ${optional}`, `${languages} ${optional}`]);
      expect(names!.filter((name) => name.includes(optional)).every((name) => name.includes(` ${optional}`)), names!.join(' | ')).to.equal(true);
    });
  }
});
