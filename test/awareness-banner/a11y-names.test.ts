/** The banner as a screen reader reads it: each dismiss button described by its whole message, its link's words apart. */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds, messages } from '../mocks/feeds.js';
import { startWorker } from '../mocks/browser.js';
import { accessibleTexts, mountLoaded, until, visibleText } from '../helpers.js';

/** What the page's buttons are described by, as the browser tells a screen reader (Chromium's driver alone can say it). */
const buttonDescriptions = () => accessibleTexts('button', (node) => node.description || undefined);

describe('<care-awareness-banner> read aloud', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  for (const lang of ['en', 'es']) {
    it(`describes each dismiss button by its message with a space before the link's words, lang="${lang}"`, async function () {
      const urgent = { ...messages.urgent, link: { url: '/winter' } };
      const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner lang=${lang} .feed=${{ ...feeds.rotating, messages: [urgent, messages.talk] }}></care-awareness-banner>`);
      const more = lang === 'es' ? 'Más información' : 'Learn more';
      await until(() => visibleText(el).includes(more), 15000, 'the strings');
      const described = await buttonDescriptions();
      el.remove();
      if (!described) this.skip();
      expect(described).to.include.members([
        `Our helpline is open through the holidays: call 555-0142. ${more}`,
        'It is okay to talk about how you feel. Find a peer circle',
      ]);
    });
  }
});
