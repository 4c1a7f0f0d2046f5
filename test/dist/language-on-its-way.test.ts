/**
 * The built files on a Spanish page whose widgets' Spanish words arrive late, after their code (3 s: a busy
 * machine's engine may take a second to run the code, and the loading state is to be seen first): every widget
 * shows its loading state, with no words in it and at its size, until its Spanish words are here, then itself
 * in Spanish; never English words in between.
 * Needs `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { loadFrame } from './frame.js';

interface Seen {
  tag: string;
  said: string;
  busy: boolean;
  height: number;
}

const SPANISH: Record<string, string> = {
  'care-awareness-banner': 'Mensaje siguiente',
  'care-session-finder': 'Buscar sesiones',
  'care-referral-lookup': 'Buscar servicios',
  'care-volunteer-signup': 'Su nombre',
};
/** The widgets' English words (the feeds' own text on this page is Spanish or a name). */
const ENGLISH = /Loading|Try again|Need help now|Search sessions|Filters|Print this list|in the next|Previous message|Next message|Pause messages|Search services|More filters|Which roles|Your name|Send|Clear the form/;

describe('a Spanish page on a slow connection', () => {
  it('shows no widget in English while its Spanish words are on their way', async () => {
    const { frame, win } = await loadFrame<Window & { words: Seen[] }>('/test/dist/pages/spanish-slow.html', 800);
    const tags = Object.keys(SPANISH);
    await until(() => tags.every((tag) => win.words.some((w) => w.tag === tag && w.said.includes(SPANISH[tag]))), 15_000, 'every widget in Spanish');
    const words = win.words;
    frame.remove();
    const loadingStates = tags.map((tag) => {
      const seen = words.filter((w) => w.tag === tag);
      expect(seen.filter((w) => ENGLISH.test(w.said)).map((w) => w.said), `${tag} in English`).to.deep.equal([]);
      // Before its words: the loading state, blank, busy, and as tall as it is with them. (Once its words are
      // here, its loading state may say so in Spanish, the feed still on its way.)
      const before = seen.slice(0, seen.findIndex((w) => w.said !== ''));
      expect(before.map((w) => [w.said, w.busy, w.height]), tag).to.deep.equal(before.map(() => ['', true, before[0].height]));
      if (before.length) expect(before[0].height, tag).to.be.greaterThan(0);
      return before.length;
    });
    // A busy engine may first run a widget's code once its words are here: the page watches each from its first
    // frame, and most show their loading state first.
    expect(loadingStates.filter(Boolean).length, 'widgets that showed their loading state first').to.be.at.least(2);
  });
});
