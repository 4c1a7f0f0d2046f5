/**
 * A name a screen reader hears that is made of feed text is spoken in the text's own language: it is
 * the visible text, marked with its language, that names (aria-labelledby), never a copy of it in an
 * aria-label, which takes the widget's language (an English title read with a Spanish voice).
 */
import { expect, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

/** The languages a screen reader speaks an element's text in: that of the nearest lang above each of its words. */
const spokenIn = (el: Element) => {
  const langs = new Set<string | null | undefined>();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) langs.add(walker.currentNode.parentElement!.closest('[lang]')?.getAttribute('lang'));
  return [...langs];
};

/** Opens every disclosure in the widget, as a person clicking each would, and waits for what they load. */
async function openAll(el: Element) {
  const all = shadowQueryAll<HTMLDetailsElement>(el, 'details:not([open])');
  const toggled = all.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
  for (const details of all) details.open = true;
  await Promise.all(toggled);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await until(() => !visibleText(el).includes('Cargando'), 3000, 'the opened parts');
}

/** Every text of several words in a feed: titles, names, messages, descriptions. */
const feedTexts = (value: unknown): string[] =>
  typeof value === 'string' ? (/\s/.test(value.trim()) ? [value] : [])
  : value && typeof value === 'object' ? Object.values(value).flatMap(feedTexts) : [];

describe('names made of feed text', () => {
  it('the finder names a session’s opened details by its title as shown, in the title’s language', async () => {
    const { el } = await mountLoaded(html`<care-session-finder lang="es" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    await openAll(el);
    const groups = shadowQueryAll(el, '[part="details"]');
    expect(groups.length).to.be.greaterThan(3);
    for (const group of groups) {
      const title = group.closest('details')!.querySelector('summary .title')!;
      const named = (group.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => el.shadowRoot!.getElementById(id));
      expect(named, title.textContent!).to.deep.equal([title]);
      expect(group.hasAttribute('aria-label')).to.equal(false);
    }
    // The feed has the sessions' titles in English only: named in English, on a Spanish page.
    const circle = groups.find((g) => g.closest('details')!.textContent!.includes('Tuesday peer circle'))!;
    expect(spokenIn(el.shadowRoot!.getElementById(circle.getAttribute('aria-labelledby')!)!)).to.deep.equal(['en']);
    await expect(el).to.be.accessible();
  });

  const widgets = [
    ['care-awareness-banner', feeds.rotating],
    ['care-session-finder', finderFeed],
    ['care-referral-lookup', referralFeeds.lookup],
    ['care-volunteer-signup', volunteerFeed()],
  ] as const;
  for (const [tag, feed] of widgets) {
    it(`<${tag}> puts no feed text in an aria-label`, async () => {
      const { el } = await mountLoaded(staticHtml`<${unsafeStatic(tag)} lang="es" viewer-timezone="America/Chicago" .now=${tag === 'care-referral-lookup' ? LOOKUP_NOW : FINDER_NOW} .feed=${feed}></${unsafeStatic(tag)}>`);
      await openAll(el);
      const texts = feedTexts(feed);
      const labels = shadowQueryAll(el, '[aria-label]').map((e) => e.getAttribute('aria-label')!);
      expect(labels.length, 'some names').to.be.greaterThan(0);
      expect(labels.filter((label) => texts.some((text) => label.includes(text)))).to.deep.equal([]);
    });
  }
});
