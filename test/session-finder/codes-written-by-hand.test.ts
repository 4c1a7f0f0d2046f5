/**
 * The finder with a feed whose codes are typed by hand: the same audience or kind in another case, or
 * with a space around it, is one choice, named once, finding every session that has it.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { mountLoaded, shadowQueryAll, until, warningsDuring } from '../helpers.js';

const NOW = new Date('2026-11-23T15:15:00Z'); // Monday 09:15 in Chicago

const weekly = (day: string, time: string) => ({ start_date: '2026-09-01', time, duration: 60, repeat: 'weekly', days: [day] });
const feed = {
  version: 1,
  organization: { name: 'St Anne’s Parish', timezone: 'America/Chicago', language: 'en' },
  places: [{ id: 'hall', name: 'Parish hall', address: '1 Church Lane' }],
  sessions: [
    { id: 'a', title: 'Monday youth club', kind: 'Peer-Group', audiences: ['Youth'], languages: ['en'], place: 'hall', schedule: weekly('mo', '18:00') },
    { id: 'b', title: 'Tuesday youth club', kind: 'peer-group', audiences: ['youth'], languages: ['EN'], place: 'hall', schedule: weekly('tu', '18:00') },
    { id: 'c', title: 'Wednesday youth club', kind: ' peer-group ', audiences: [' YOUTH '], languages: ['en'], place: 'hall', schedule: weekly('we', '18:00') },
    { id: 'd', title: 'Farm families', kind: 'Workshop', audiences: ['Farmers', 'FARMERS'], languages: ['en'], place: 'hall', schedule: weekly('th', '10:00') },
    { id: 'e', title: 'Growers’ talk', kind: 'workshop', audiences: ['farmers'], languages: ['es'], place: 'hall', schedule: weekly('fr', '10:00') },
    { id: 'f', title: 'Parents’ evening', kind: 'talk', audiences: ['parents'], languages: ['en'], place: 'hall', schedule: weekly('fr', '19:00') },
  ],
  labels: { audiences: { farmers: 'Farming families' }, kinds: { Workshop: 'Hands-on workshop' } },
};

const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))].sort();
const select = (el: Element, label: string) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === label)?.querySelector('select');
const options = (el: Element, label: string) =>
  [...select(el, label)!.options].slice(1).map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const choose = (el: Element, label: string, name: RegExp) => {
  const menu = select(el, label)!;
  menu.value = [...menu.options].find((o) => name.test(o.textContent!.trim()))!.value;
  menu.dispatchEvent(new Event('change'));
};

describe('<care-session-finder> with codes typed by hand', () => {
  const mount = (attributes = '') => mountLoaded<CareSessionFinder>(attributes === 'youth'
    ? html`<care-session-finder audience="YOUTH" kind="PEER-GROUP" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`
    : html`<care-session-finder ?hash-state=${attributes === 'hash'} viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`);

  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('offers an audience or a kind in any case, or with spaces around it, once, named once', async () => {
    const { el } = await mount();
    expect(options(el, 'Who it is for')).to.deep.equal(['Farming families (2)', 'Parents (1)', 'Young people (3)']);
    expect(options(el, 'Kind of session')).to.deep.equal(['Hands-on workshop (2)', 'Peer group (3)', 'Talk (1)']);
    expect(options(el, 'Language')).to.deep.equal(['English (5)', 'Spanish (1)']);
    await expect(el).to.be.accessible();
  });

  it('names a code neither the feed nor the finder names as the feed first wrote it', async () => {
    const spelt = { ...feed, sessions: [
      ...feed.sessions,
      { id: 'g', title: 'Pride walk', kind: 'social', audiences: ['LGBTQIA+'], place: 'hall', schedule: weekly('sa', '11:00') },
      { id: 'h', title: 'Pride picnic', kind: 'social', audiences: [' lgbtqia+'], place: 'hall', schedule: weekly('su', '12:00') },
    ] };
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .now=${NOW} .feed=${spelt}></care-session-finder>`);
    expect(options(el, 'Who it is for')).to.deep.equal(['Farming families (2)', 'LGBTQIA+ (2)', 'Parents (1)', 'Young people (3)']);
  });

  it('finds every session with the code chosen, whatever its case, and says the one code in its event', async () => {
    const { el } = await mount();
    const told: unknown[] = [];
    el.addEventListener('care-filter-change', (e) => told.push((e as CustomEvent).detail.filters));
    choose(el, 'Who it is for', /^Young people/);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Monday youth club', 'Tuesday youth club', 'Wednesday youth club']);
    choose(el, 'Who it is for', /^Farming families/);
    choose(el, 'Kind of session', /^Hands-on workshop/);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Farm families', 'Growers’ talk']);
    expect(told).to.deep.equal([{ audience: 'youth' }, { audience: 'farmers' }, { audience: 'farmers', kind: 'workshop' }]);
    // The kinds the farmers' sessions have: one choice, counted once per session.
    expect(options(el, 'Kind of session')).to.deep.equal(['Hands-on workshop (2)', 'Peer group (0)', 'Talk (0)']);
  });

  it('matches a page\'s preset in any case, with no warning', async () => {
    let el!: CareSessionFinder;
    const warnings = await warningsDuring(async () => {
      ({ el } = await mount('youth'));
    });
    expect(warnings).to.deep.equal([]);
    expect(titles(el)).to.deep.equal(['Monday youth club', 'Tuesday youth club', 'Wednesday youth club']);
    expect(select(el, 'Who it is for')).to.equal(undefined);
    expect(select(el, 'Kind of session')).to.equal(undefined);
  });

  it('writes the one code to the address, and reads a link\'s code in any case as that choice', async () => {
    const { el } = await mount('hash');
    choose(el, 'Who it is for', /^Young people/);
    await until(() => location.hash === '#sessions:audience=youth', 15000, 'the hash');
    el.remove();
    history.replaceState(null, '', '#sessions:audience=Farmers&kind=%20WORKSHOP');
    const { el: linked } = await mount('hash');
    await until(() => titles(linked).length > 0, 15000, 'the list');
    expect(titles(linked)).to.deep.equal(['Farm families', 'Growers’ talk']);
    expect(select(linked, 'Who it is for')!.value).to.equal('farmers');
    expect(options(linked, 'Who it is for')).to.deep.equal(['Farming families (2)', 'Parents (0)', 'Young people (0)']);
    expect(select(linked, 'Kind of session')!.value).to.equal('workshop');
    await until(() => location.hash === '#sessions:kind=workshop&audience=farmers', 15000, 'the address to say the codes as the finder does');
    // A weekday typed in capitals, pasted on the open page.
    location.hash = '#sessions:day=TH&audience=farmers';
    await until(() => titles(linked).join() === 'Farm families', 15000, 'the pasted link');
    expect(select(linked, 'Day')!.value).to.equal('th');
    await expect(linked).to.be.accessible();
  });
});
