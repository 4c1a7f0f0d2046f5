import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import { filtersFromHash, filtersToHash, hashToWrite } from '../../src/session-finder/hash-state.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { generateFeed } from '../mocks/generate-feed.js';
import { LARGE_FEED } from '../../src/session-finder/view.js';
import { mountLoaded, shadowQueryAll, until, warningsDuring } from '../helpers.js';

describe('hash-state', () => {
  describe('the hash', () => {
    it('holds the menu filters and never the search words', () => {
      expect(filtersToHash({ day: 'tu', kind: 'peer-group', free: true, query: 'suicide' })).to.equal('#sessions:day=tu&kind=peer-group&free=true');
      expect(filtersToHash({ query: 'suicide' })).to.equal('');
    });

    it('reads no search words from a link, and keeps the ones typed on this page', () => {
      expect(filtersFromHash('#sessions:audience=women&q=suicide')).to.deep.equal({ audience: 'women' });
      expect(filtersFromHash('#sessions:day=we', { day: 'tu', query: 'grief' })).to.deep.equal({ day: 'we', query: 'grief' });
      expect(filtersFromHash('', { kind: 'workshop', query: 'grief' })).to.deep.equal({ query: 'grief' });
      expect(filtersFromHash('#contact', { query: 'grief' })).to.equal(undefined);
    });

    it('is written over a link of ours only as the finder last read or wrote it, not over one pasted since', () => {
      // Read or written as #sessions:day=tu; Wednesday chosen since.
      expect(hashToWrite({ day: 'we' }, '#sessions:day=tu', '#sessions:day=tu')).to.equal('#sessions:day=we');
      expect(hashToWrite({ day: 'tu' }, '#sessions:day=tu', '#sessions:day=tu')).to.equal(undefined);
      // A link pasted since, not yet read: not now (null), as its own hashchange applies it.
      expect(hashToWrite({ day: 'we' }, '#sessions:kind=workshop', '#sessions:day=tu')).to.equal(null);
      expect(hashToWrite({ day: 'we' }, '#sessions:day=we', '#sessions:day=tu')).to.equal(null);
      // Nothing read or written yet (a page opened without a link), or an address that is not ours: as ever.
      expect(hashToWrite({ day: 'we' }, '#sessions:kind=workshop')).to.equal('#sessions:day=we');
      expect(hashToWrite({ day: 'we' }, '', '#sessions:day=tu')).to.equal('#sessions:day=we');
      expect(hashToWrite({ day: 'we' }, '#top', '#sessions:day=tu')).to.equal(undefined);
    });
  });

  describe('on a page', () => {
    const mount = () => mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const searchBox = (el: Element) => shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
    const daySelect = (el: Element) =>
      shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')!.querySelector('select')!;

    beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('keeps typed search words out of the address bar and the history, from the keyboard', async () => {
      const { el } = await mount();
      const entries = history.length;
      searchBox(el).focus();
      await sendKeys({ type: 'suicide' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('suicide');
      expect(location.href).not.to.contain('suicide');
      expect(history.length).to.equal(entries);
      await expect(el).to.be.accessible();
    });

    it('writes the other filters without the search words, and keeps the words through Back', async () => {
      const { el } = await mount();
      searchBox(el).focus();
      await sendKeys({ type: 'circle' });
      const day = daySelect(el);
      day.value = 'we';
      day.dispatchEvent(new Event('change'));
      // The hash's code is fetched when first needed.
      await until(() => location.hash === '#sessions:day=we', 3000, 'the hash');
      history.back();
      await until(() => location.hash === '', 2000, 'Back');
      await until(() => daySelect(el).value === '', 2000, 'the day filter to clear');
      expect(searchBox(el).value).to.equal('circle');
    });

    it('starts from a shared link\'s filters, but not from search words in it', async () => {
      history.replaceState(null, '', '#sessions:audience=women&q=suicide');
      const { el } = await mount();
      // The list waits for the link's filters.
      await until(() => !!searchBox(el), 3000, 'the list');
      expect(searchBox(el).value).to.equal('');
      // One-to-one listening is for everyone, women too.
      expect([...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))]).to.deep.equal(['Women’s circle', 'One-to-one listening']);
    });

    it('leaves out what a link names that the feed does not have, quietly, and applies the rest', async () => {
      const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))];
      const select = (el: Element, label: string) =>
        shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === label)!.querySelector('select')!;
      // No session is on a Friday, nor of that kind; a link from before the feed changed, or typed by hand.
      history.replaceState(null, '', '#sessions:day=fr&kind=astrology&audience=women');
      let el!: CareSessionFinder;
      const warnings = await warningsDuring(async () => {
        ({ el } = await mount());
        await until(() => titles(el).length > 0, 3000, 'the list');
      });
      expect(warnings).to.deep.equal([]);
      expect(titles(el)).to.deep.equal(['Women’s circle', 'One-to-one listening']);
      expect([daySelect(el).value, select(el, 'Kind of session').value, select(el, 'Who it is for').value]).to.deep.equal(['', '', 'women']);
      expect([...select(el, 'Kind of session').options].map((o) => o.value)).not.to.include('astrology');
      expect(shadowQueryAll(el, 'summary.button')[0].textContent!.trim()).to.equal('Filters (1)');
      await expect(el).to.be.accessible();
      // A link pasted on the open page; a language tag with a region finds the language.
      location.hash = '#sessions:language=es-MX&mode=teleport';
      await until(() => titles(el).join() === 'Youth sharing circle', 3000, 'the pasted link');
      expect(select(el, 'In person or online').value).to.equal('');
    });

    it('leaves out what a link sets for a filter the page fixes, which nobody could see or clear', async () => {
      history.replaceState(null, '', '#sessions:audience=adults&day=we');
      const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state audience="youth" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      await until(() => location.hash === '#sessions:day=we', 3000, 'the address to lose the preset filter');
      expect([...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))]).to.deep.equal(['Youth sharing circle']);
      // The day is the only filter of the person's: counted, and cleared by "Clear filters".
      expect(shadowQueryAll(el, 'summary.button')[0].textContent!.trim()).to.equal('Filters (1)');
    });

    it('leaves out "free only" from a link where no session is free, or where it is not written as true, and applies the rest', async () => {
      const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))];
      const freeBox = (el: Element) => shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0];
      const nothingFree = { ...finderFeed, sessions: finderFeed.sessions.map((session) => ({ ...session, cost: '$5' })) };
      history.replaceState(null, '', '#sessions:free=true&audience=women');
      const entries = history.length;
      const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${nothingFree}></care-session-finder>`);
      await until(() => titles(el).length > 0, 3000, 'the list');
      expect(titles(el)).to.deep.equal(['Women’s circle', 'One-to-one listening']);
      expect(freeBox(el).checked).to.equal(false);
      expect(shadowQueryAll(el, 'summary.button')[0].textContent!.trim()).to.equal('Filters (1)');
      await expect(el).to.be.accessible();
      // Only free sessions there are: with the page's preset, the caregivers' workshop and one-to-one listening (for
      // everyone) are the only ones, and here both cost $5.
      el.remove();
      history.replaceState(null, '', '#sessions:free=true');
      const paidListening = { ...finderFeed, sessions: finderFeed.sessions.map((session) => (session.id === 'appointment' ? { ...session, cost: '$5' } : session)) };
      const { el: preset } = await mountLoaded<CareSessionFinder>(html`<care-session-finder hash-state audience="caregivers" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${paidListening}></care-session-finder>`);
      await until(() => titles(preset).length > 0, 3000, 'the list with a preset');
      expect(titles(preset)).to.deep.equal(['Caregivers online', 'One-to-one listening']);
      expect(freeBox(preset).checked).to.equal(false);
      preset.remove();
      // Where sessions are free, "free only" is read from `true` alone.
      for (const value of ['yes', '1', 'TRUE', 'x']) {
        history.replaceState(null, '', `#sessions:free=${value}&audience=caregivers`);
        const { el: other } = await mount();
        await until(() => titles(other).length > 0, 3000, `the list for free=${value}`);
        expect(titles(other), value).to.deep.equal(['Caregivers online', 'One-to-one listening']);
        expect(freeBox(other).checked, value).to.equal(false);
        other.remove();
      }
      expect(history.length).to.equal(entries);
    });

    it('writes back to the address what it applied of a link, in place of the link, so that what was left out is not shared on', async () => {
      // The page's own state in the entry (a router's) tells this entry from a new one, wherever history.length stops growing.
      history.replaceState({ page: 'link' }, '', '#sessions:day=fr&kind=astrology&audience=women&free=yes&q=suicide');
      const { el } = await mount();
      await until(() => location.hash === '#sessions:audience=women', 3000, 'the address to lose what was left out');
      // The same entry, replaced (a new one would hold no state); its count is no proof once the browser keeps 50.
      expect(history.state).to.deep.equal({ page: 'link' });
      // A link whose every filter applies stays as it was.
      history.replaceState(null, '', '#sessions:free=true');
      el.remove();
      const { el: free } = await mount();
      await until(() => shadowQueryAll(free, '[part="session"]').length > 0, 3000, 'the list');
      expect(location.hash).to.equal('#sessions:free=true');
      expect(shadowQueryAll<HTMLInputElement>(free, 'input[type="checkbox"]')[0].checked).to.equal(true);
      free.remove();
      // A link pasted on the open page, which names nothing the feed has: the address loses the filters.
      const { el: open } = await mount();
      location.hash = '#sessions:mode=teleport';
      history.replaceState({ page: 'pasted' }, '');
      await until(() => location.hash === '', 3000, 'the pasted link to go');
      expect(location.href).not.to.contain('#');
      expect(history.state).to.deep.equal({ page: 'pasted' });
      await expect(open).to.be.accessible();
    });

    // A single-page app's <base href="/">, and a page whose base is its scripts' server: a bare '#…' resolves against the base.
    for (const base of ['/', 'https://static.example/assets/']) {
      it(`writes the filters to this page's own address under <base href="${base}">, and clears them there too`, async () => {
        const page = location.pathname + location.search;
        const tag = Object.assign(document.createElement('base'), { href: base });
        document.head.prepend(tag);
        const errors: unknown[] = [];
        const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
        addEventListener('unhandledrejection', onRejection);
        try {
          const { el } = await mount();
          const day = daySelect(el);
          day.value = 'we';
          day.dispatchEvent(new Event('change'));
          await until(() => location.hash === '#sessions:day=we' || errors.length > 0, 3000, 'the hash');
          expect(errors).to.deep.equal([]);
          expect(location.pathname + location.search).to.equal(page);
          shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Clear filters')!.click();
          await until(() => location.hash === '' || errors.length > 0, 3000, 'the hash to go');
          expect(errors).to.deep.equal([]);
          expect(location.pathname + location.search).to.equal(page);
        } finally {
          tag.remove();
          removeEventListener('unhandledrejection', onRejection);
        }
      });
    }

    it('keeps a large feed waiting for a link\'s filters to be checked, never saying that nothing matches', async () => {
      const feed = generateFeed({ sessions: LARGE_FEED * 2, seed: 2, now: FINDER_NOW });
      const kind = feed.sessions[0].kind;
      history.replaceState(null, '', `#sessions:kind=${kind}&audience=martians`);
      const saidEmpty: string[] = [];
      const el = document.createElement('care-session-finder') as CareSessionFinder;
      const watch = new MutationObserver(() => el.shadowRoot?.querySelector('[part="empty"]') && saidEmpty.push(el.shadowRoot.querySelector('[part="empty"]')!.textContent!));
      el.setAttribute('hash-state', '');
      el.setAttribute('viewer-timezone', 'America/Chicago');
      el.now = FINDER_NOW;
      document.body.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      try {
        // The link is read first (its code on demand), then the feed comes: a first screen of the next day, then the whole window.
        await new Promise((resolve) => setTimeout(resolve, 500));
        el.feed = feed;
        await until(() => shadowQueryAll(el, '[part="session"]').length > 0, 5000, 'the list');
        expect(saidEmpty).to.deep.equal([]);
        const kinds = new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent));
        expect(kinds.size).to.be.above(0);
        expect(shadowQueryAll(el, 'summary.button')[0].textContent!.trim()).to.equal('Filters (1)');
      } finally {
        watch.disconnect();
        el.remove();
      }
    });
  });
});
