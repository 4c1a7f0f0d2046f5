import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { finderFeedWith } from './fixtures.js';
import { contextOf, deepActiveElement, mountLoaded, pastTheEdges, shadowQueryAll, until, visibleText, wait, warningsDuring } from '../helpers.js';

const ZONE = 'America/Chicago';

async function mountFinder(template = html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`) {
  const { el, event } = await mountLoaded<CareSessionFinder>(template);
  return { el, event };
}

const titles = (el: Element) => shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim());
const days = (el: Element) => shadowQueryAll(el, '[part="day-heading"]').map((h) => h.textContent!.trim());
const select = (el: Element, label: string) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === label)?.querySelector('select') ?? undefined;
/** Opens every session's details, as a person clicking each would, and waits for them to render. */
async function openAll(el: CareSessionFinder) {
  const all = shadowQueryAll<HTMLDetailsElement>(el, '.session details:not([open])');
  const toggled = all.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
  for (const d of all) d.open = true;
  await Promise.all(toggled);
  // The details have a module of their own, which may still be on its way.
  await until(() => all.every((d) => d.querySelector('[part="details"]')), 2000, 'the details');
  await el.updateComplete;
}

const summary = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0].textContent!.trim();

async function choose(el: CareSessionFinder, label: string, value: string) {
  const control = select(el, label)!;
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function search(el: CareSessionFinder, text: string) {
  const input = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('<care-session-finder>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('the list', () => {
    it('groups the coming sessions by day, starting with what is happening now, and passes axe', async () => {
      const { el } = await mountFinder();
      expect(days(el).slice(0, 4)).to.deep.equal(['Today', 'Tomorrow', 'Wednesday, November 25', 'Thursday, November 26']);
      expect(titles(el).slice(0, 4)).to.deep.equal(['Grief and loss group', 'Tuesday peer circle', 'Youth sharing circle', 'Women’s circle']);
      const first = shadowQueryAll(el, '[part="session"]')[0];
      expect(first.textContent).to.contain('Happening now');
      expect(shadowQueryAll(el, '[part="session"]')[1].textContent).to.contain('Next');
      expect(summary(el)).to.equal('6 sessions in the next 8 weeks');
      await expect(el).to.be.accessible();
    });

    it('lists a session\'s extra dates after its end_date and before its start_date, and tells the feed\'s keeper of no problem', async () => {
      // FINDER_NOW is Monday 23 November 2026: a weekly series over on 10 November, with a reunion on 1 December; one
      // starting in January, with a taster on 3 December.
      const over = { id: 'over', title: 'Autumn series', kind: 'workshop', place: 'hall',
        schedule: { start_date: '2026-09-01', end_date: '2026-11-10', time: '19:00', repeat: 'weekly', days: ['tu'], add: ['2026-12-01'] } };
      const later = { id: 'later', title: 'Winter series', kind: 'workshop', place: 'hall',
        schedule: { start_date: '2027-01-07', time: '19:00', repeat: 'weekly', days: ['th'], add: ['2026-12-03'] } };
      const problems: unknown[] = [];
      document.addEventListener('care-feed-load', (e) => problems.push(...(e as CustomEvent<{ problems: unknown[] }>).detail.problems), { once: true });
      const { el } = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeedWith(over, later)}></care-session-finder>`);
      const titles = (day: string) => shadowQueryAll(el, '[part="day"]').find((d) => d.querySelector('[part="day-heading"]')!.textContent === day)
        ?.querySelectorAll('.title') ?? [];
      expect([...titles('Tuesday, December 1')].map((t) => t.textContent)).to.include('Autumn series');
      expect([...titles('Thursday, December 3')].map((t) => t.textContent)).to.include('Winter series');
      expect(shadowQueryAll(el, '.title').filter((t) => t.textContent === 'Autumn series')).to.have.length(1);
      expect(problems).to.deep.equal([]);
    });

    it('lists a session still on from before midnight under "Today", with the times it started and ends, in any viewer zone', async () => {
      // Sunday 22:00 to Monday 01:00 in Chicago (23:00 to 02:00 in New York), seen at 00:30 on Monday in Chicago.
      const late = { id: 'late', title: 'Night owls', kind: 'social', online: { url: 'https://meet.example.org/owls' },
        schedule: { start_date: '2026-01-04', time: '22:00', end_time: '01:00', repeat: 'weekly', days: ['su'] } };
      const now = new Date('2026-11-23T06:30:00Z');
      const cases = [
        [ZONE, /^10:00\sPM – 1:00\sAM$/],
        // Past midnight the zone is named once, after the end.
        ['America/New_York', /^10:00\sPM – 1:00\sAM\sCST · 11:00\sPM – 2:00\sAM your time$/],
      ] as const;
      for (const [zone, time] of cases) {
        const { el } = await mountFinder(html`<care-session-finder viewer-timezone=${zone} .now=${now} .feed=${finderFeedWith(late)}></care-session-finder>`);
        expect(days(el).slice(0, 3), zone).to.deep.equal(['Today', 'Tomorrow', 'Wednesday, November 25']);
        const [owls, grief] = shadowQueryAll(el, '[part="session"]');
        expect(owls.querySelector('.title')!.textContent).to.equal('Night owls');
        expect(owls.querySelector('.when')!.textContent, zone).to.match(time);
        expect(owls.querySelector('[part="badge"]')!.textContent).to.equal('Happening now');
        expect(grief.querySelector('.title')!.textContent).to.equal('Grief and loss group');
        expect(grief.querySelector('[part="badge"]')!.textContent).to.equal('Next');
        expect(summary(el)).to.equal('7 sessions in the next 8 weeks');
        await expect(el).to.be.accessible();
        // The day filter goes by the day it is listed under.
        await choose(el, 'Day', 'mo');
        expect(titles(el).slice(0, 2)).to.deep.equal(['Night owls', 'Grief and loss group']);
      }
    });

    it('says in a session\'s details the date it is on, with its time, as they are read apart from the day\'s heading', async () => {
      const { el } = await mountFinder();
      await openAll(el);
      const circle = shadowQueryAll(el, '[part="session"]').find((s) => s.textContent!.includes('Tuesday peer circle'))!;
      const when = [...circle.querySelectorAll('[part="details"] dt')].find((dt) => dt.textContent === 'When')!.nextElementSibling!;
      // The time as the row shows it ("6:30 – 8:00 PM", as each engine's ICU joins the two).
      const row = circle.querySelector('.when')!.textContent!.trim();
      expect(when.textContent).to.equal(`Tuesday, November 24 · ${row}`);
      expect(row).to.match(/^6:30.*8:00\sPM$/);
    });

    it('lists paused sessions only when asked', async () => {
      const { el } = await mountFinder();
      expect(titles(el)).not.to.include('Paused walking group');
      const shown = await mountFinder(html`<care-session-finder show-inactive viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      expect(titles(shown.el)).to.include('Paused walking group');
      expect(visibleText(shown.el)).to.contain('Paused');
    });

    it('drops an occurrence once it has ended', async () => {
      const { el } = await mountFinder();
      el.now = new Date('2026-11-23T16:31:00Z'); // 10:31 in Chicago: the grief group ended at 10:30
      await el.updateComplete;
      expect(days(el)[0]).to.equal('Tomorrow');
      expect(titles(el)[0]).to.equal('Tuesday peer circle');
    });

    it('lists as far ahead as days-ahead says, and falls back to 8 weeks on a value it cannot use', async () => {
      const { el } = await mountFinder(html`<care-session-finder days-ahead="2" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      expect(days(el)).to.deep.equal(['Today', 'Tomorrow', 'By appointment']);
      expect(summary(el)).to.equal('3 sessions in the next 2 days');
      el.setAttribute('days-ahead', 'soon');
      await el.updateComplete;
      expect(summary(el)).to.equal('6 sessions in the next 8 weeks');
    });

    it('lists by-appointment sessions apart, with no time, and says so when one is opened', async () => {
      const { el } = await mountFinder();
      expect(days(el)).to.include('By appointment');
      expect(visibleText(el)).to.contain('One-to-one listening');
      await openAll(el);
      const listening = shadowQueryAll(el, '.appointments [part="session"]')[0];
      expect(listening.querySelector('[part="details"] dd')!.textContent).to.equal('No fixed time: contact us to arrange one.');
      await expect(el).to.be.accessible();
    });

    it('shows a crisis strip with the emergency number when the feed has urgent referrals', async () => {
      const { el } = await mountFinder();
      const strip = shadowQueryAll(el, '[part="crisis"]')[0];
      expect(strip.textContent).to.contain('Need help now?');
      const links = [...strip.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:911', 'tel:988']);
    });

    it('offers every urgent referral in the crisis strip, each by the first way to reach it, a line reached only by text or chat too', async () => {
      const feed = structuredClone(finderFeed) as unknown as { referrals: Record<string, unknown>[] };
      feed.referrals.push(
        { id: 'text-line', name: 'Crisis Text Line', kind: 'crisis-line', urgent: true, sms: 'Text HOME to 741741' },
        { id: 'chat-line', name: 'Night chat', kind: 'helpline', urgent: true, chat_url: 'https://chat.example.org/' },
        { id: 'no-way', name: 'Walk-in crisis café', kind: 'service', urgent: true },
      );
      const { el } = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
      const strip = shadowQueryAll(el, '[part="crisis"]')[0];
      expect([...strip.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.replace(/\s+/g, ' ').trim()])).to.deep.equal([
        ['tel:911', 'Emergency: call 911'], ['tel:988', '988 Suicide & Crisis Lifeline'], ['sms:741741?body=HOME', 'Crisis Text Line Text HOME to 741741'],
        ['https://chat.example.org/', 'Night chat'],
      ]);
      // One with no way to reach it is still named.
      expect(strip.textContent).to.contain('Walk-in crisis café');
      await expect(el).to.be.accessible();
    });

    it('shows the emergency number beside the feed\'s own label for it, which need not say it', async () => {
      const feed = structuredClone(finderFeed) as { organization: Record<string, unknown> };
      feed.organization.emergency = { number: '112', label: { en: 'Emergency services', es: 'Emergencias' } };
      const { el } = await mountFinder(html`<care-session-finder lang="es" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
      const call = shadowQueryAll(el, '[part="crisis"] a[href="tel:112"]')[0];
      expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergencias 112');
      await expect(el).to.be.accessible();
    });

    it('keeps phone numbers and addresses in their own order in a right-to-left page: the crisis line after its name, a contact in the details', async () => {
      const feed = structuredClone(finderFeed) as { referrals: Record<string, unknown>[]; sessions: Record<string, unknown>[] };
      feed.referrals = [{ id: 'line', name: 'خط الأزمات', kind: 'crisis-line', urgent: true, phone: '(217) 555-0100' }];
      feed.sessions = feed.sessions.map((session) => ({ ...session, contact: { email: 'hello@example.org', phone: '(217) 555-0199' } }));
      const { el } = await mountFinder(html`<care-session-finder lang="ar" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
      const crisis = shadowQueryAll(el, '[part="crisis"] a[href="tel:2175550100"]')[0];
      expect(crisis.textContent!.replace(/\s+/g, ' ').trim()).to.equal('خط الأزمات (217) 555-0100');
      await openAll(el);
      const contact = shadowQueryAll(el, '[part="details"] a[href="tel:2175550199"]')[0];
      const mail = shadowQueryAll(el, '[part="details"] a[href="mailto:hello@example.org"]')[0];
      // Where each part is drawn: left to right, as it is written.
      const xOf = (within: Element, part: string) => {
        const node = [within, ...within.querySelectorAll('*')].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(part))!;
        const range = document.createRange();
        range.setStart(node, node.textContent!.indexOf(part));
        range.setEnd(node, node.textContent!.indexOf(part) + part.length);
        return range.getBoundingClientRect().x;
      };
      expect(xOf(crisis, '(217)')).to.be.below(xOf(crisis, '555-0100'));
      expect(xOf(contact, '(217)')).to.be.below(xOf(contact, '555-0199'));
      expect(xOf(mail, 'hello')).to.be.below(xOf(mail, 'example.org'));
      // A place's street address: "12 Elm Street", not "Elm Street 12".
      const address = shadowQueryAll(el, '[part="details"] dd').find((dd) => dd.textContent!.includes('12 Elm Street'))!;
      expect(xOf(address, '12')).to.be.below(xOf(address, 'Elm'));
      await expect(el).to.be.accessible();
    });

    it('dials only the first number of an emergency line written with words, and never links one that holds none', async () => {
      const feed = structuredClone(finderFeed) as { organization: Record<string, unknown> };
      feed.organization.emergency = { number: '112 (or 999)' };
      const { el } = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
      const strip = shadowQueryAll(el, '[part="crisis"]')[0];
      expect([...strip.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:988']);
      feed.organization.emergency = { number: 'ask at reception' };
      const other = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
      const otherStrip = shadowQueryAll(other.el, '[part="crisis"]')[0];
      expect(otherStrip.textContent).to.contain('ask at reception');
      expect([...otherStrip.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988']);
      await expect(other.el).to.be.accessible();
    });

    it('shows a viewer in another zone the time where the session is held and their own, on every row', async () => {
      const { el } = await mountFinder(html`<care-session-finder viewer-timezone="Asia/Tokyo" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      const circle = shadowQueryAll(el, '[part="session"]').find((s) => s.textContent!.includes('Tuesday peer circle'))!;
      // 18:30 Tuesday in Chicago is 09:30 Wednesday in Tokyo, where it is already Tuesday now.
      expect(circle.closest('[part="day"]')!.querySelector('h3')!.textContent).to.equal('Tomorrow');
      expect(circle.querySelector('.when')!.textContent).to.match(/^6:30\s?–\s?8:00\sPM\sCST · 9:30\s?–\s?11:00\sAM your time$/);
      const times = shadowQueryAll(el, '[part="session"] .when').map((when) => when.textContent!);
      expect(times.length).to.be.greaterThan(5);
      for (const time of times) expect(time).to.match(/\sCST · .+ your time$/);
      await openAll(el);
      expect(circle.querySelector('[part="details"]')!.textContent).to.match(/6:30\s?–\s?8:00\sPM\sCST · 9:30\s?–\s?11:00\sAM your time/);
      await expect(el).to.be.accessible();
      // Where the clocks agree, the time alone.
      const here = await mountFinder();
      const hereTimes = shadowQueryAll(here.el, '[part="session"] .when').map((when) => when.textContent!);
      expect(hereTimes).to.have.length(times.length);
      for (const time of hereTimes) expect(time).to.match(/^[\d:]+\s?[AP]?M?\s?–\s?[\d:]+\s[AP]M$/);
    });
  });

  describe('filters', () => {
    const cases: [string, string, string[]][] = [
      ['Day', 'tu', ['Tuesday peer circle', 'Caregivers online']],
      ['Time of day', 'morning', ['Grief and loss group', 'Caregivers online']],
      ['Kind of session', 'sharing-circle', ['Youth sharing circle', 'Women’s circle']],
      // One-to-one listening names no audience: it is for everyone.
      ['Who it is for', 'youth', ['Youth sharing circle', 'One-to-one listening']],
      ['Language', 'es', ['Youth sharing circle']],
      ['Place', 'hall', ['Tuesday peer circle', 'One-to-one listening']],
      ['In person or online', 'online', ['Caregivers online', 'Grief and loss group']],
    ];
    for (const [label, value, expected] of cases) {
      it(`filters by ${label.toLowerCase()}`, async () => {
        const { el } = await mountFinder();
        await choose(el, label, value);
        expect([...new Set(titles(el))].sort()).to.deep.equal([...expected].sort());
        await expect(el).to.be.accessible();
      });
    }

    it('offers only the values the feed has, with counts, in the viewer’s language and the feed’s labels', async () => {
      const { el } = await mountFinder();
      const audience = [...select(el, 'Who it is for')!.options].map((o) => o.textContent!.trim());
      // One-to-one listening, for everyone, is counted under each.
      expect(audience).to.deep.equal(['Any', 'Caregivers (2)', 'Grown-ups (2)', 'People who are grieving (2)', 'Women (2)', 'Young people (2)']);
      const day = [...select(el, 'Day')!.options].map((o) => o.textContent!.trim());
      expect(day).to.deep.equal(['Any', 'Monday (1)', 'Tuesday (2)', 'Wednesday (1)', 'Thursday (1)']);
    });

    it('filters free sessions only', async () => {
      const { el } = await mountFinder();
      const box = shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0];
      box.click();
      await el.updateComplete;
      expect(titles(el)).not.to.include('Caregivers online');
      expect(titles(el)).to.include('Tuesday peer circle');
    });

    it('searches title, description, place and facilitator, ignoring case and accents', async () => {
      const { el } = await mountFinder();
      await search(el, 'CIRCULO');
      expect([...new Set(titles(el))]).to.deep.equal(['Youth sharing circle']);
      await search(el, 'calm');
      expect([...new Set(titles(el))]).to.deep.equal(['Tuesday peer circle']);
      await search(el, 'al-noor');
      expect([...new Set(titles(el))]).to.deep.equal(['Grief and loss group']);
      await search(el, 'volunteers');
      expect([...new Set(titles(el))]).to.deep.equal(['Tuesday peer circle']);
      await search(el, 'secret lane'); // a private address is never searchable
      expect(titles(el)).to.deep.equal([]);
    });

    it('says why nothing matches and offers to clear the filters', async () => {
      const { el } = await mountFinder();
      await search(el, 'no such group');
      const empty = shadowQueryAll(el, '[part="empty"]')[0];
      expect(empty.textContent).to.contain('No sessions match “no such group”.');
      expect(shadowQueryAll(el, 'button').filter((b) => b.textContent!.trim() === 'Clear filters')).to.have.length(1);
      await expect(el).to.be.accessible();
      await choose(el, 'Day', 'mo');
      expect(shadowQueryAll(el, '[part="empty"]')[0].textContent).to.contain('No sessions match these filters.');
      (empty.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(titles(el).length).to.be.greaterThan(5);
    });

    it('says so when the feed lists no upcoming session', async () => {
      const { el } = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${{ ...finderFeed, sessions: [] }}></care-session-finder>`);
      expect(shadowQueryAll(el, '[part="empty"]')[0].textContent).to.contain('No upcoming sessions are listed right now.');
      await expect(el).to.be.accessible();
    });

    it('fires care-filter-change on a person’s change', async () => {
      const { el } = await mountFinder();
      setTimeout(() => choose(el, 'Day', 'we'));
      const event = await oneEvent(el, 'care-filter-change');
      expect(event.detail.filters).to.deep.include({ day: 'we' });
      // Set back to "Any", the filter is gone from the detail, not a key holding nothing.
      setTimeout(() => choose(el, 'Day', ''));
      const back = await oneEvent(el, 'care-filter-change');
      expect(Object.keys(back.detail.filters)).to.deep.equal([]);
    });
  });

  describe('presets', () => {
    it('shows only a preset audience, hides that filter, and offers only what the preset allows', async () => {
      const { el } = await mountFinder(html`<care-session-finder audience="youth" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      // One-to-one listening is for everyone, young people too.
      expect([...new Set(titles(el))]).to.deep.equal(['Youth sharing circle', 'One-to-one listening']);
      expect(select(el, 'Who it is for')).to.equal(undefined);
      expect(select(el, 'Day')).to.equal(undefined); // the one youth session meets on one day, the other by appointment: nothing to choose
      await search(el, 'circle');
      expect(select(el, 'Day')).to.equal(undefined);
    });

    it('combines presets: kind, place, language', async () => {
      const { el } = await mountFinder(html`<care-session-finder kind="peer-group" place="hall" language="en" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      expect([...new Set(titles(el))]).to.deep.equal(['Tuesday peer circle']);
    });

    it('leaves out a preset that names nothing in the feed, with one warning, rather than listing no sessions', async () => {
      const all = await mountFinder();
      const peerGroups = await mountFinder(html`<care-session-finder kind="peer-group" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      let el!: CareSessionFinder;
      const warnings = await warningsDuring(async () => {
        ({ el } = await mountFinder(html`<care-session-finder audience="martians" place="nowhere" kind="peer-group" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`));
        await until(() => titles(el).length > 0, 3000, 'the list');
        // Later updates do not repeat the warnings.
        el.requestUpdate();
        await el.updateComplete;
      });
      // The preset that names something still applies; the others hide nothing, and their filters are offered.
      expect(titles(el)).to.deep.equal(titles(peerGroups.el));
      expect(titles(el).length).to.be.above(0).and.below(titles(all.el).length);
      expect(select(el, 'Who it is for')).not.to.equal(undefined);
      expect(warnings.filter((w) => w.includes('audience="martians" matches no session in the feed'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('place="nowhere"'))).to.have.length(1);
      expect(warnings.join()).not.to.contain('kind="peer-group"');
      await expect(el).to.be.accessible();
    });

    it('hides every control with no-filters', async () => {
      const { el } = await mountFinder(html`<care-session-finder no-filters viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      expect(shadowQueryAll(el, '[part="filters"]')).to.have.length(0);
      expect(titles(el).length).to.be.greaterThan(5);
      await expect(el).to.be.accessible();
    });
  });

  describe('hash state', () => {
    it('keeps filters in the hash when asked, and reads them back', async () => {
      const { el } = await mountFinder(html`<care-session-finder hash-state viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      await choose(el, 'Day', 'we');
      // The hash's code is fetched when first needed.
      await until(() => location.hash === '#sessions:day=we', 3000, 'the hash');
      history.replaceState(null, '', '#sessions:kind=workshop');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await until(() => [...new Set(titles(el))].join() === 'Caregivers online', 3000, 'the filters of the hash');
    });

    it('goes back to the previous filters with Back', async () => {
      const { el } = await mountFinder(html`<care-session-finder hash-state viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      await choose(el, 'Kind of session', 'sharing-circle');
      await until(() => location.hash === '#sessions:kind=sharing-circle', 3000, 'the first hash');
      await choose(el, 'Day', 'we');
      await until(() => location.hash === '#sessions:day=we&kind=sharing-circle', 3000, 'the second hash');
      history.back();
      await until(() => location.hash === '#sessions:kind=sharing-circle', 2000, 'Back');
      await until(() => select(el, 'Day')?.value === '', 2000, 'the day filter to clear');
      expect([...new Set(titles(el))].sort()).to.deep.equal(['Women’s circle', 'Youth sharing circle']);
    });

    it('leaves the hash alone without the attribute', async () => {
      const { el } = await mountFinder();
      await choose(el, 'Day', 'we');
      await wait(200);
      expect(location.hash).to.equal('');
    });

    it('starts from a shared link’s filters', async () => {
      history.replaceState(null, '', '#sessions:audience=women&q=circle');
      const el = await fixture<CareSessionFinder>(html`<care-session-finder hash-state viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      // The list waits for the link's filters, never showing every session first.
      const shown = [titles(el)];
      const watch = new MutationObserver(() => shown.push(titles(el)));
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await until(() => titles(el).length > 0, 3000, 'the list');
      watch.disconnect();
      // The women's circle, and one-to-one listening, which is for everyone.
      const women = ['Women’s circle', 'One-to-one listening'];
      expect([...new Set(titles(el))]).to.deep.equal(women);
      expect(shown.filter((list) => list.length > 0).every((list) => list.every((title) => women.includes(title)))).to.equal(true);
    });
  });

  describe('each session', () => {
    it('opens its details from the keyboard, and a private address stays private', async () => {
      const { el } = await mountFinder();
      await choose(el, 'Who it is for', 'women');
      const summaryEl = shadowQueryAll(el, '.session summary')[0];
      summaryEl.focus();
      await sendKeys({ press: 'Enter' });
      const details = summaryEl.closest('details')!;
      expect(details.open).to.equal(true);
      await until(() => details.textContent!.includes('Contact us'), 2000, 'the details');
      expect(details.textContent).to.contain('Contact us for the address.');
      expect(details.textContent).not.to.contain('Secret Lane');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(false);
    });

    it('shows place, access, languages, audience, cost, facilitator, registration and the report link', async () => {
      const { el } = await mountFinder();
      await openAll(el);
      const circle = shadowQueryAll(el, '[part="session"]').find((s) => s.textContent!.includes('Tuesday peer circle'))!;
      const text = circle.textContent!.replace(/\s+/g, ' ');
      for (const expected of ['St Mark’s Church hall', '12 Elm Street', 'Wheelchair accessible, Hearing loop', 'English', 'Grown-ups', 'Free', 'Trained peer volunteers']) {
        expect(text).to.contain(expected);
      }
      expect(circle.querySelector<HTMLAnchorElement>('a.report')!.getAttribute('href')).to.equal('https://example.org/report');
      const grief = shadowQueryAll(el, '[part="session"]').find((s) => s.textContent!.includes('Grief and loss'))!;
      expect(grief.textContent).to.contain('Please register first.');
      expect([...grief.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members(['https://meet.example.org/grief', 'https://example.org/register/grief']);
      const caregivers = shadowQueryAll(el, '[part="session"]').find((s) => s.textContent!.includes('Caregivers online'))!;
      expect(caregivers.textContent).to.contain('$5 suggested');
      await expect(el).to.be.accessible();
    });

    it('says which session each opened link and button is for', async () => {
      const { el } = await mountFinder();
      await openAll(el);
      const calendarButtons = new Map<string, string>();
      for (const session of shadowQueryAll(el, '[part="session"]')) {
        const title = session.querySelector('.title')!.textContent!.trim();
        const controls = [...session.querySelectorAll<HTMLElement>('[part="details"] a, [part="details"] button')];
        expect(controls.length, title).to.be.above(0);
        for (const control of controls) {
          expect(contextOf(control), `${control.textContent!.trim()} in ${title}`).to.equal(title);
          if (control.textContent!.trim() === 'Add to calendar') calendarButtons.set(title, contextOf(control));
        }
      }
      // Each session's "Add to calendar" is heard with words of its own.
      expect(calendarButtons.size).to.be.above(3);
      expect(new Set(calendarButtons.values()).size).to.equal(calendarButtons.size);
    });

    it('goes from search to filter to detail to calendar file with the keyboard alone', async () => {
      const { el } = await mountFinder();
      const downloads: string[] = [];
      const files: Promise<string>[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (!this.download) return originalClick.call(this);
        downloads.push(this.download);
        files.push(fetch(this.href).then((r) => r.text()));
      };
      try {
        shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0].focus();
        await sendKeys({ type: 'circle' });
        await el.updateComplete;
        await sendKeys({ press: 'Tab' }); // the "Filters" disclosure
        const panel = deepActiveElement()!;
        expect(panel.textContent!.trim()).to.equal('Filters');
        if (!(panel.parentElement as HTMLDetailsElement).open) await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'Tab' }); // the Day filter
        expect(deepActiveElement()?.tagName).to.equal('SELECT');
        let guard = 0;
        while (!deepActiveElement()?.closest('.session') && guard++ < 20) await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()!.textContent).to.contain('Tuesday peer circle');
        await sendKeys({ press: 'Enter' });
        await until(() => (deepActiveElement()?.closest('details')?.textContent ?? '').includes('Add to calendar'), 2000, 'the details');
        guard = 0;
        while (deepActiveElement()?.textContent?.trim() !== 'Add to calendar' && guard++ < 20) await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await until(() => downloads.length > 0, 3000, 'the calendar file');
        expect(downloads).to.deep.equal(['tuesday-peer-circle.ics']);
        const ics = (await files[0]).replace(/\r\n /g, '');
        // The weekly circle since January, from its Tuesday this week.
        expect(ics).to.contain('\r\nDTSTART;TZID=America/Chicago:20261124T183000\r\n');
        expect(ics).to.contain('\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU\r\n');
        // The test page is on localhost, no domain of its own: the UID takes the fixed one (ics.ts), after the organization's key.
        expect(ics).to.match(/\r\nUID:circle\.[0-9a-z]+@care-widgets\.invalid\r\n/);
        expect(ics).to.contain('\r\nLOCATION:St Mark’s Church hall\\, 12 Elm Street\\nRiverside\r\n');
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
    });
  });

  describe('bad input', () => {
    it('skips sessions with a bad zone, an unknown place or an impossible schedule, and shows the rest', async () => {
      const broken = {
        ...finderFeed,
        sessions: [
          ...finderFeed.sessions,
          { id: 'bad-zone', title: 'Bad zone', place: 'hall', schedule: { start_date: '2026-01-01', time: '10:00', timezone: '-04:00' } },
          { id: 'no-place', title: 'No such place', place: 'nowhere', schedule: { start_date: '2026-01-01', time: '10:00' } },
          { id: 'never', title: 'Never', place: 'hall', schedule: { start_date: '2026-05-01', end_date: '2026-04-01', time: '10:00' } },
        ],
      };
      const { el, event } = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${broken}></care-session-finder>`);
      expect(summary(el)).to.equal('6 sessions in the next 8 weeks');
      const skipped = (event.detail.skipped as { path: string }[]).map((p) => p.path);
      expect(skipped).to.deep.equal(['sessions[7].schedule.timezone', 'sessions[8].place', 'sessions[9].schedule.end_date']);
      expect(titles(el)).not.to.include.members(['Bad zone', 'No such place', 'Never']);
    });

    it('shows hostile text as text and never links an unsafe URL', async () => {
      const hostile = {
        ...finderFeed,
        sessions: [{ ...finderFeed.sessions[0], title: '<img src=x onerror="window.__finderPwned=1">', online: { url: 'javascript:alert(1)' } }],
      };
      const { el } = await mountFinder(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${hostile}></care-session-finder>`);
      await openAll(el);
      expect(titles(el)[0]).to.equal('<img src=x onerror="window.__finderPwned=1">');
      expect(shadowQueryAll(el, 'img')).to.have.length(0);
      expect(shadowQueryAll<HTMLAnchorElement>(el, 'a').map((a) => a.href).filter((h) => /^javascript:/i.test(h))).to.deep.equal([]);
      expect((window as unknown as { __finderPwned?: number }).__finderPwned).to.equal(undefined);
    });
  });

  describe('search engines', () => {
    it('writes schema.org Events into the light DOM when asked', async () => {
      const { el } = await mountFinder(html`<care-session-finder structured-data viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 3000, 'the structured data');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      expect(data['@graph'][0]).to.deep.include({ '@type': 'Event', name: 'Grief and loss group', startDate: '2026-11-23T15:00:00.000Z' });
      const women = data['@graph'].find((e: { name: string }) => e.name === 'Women’s circle');
      expect(JSON.stringify(women)).not.to.contain('Secret Lane');
    });

    it('writes nothing without the attribute', async () => {
      const { el } = await mountFinder();
      expect(el.querySelector('script')).to.equal(null);
    });
  });
});

describe('<care-session-finder> in Spanish', () => {
  it('speaks the viewer’s language', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang="es" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    await until(() => days(el)[0] === 'Hoy', 2000, 'the Spanish strings');
    expect(days(el).slice(0, 2)).to.deep.equal(['Hoy', 'Mañana']);
    expect(titles(el)).to.include('Círculo juvenil');
    expect(visibleText(el)).to.contain('sesiones en las próximas 8 semanas');
    await expect(el).to.be.accessible();
    // The filters button counts those set in the same words.
    const filters = shadowQueryAll(el, 'summary.button')[0];
    expect(filters.textContent!.trim()).to.equal('Filtros');
    shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0].click();
    await el.updateComplete;
    expect(filters.textContent!.trim()).to.equal('Filtros (1)');
  });
});

describe('<care-session-finder> states and layout', () => {
  it('is calm and accessible while loading and on a feed error', async () => {
    const { startWorker } = await import('../mocks/browser.js');
    const { failingFeedUrls } = await import('../mocks/handlers.js');
    await startWorker();
    const loading = await fixture<CareSessionFinder>(html`<care-session-finder src=${failingFeedUrls.never}></care-session-finder>`);
    expect(visibleText(loading)).to.equal('Loading…');
    await expect(loading).to.be.accessible();
    const { el, event } = await mountLoaded<CareSessionFinder>(html`<care-session-finder src=${failingFeedUrls.notFound}></care-session-finder>`);
    expect(event.detail.code).to.equal('http-404');
    expect(visibleText(el)).to.contain('can’t be shown right now');
    await expect(el).to.be.accessible();
  });

  // Kolkata's clock differs from Chicago's by 11½ hours, and has no short name in English ("GMT+5:30"): each row shows both times.
  for (const [width, zone] of [[280, ZONE], [320, ZONE], [280, 'Asia/Kolkata'], [320, 'Asia/Kolkata']] as const) {
    it(`fits ${width} px with details open, without sideways scrolling, for a viewer in ${zone}`, async () => {
      const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder style="width: ${width}px" viewer-timezone=${zone} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      await openAll(el);
      const base = shadowQueryAll(el, '[part="base"]')[0];
      expect(base.scrollWidth).to.be.at.most(width);
      for (const control of shadowQueryAll(el, 'select, input[type="search"], button')) {
        expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 60)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  }

  it('fits 280 px in Arabic and Hebrew when a long search word matches nothing', async () => {
    for (const lang of ['ar', 'he']) {
      const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang=${lang} style="width: 280px" viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      await until(() => !visibleText(el).includes('Today'), 3000, 'the strings');
      const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
      search.value = 'Selbsthilfegruppenleiterinnenfortbildungsveranstaltungsreihe';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => visibleText(el).includes('Selbsthilfe'), 3000, 'the no-match message');
      expect(pastTheEdges(el), lang).to.deep.equal([]);
      el.remove();
    }
  });

  it('prints a clean schedule: no search box, filters or buttons', async function () {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // this engine's driver cannot emulate print media
    }
    try {
      expect(getComputedStyle(shadowQueryAll(el, '[part="filters"]')[0]).display).to.equal('none');
      expect(shadowQueryAll(el, 'button').every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
      expect(getComputedStyle(shadowQueryAll(el, '[part="session"]')[0]).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints the crisis numbers, and the addresses of a session\'s links, which paper cannot follow', async function () {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const grief = shadowQueryAll<HTMLDetailsElement>(el, '[part="session"] details').find((d) => d.textContent!.includes('Grief and loss'))!;
    grief.open = true;
    await until(() => shadowQueryAll(el, '[part="details"]').length > 0, 3000, 'the details');
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // this engine's driver cannot emulate print media
    }
    try {
      const crisis = shadowQueryAll(el, '[part="crisis"]')[0];
      expect(crisis.innerText.replace(/\s+/g, ' ').trim()).to.equal('Need help now? Emergency: call 911 988 Suicide & Crisis Lifeline');
      const register = shadowQueryAll<HTMLAnchorElement>(el, '[part="details"] a').find((a) => a.textContent!.trim() === 'Register')!;
      expect(getComputedStyle(register).display).not.to.equal('none');
      expect(getComputedStyle(register, '::after').content).to.contain('https://example.org/register/grief');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('sorts each day nearest first only after the person asks, without sending the position anywhere', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => { asked++; ok({ coords: { latitude: 41.7, longitude: -87.6 } } as GeolocationPosition); } },
    });
    try {
      expect(asked).to.equal(0);
      const nearMe = shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Nearest first')!;
      nearMe.click();
      // Its code comes once the position is there.
      await until(() => nearMe.getAttribute('aria-pressed') === 'true', 5000, 'nearest first');
      expect(asked).to.equal(1);
      const today = shadowQueryAll(el, '[part="day"]')[0];
      expect(today.textContent).to.match(/Al-Noor Community Room · Online · 0 km/);
      const women = shadowQueryAll(el, '[part="session"]').find((s) => s.textContent!.includes('Women’s circle'))!;
      expect(women.textContent).not.to.contain('km'); // a private place shows no distance
    } finally {
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });
});

describe('<care-session-finder> nearest first', () => {
  it('makes no number formatter for the first screen, and writes the distances with one once asked (0.5 km)', async () => {
    // A page's first number formatter costs the first screen milliseconds, and that screen shows no distance.
    const NumberFormat = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct: (target, args) => (made++, Reflect.construct(target, args)),
      apply: (target, self, args) => (made++, Reflect.apply(target, self, args)),
    });
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    try {
      const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
      expect(titles(el)).to.include('Women’s circle');
      expect(made).to.equal(0);
      // Half a kilometre north of the Al-Noor Community Room.
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 41.7045, longitude: -87.6 } } as GeolocationPosition) },
      });
      const nearMe = shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === 'Nearest first')!;
      nearMe.click();
      await until(() => nearMe.getAttribute('aria-pressed') === 'true', 5000, 'nearest first');
      await el.updateComplete;
      expect(shadowQueryAll(el, '[part="day"]')[0].textContent).to.match(/Al-Noor Community Room · Online · 0\.5 km/);
      expect(made).to.equal(1);
    } finally {
      Intl.NumberFormat = NumberFormat;
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });

  it('is offered only where a session’s place may show its position, never for an address given on request', async () => {
    // Only Haven House, whose address is given on request, keeps its position.
    const places = finderFeed.places.map((place) => ('address_on_request' in place ? place : Object.fromEntries(Object.entries(place).filter(([key]) => key !== 'lat' && key !== 'lng'))));
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${{ ...finderFeed, places }}></care-session-finder>`);
    expect(titles(el)).to.include('Women’s circle');
    const buttons = (finder: Element) => shadowQueryAll(finder, 'button').map((b) => b.textContent!.trim());
    expect(buttons(el)).not.to.include('Nearest first');
    // With the sample feed's other places, it is.
    const offered = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    expect(buttons(offered.el)).to.include('Nearest first');
  });
});

describe('<care-session-finder> with a large feed', () => {
  it('shows the first week at once, then the whole window, and only then says how many', async () => {
    const { generateFeed } = await import('../mocks/generate-feed.js');
    const { parseFeed } = await import('../../src/feed/parse-feed.js');
    const { indexSessions, expandRows } = await import('../../src/session-finder/session-index.js');
    const feed = generateFeed({ sessions: 800, seed: 3, now: FINDER_NOW });
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
    expect(titles(el).length).to.be.greaterThan(0);
    // The first screen's counts would be of its first days only: the filters that count wait too.
    expect(select(el, 'Kind of session')).to.equal(undefined);
    await until(() => summary(el) !== '', 3000, 'the summary');
    const range = { from: FINDER_NOW, to: new Date(FINDER_NOW.getTime() + 56 * 86_400_000) };
    const entries = indexSessions(parseFeed(feed).feed, range);
    const rows = expandRows(entries, range, ZONE);
    const listed = new Set(rows.filter((r) => !r.occurrence.end || r.occurrence.end > FINDER_NOW).map((r) => r.entry));
    for (const entry of entries) if (entry.byAppointment) listed.add(entry);
    expect(summary(el)).to.equal(`${new Intl.NumberFormat('en').format(listed.size)} sessions in the next 8 weeks`);
    // Each kind's count is over the whole window.
    const kinds = new Map<string, number>();
    for (const { session } of listed) kinds.set(session.kind, (kinds.get(session.kind) ?? 0) + 1);
    const offered = [...select(el, 'Kind of session')!.options].slice(1).map((o) => Number(/\((\d+)\)$/.exec(o.textContent!.trim())![1]));
    expect(offered.sort((a, b) => a - b)).to.deep.equal([...kinds.values()].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });
});
