/**
 * A session's time on its row: the viewer's own beside it whenever their clock reads differently at its
 * start or at its end, and a range that fits a phone, wrapping between its two times, never inside one.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { FINDER_NOW } from '../mocks/session-feeds.js';
import { finderFeedWith } from './fixtures.js';
import { mountLoaded, pastTheEdges, shadowQueryAll, until } from '../helpers.js';

const online = (id: string, title: string, schedule: object) =>
  ({ id, title, kind: 'other', online: { url: `https://meet.example.org/${id}` }, schedule: { start_date: '2026-01-01', repeat: 'weekly', days: ['tu'], ...schedule } });
const whenOf = (el: Element, title: string) => shadowQueryAll(el, '[part="session"]').find((row) => row.querySelector('.title')!.textContent === title)!.querySelector('.when')!;
/** Engines differ on which space goes before AM/PM; the spaces in a time do not break (format.ts). */
const spaced = (text: string | null) => text!.replace(/\s/g, ' ');

/** The text of each line an element's text falls on, in reading order, whitespace folded. */
function linesOf(el: Element): string[] {
  const lines = new Map<number, string>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (!box) continue;
      // A space where a line breaks sits at the end of the line before.
      const top = [...lines.keys()].find((t) => Math.abs(t - box.top) < box.height / 2) ?? box.top;
      lines.set(top, (lines.get(top) ?? '') + node.textContent![i]);
    }
  }
  return [...lines.values()].map((line) => line.replace(/\s+/g, ' ').trim());
}

describe('<care-session-finder> times', () => {
  it('shows a viewer their own time when their clock agrees at the start but not at the end', async () => {
    // Saturday 13 March 2027, 23:00 to 03:00 in Denver, which springs forward at 02:00; Phoenix does not,
    // so the session ends at 02:00 there.
    const late = online('late', 'Late online circle', { start_date: '2027-01-02', time: '23:00', end_time: '03:00', days: ['sa'], timezone: 'America/Denver' });
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Phoenix" days-ahead="2"
      .now=${new Date('2027-03-13T12:00:00Z')} .feed=${finderFeedWith(late)}></care-session-finder>`);
    expect(spaced(whenOf(el, 'Late online circle').textContent)).to.equal('11:00 PM MST – 3:00 AM MDT · 11:00 PM – 2:00 AM your time');
    // A week later the clocks differ at both ends, and Denver's zone is named once.
    el.now = new Date('2027-03-20T12:00:00Z');
    await el.updateComplete;
    expect(spaced(whenOf(el, 'Late online circle').textContent)).to.equal('11:00 PM – 3:00 AM MDT · 10:00 PM – 2:00 AM your time');
    await expect(el).to.be.accessible();
  });

  // Kathmandu is UTC+5:45, with no short name in English or Arabic ("GMT+5:45"): the longest times there are.
  const kathmandu = { timezone: 'Asia/Kathmandu', time: '22:00', end_time: '01:00' };
  const cases = [
    ['past midnight in Kathmandu, seen from Chicago', 'America/Chicago', online('k', 'Evening circle', kathmandu)],
    ['an evening in Kathmandu, seen from Chicago', 'America/Chicago', online('k', 'Evening circle', { ...kathmandu, time: '18:00', end_time: '19:30' })],
    ['a whole day in Kathmandu, seen from Chicago', 'America/Chicago', online('k', 'Evening circle', { timezone: 'Asia/Kathmandu', time: '10:00', duration: 1440 })],
    ['past midnight in Chicago, seen from Kolkata', 'Asia/Kolkata', online('k', 'Evening circle', { time: '22:00', end_time: '01:00' })],
  ] as const;
  for (const width of [280, 320]) {
    for (const lang of ['en', 'ar']) {
      for (const [what, viewer, session] of cases) {
        it(`fits ${width} px in ${lang}: ${what}`, async () => {
          const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang=${lang} style="width: ${width}px" viewer-timezone=${viewer}
            .now=${FINDER_NOW} .feed=${finderFeedWith(session)}></care-session-finder>`);
          await until(() => shadowQueryAll(el, '[part="session"] .title').some((t) => t.textContent === 'Evening circle'), 3000, 'the list');
          await until(() => lang === 'en' || shadowQueryAll(el, '[part="day-heading"]')[0].textContent !== 'Today', 3000, 'the strings');
          expect(shadowQueryAll(el, '[part="base"]')[0].scrollWidth).to.be.at.most(width);
          expect(pastTheEdges(el)).to.deep.equal([]);
          el.remove();
        });
      }
    }
  }

  it('wraps a time too wide for its line between its two times, never inside one', async () => {
    // Large text (20 px) at 280 px: "10:00 PM – 1:00 AM GMT+5:45" is wider than a row.
    for (const lang of ['en', 'ar']) {
      const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang=${lang} style="width: 280px; font-size: 20px" viewer-timezone="America/Chicago"
        .now=${FINDER_NOW} .feed=${finderFeedWith(online('k', 'Evening circle', kathmandu))}></care-session-finder>`);
      await until(() => lang === 'en' || shadowQueryAll(el, '[part="day-heading"]')[0].textContent !== 'Today', 3000, 'the strings');
      const [own, viewers] = whenOf(el, 'Evening circle').querySelectorAll(':scope > span');
      const lines = linesOf(own);
      expect(lines, lang).to.have.length(2);
      // The first line ends with the separator: the start whole on it, the end and the zone whole on the next.
      // (WebKit writes Arabic digits in Arabic, the others Latin ones.)
      expect(lines[0], lang).to.match(/^(10|١٠):(00|٠٠) (PM|م) –$/);
      expect(lines[1], lang).to.match(/^(1|١):(00|٠٠) (AM|ص) (GMT|غرينتش)\+(5|٥):(45|٤٥)$/);
      // The viewer's time starts a line of its own.
      expect(viewers.getBoundingClientRect().top, lang).to.be.greaterThan(own.getBoundingClientRect().bottom - 1);
      expect(pastTheEdges(el), lang).to.deep.equal([]);
      el.remove();
    }
  });
});
