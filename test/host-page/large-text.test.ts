/**
 * The widgets at twice the text size on a phone (WCAG 1.4.4 resize text, 1.4.10 reflow): a reader's
 * root font size of 200 % on a 320 px page, left to right and right to left.
 */
import { expect } from '@open-wc/testing';
import { pastTheEdges, until } from '../helpers.js';
import { inside, openAllDetails, openHostPage, type HostPage } from './host-page.js';

const ALL = '<care-awareness-banner></care-awareness-banner><care-session-finder viewer-timezone="America/Chicago"></care-session-finder>'
  + '<care-referral-lookup quick-exit viewer-timezone="America/Chicago"></care-referral-lookup><care-volunteer-signup></care-volunteer-signup>';
const TAGS = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];
const LARGE = { width: 320, css: 'html { font-size: 200% }' };

async function withPage(body: string, check: (page: HostPage) => Promise<void>): Promise<void> {
  const page = await openHostPage(body, LARGE);
  try {
    await check(page);
  } finally {
    page.close();
  }
}

/** The number of lines a text node's words take, by the boxes of its lines. */
const lines = (el: Element) => {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
};

/** A control's name from its labels, as a screen reader reads it (without what is aria-hidden). */
const labelName = (input: HTMLInputElement) =>
  [...input.labels!].map((label) => {
    const copy = label.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent!.trim();
  }).join(' ');

describe('widgets at 200 % text on a 320 px page', () => {
  for (const lang of ['en', 'ar']) {
    it(`do not scroll sideways${lang === 'en' ? '' : ' in Arabic'}, with everything open`, () =>
      withPage(lang === 'en' ? ALL : ALL.replace(/<(care-[\w-]+)/g, `<$1 lang="${lang}"`), async ({ all, doc }) => {
        const widgets = TAGS.map((tag) => all(tag)[0]);
        if (lang !== 'en') await until(() => inside(widgets[3], 'legend')[0]?.textContent?.startsWith('Which roles') === false, 15000, 'the strings');
        for (const w of widgets) await openAllDetails(w);
        expect(widgets.flatMap((w) => pastTheEdges(w, '.visually-hidden, [part="quick-exit"]').map((p) => `${w.localName} ${p}`))).to.deep.equal([]);
        expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      }));
  }

  it('the banner gives its message and "Message 1 of 3" the whole width, its buttons wrapping below', () =>
    withPage('<care-awareness-banner></care-awareness-banner>', async ({ all }) => {
      const banner = all('care-awareness-banner')[0];
      const [message] = inside(banner, '[part="message"]');
      const [text] = inside(banner, '[part="text"]');
      const [position] = inside(banner, '[part="position"]');
      const inner = message.getBoundingClientRect().width - 40; // its padding and edge: 0.3em + 2 × 0.75em at 32 px is 58 px
      expect(text.getBoundingClientRect().width, 'the message').to.be.at.least(inner - 20);
      // "Listening helps more than advice." wraps between words: no line holds less than a word.
      const words = text.textContent!.trim().split(/\s+/);
      expect(lines(text.firstChild!.parentElement!), 'lines').to.be.at.most(words.length);
      expect(lines(position), '"Message 1 of 3" on one line').to.equal(1);
      for (const control of inside(banner, 'button')) {
        expect(control.getBoundingClientRect().top, control.getAttribute('aria-label')!).to.be.at.least(text.getBoundingClientRect().bottom - 1);
      }
    }));

  it('the signup lists a day a row, each box beside its part of the day, named as before', () =>
    withPage('<care-volunteer-signup></care-volunteer-signup>', async ({ all, win }) => {
      const signup = all('care-volunteer-signup')[0];
      const boxes = inside<HTMLInputElement>(signup, 'input[name="availability"]');
      expect(boxes.length).to.equal(21);
      expect(boxes.slice(0, 3).map(labelName)).to.deep.equal(['Monday, Morning', 'Monday, Afternoon', 'Monday, Evening']);
      expect(boxes[0].closest('fieldset')!.querySelector('legend')!.textContent).to.contain('When could you usually help?');
      // What a person sees beside the first box, and that Tuesday starts below the whole of Monday.
      const shown = boxes[0].labels![0].querySelector('[aria-hidden="true"]') as HTMLElement;
      expect(win.getComputedStyle(shown).display).not.to.equal('none');
      expect([shown.textContent, shown.getBoundingClientRect().width > 20]).to.deep.equal(['Morning', true]);
      expect(boxes[3].getBoundingClientRect().top).to.be.at.least(Math.max(...boxes.slice(0, 3).map((b) => b.getBoundingClientRect().bottom)));
      expect(pastTheEdges(signup)).to.deep.equal([]);
    }));

  it('the signup keeps its grid where it fits, at the usual text size', async () => {
    const page = await openHostPage('<care-volunteer-signup></care-volunteer-signup>', { width: 800 });
    try {
      const signup = page.all('care-volunteer-signup')[0];
      const boxes = inside<HTMLInputElement>(signup, 'input[name="availability"]');
      const tops = boxes.slice(0, 3).map((b) => Math.round(b.getBoundingClientRect().top));
      expect(new Set(tops).size, 'Monday on one row').to.equal(1);
      expect(page.win.getComputedStyle(boxes[0].labels![0].querySelector('[aria-hidden="true"]')!).display).to.equal('none');
    } finally {
      page.close();
    }
  });
});
