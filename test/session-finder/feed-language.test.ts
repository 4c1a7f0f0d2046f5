/**
 * Feed text shown in another language than the finder's is marked with its own (WCAG 3.1.2), and laid
 * out in its own direction: an English description in an Arabic finder keeps its full stop at its end.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

/** The finder's feed with every kind of feed text a session's details show, in English only. */
const feed = {
  ...finderFeed,
  places: finderFeed.places.map((p) => (p.id === 'mosque' ? { ...p, directions: 'Side door, up the ramp.' } : p)),
  sessions: finderFeed.sessions.map((s) => s.id === 'grief'
    ? { ...s, facilitator: 'A trained counsellor', online: { url: 'https://meet.example.org/grief', notes: 'Cameras are optional.' },
      registration: { required: true, url: 'https://example.org/register/grief', notes: 'Places are limited.' } }
    : s),
};

/** English feed text that shows in the finder: its every string of words, and the `en` of each Text map. */
const ENGLISH = [
  'Emergency: call 911', '988 Suicide & Crisis Lifeline', 'A calm circle to talk and listen.', 'Trained peer volunteers', 'A trained counsellor',
  'St Mark’s Church hall', 'Al-Noor Community Room', 'Haven House', 'Riverside Library', '12 Elm Street', '40 Oak Avenue',
  'Side door, up the ramp.', 'Cameras are optional.', 'Places are limited.', '$5 suggested',
];

/** Text nodes holding English feed text whose nearest lang is not English, with where they are. */
function unmarked(el: Element): string[] {
  const bad = new Set<string>();
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    const hit = ENGLISH.find((english) => text.includes(english));
    if (!hit || node.parentElement!.closest('style')) continue;
    const lang = node.parentElement!.closest('[lang]')?.getAttribute('lang');
    if (lang !== 'en') bad.add(`"${hit}" in <${node.parentElement!.localName}> has lang=${lang}`);
  }
  return [...bad];
}

async function openAll(lang: string) {
  const { el } = await mountLoaded(html`<care-session-finder lang=${lang} viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
  await until(() => el.shadowRoot!.querySelector(`[part="base"][lang="${lang}"]`) !== null && !/Today/.test(el.shadowRoot!.textContent!), 3000, 'the strings');
  shadowQueryAll<HTMLDetailsElement>(el, '[part="session"] details').forEach((d) => (d.open = true));
  await until(() => shadowQueryAll(el, '[part="details"]').length === shadowQueryAll(el, '[part="session"]').length, 3000, 'the details');
  return el;
}

/** Where a text's first letter and last character are drawn, left to right. */
function ends(el: Element, text: string): { first: number; last: number } {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && !node.textContent!.includes(text)) node = walker.nextNode();
  if (!node) throw new Error(`"${text}" is not shown`);
  const start = node.textContent!.indexOf(text);
  const left = (i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return { first: left(start), last: left(start + text.length - 1) };
}

describe('<care-session-finder> feed text in another language', () => {
  for (const lang of ['es', 'ar']) {
    it(`marks English feed text in a finder in ${lang}: the crisis line, a session's list row, details and the Place filter`, async () => {
      const el = await openAll(lang);
      expect(unmarked(el)).to.deep.equal([]);
      const options = shadowQueryAll<HTMLOptionElement>(el, 'option').filter((o) => o.textContent!.includes('Church hall'));
      expect(options.map((o) => [o.lang, o.dir])).to.deep.equal([['en', 'auto']]);
    });
  }

  it('lays out English feed text left to right in an Arabic finder, its full stop at its end', async () => {
    const el = await openAll('ar');
    for (const text of ['A calm circle to talk and listen.', 'Side door, up the ramp.', 'Cameras are optional.', 'Places are limited.', '988 Suicide & Crisis Lifeline', 'Emergency: call 911']) {
      const { first, last } = ends(el, text);
      expect(last, text).to.be.greaterThan(first);
    }
  });

  it('leaves a place named in the finder\'s language unmarked as another', async () => {
    const el = await openAll('es');
    const library = shadowQueryAll<HTMLOptionElement>(el, 'option').find((o) => o.textContent!.includes('Biblioteca'))!;
    expect(library.lang).to.equal('es');
    expect(shadowQueryAll(el, '[part="session"] .where').some((w) => w.textContent!.includes('Biblioteca de Riverside') && w.closest('[lang]')!.getAttribute('lang') !== 'en')).to.equal(true);
  });
});
