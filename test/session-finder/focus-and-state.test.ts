/**
 * What stays put while the finder updates: focus (after "Show more", "Try again", the minute's
 * turn over a large feed), an opened session (it follows the session, not its place in the
 * list), and what a paused or cancelled session is never offered as.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { failingOnce } from '../mocks/handlers.js';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { generateFeed } from '../mocks/generate-feed.js';
import { feeds } from '../mocks/feeds.js';
import { deepActiveElement, mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';

const ZONE = 'America/Chicago';
const MINUTE = 60_000;
const mount = (feed: unknown, attributes = '') =>
  mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} days-ahead=${attributes || '56'} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
const sessions = (el: Element) => shadowQueryAll<HTMLLIElement>(el, '[part="session"]');
const title = (row: Element) => row.querySelector('.title')!.textContent!.trim();
const summaryText = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0].textContent!.trim();
const button = (el: Element, label: string) => shadowQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim().startsWith(label));

describe('<care-session-finder> keeps what a person is on', () => {
  it('keeps an opened session open as the list changes around it, and no other', async () => {
    const { el } = await mount(finderFeed);
    const circle = sessions(el).find((row) => title(row) === 'Tuesday peer circle')!;
    circle.querySelector('summary')!.click();
    await until(() => !!circle.querySelector('[part="details"]'), 3000, 'the details');
    // A search takes the rows above it away: the circle moves up the list.
    const input = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
    input.value = 'circle';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const open = sessions(el).filter((row) => row.querySelector('details')!.open);
    expect(open.map(title)).to.deep.equal(['Tuesday peer circle']);
    expect(open[0].querySelector('[part="details"]')).not.to.equal(null);
    input.value = '';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(sessions(el).filter((row) => row.querySelector('details')!.open).map(title)).to.deep.equal(['Tuesday peer circle']);
  });

  it('moves focus to the first session "Show more" brought, also when the button goes with it', async () => {
    const { el } = await mount(generateFeed({ sessions: 60 }), '14');
    const more = button(el, 'Show more')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.localName === 'summary', 3000, 'focus on a session');
    const focused = deepActiveElement()!;
    expect(shadowQueryAll(el, '.day:not(.appointments) [part="session"] summary').indexOf(focused as HTMLElement)).to.equal(25);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the first session "Show all by appointment" brought', async () => {
    const appointments = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, title: `Listening ${i}`, place: 'hall', schedule: { start_date: '2026-01-01', by_appointment: true } }));
    const { el } = await mount({ ...finderFeed, sessions: [...finderFeed.sessions, ...appointments] });
    button(el, 'Show all by appointment')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.localName === 'summary', 3000, 'focus on a session');
    expect(shadowQueryAll(el, '.appointments [part="session"] summary').indexOf(deepActiveElement() as HTMLElement)).to.equal(25);
  });

  it('keeps the filters, the focus and the count through the minute’s turn over a large feed', async () => {
    const { el } = await mount(generateFeed({ sessions: 1200 }));
    const day = () => shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')?.querySelector('select');
    await until(() => !!day(), 5000, 'the whole window and its filters');
    day()!.focus();
    const before = summaryText(el);
    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(summaryText(el)));
    watch.observe(shadowQueryAll(el, '[part="summary"]')[0], { childList: true, subtree: true, characterData: true });
    el.now = new Date(FINDER_NOW.getTime() + MINUTE);
    await el.updateComplete;
    // While the new window comes in, and after.
    expect(day()).not.to.equal(undefined);
    expect(deepActiveElement() === day(), 'focus on the Day filter').to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    watch.disconnect();
    expect(deepActiveElement() === day(), 'focus on the Day filter').to.equal(true);
    expect(said.every((text) => text === before), said.join(' | ')).to.equal(true);
  });
});

describe('<care-session-finder> after "Try again"', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('brings focus back into the widget, not the page, once the feed is in', async () => {
    const url = '/feeds/finder-try-again.json';
    const flaky = failingOnce(url, feeds.finder);
    worker.use(flaky.handler);
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder src=${url} viewer-timezone=${ZONE}></care-session-finder>`);
    const retry = shadowQueryAll<HTMLButtonElement>(el, '[part="retry"]')[0];
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => visibleText(el).includes('Need help now?') || shadowQueryAll(el, '[part="summary"]').length > 0, 5000, 'the feed');
    await until(() => el.shadowRoot!.contains(deepActiveElement()), 2000, 'focus in the widget');
    expect(flaky.requests).to.equal(2);
  });
});

describe('<care-session-finder> with paused and cancelled sessions shown', () => {
  const cancelled = {
    id: 'cancelled', title: 'Cancelled noon group', place: 'hall', status: 'cancelled',
    registration: { required: true, url: 'https://example.org/register', notes: 'Book a seat' },
    contact: { name: 'Ana', email: 'ana@example.org' },
    schedule: { start_date: '2026-01-05', time: '12:00', end_time: '13:00', repeat: 'weekly', days: ['mo'] },
  };
  const feed = { ...finderFeed, sessions: [...finderFeed.sessions, cancelled] };

  it('never offers one as next or happening now, nor for a calendar or to register, and tells search engines it is not on', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder show-inactive structured-data viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
    const row = sessions(el).find((r) => title(r) === 'Cancelled noon group')!;
    const badges = [...row.querySelectorAll('[part="badge"]')].map((b) => b.textContent!.trim());
    expect(badges).to.deep.equal(['Cancelled']);
    // "Next" goes to the next session that takes place.
    const next = sessions(el).find((r) => [...r.querySelectorAll('[part="badge"]')].some((b) => b.textContent!.trim() === 'Next'));
    expect(next && title(next)).to.equal('Tuesday peer circle');
    row.querySelector('summary')!.click();
    await until(() => !!row.querySelector('[part="details"]'), 3000, 'the details');
    expect([...row.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Add to calendar');
    // Nobody is asked to register for what will not take place; whom to ask stays.
    const details = row.querySelector('[part="details"]')!;
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('mailto:ana@example.org').and.not.include('https://example.org/register');
    expect(details.textContent).not.to.match(/Register|register first|Book a seat/);
    await until(() => !!el.querySelector('script[type="application/ld+json"]'), 3000, 'the structured data');
    const events = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as { name: string; eventStatus: string }[];
    expect(events.find((e) => e.name === 'Cancelled noon group')!.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(events.find((e) => e.name === 'Paused walking group')!.eventStatus).to.equal('https://schema.org/EventPostponed');
    expect(events.find((e) => e.name === 'Tuesday peer circle')!.eventStatus).to.equal('https://schema.org/EventScheduled');
    await expect(el).to.be.accessible();
  });
});

describe('<care-session-finder> summary of a short window', () => {
  it('says "the next 7 days" and "the next 24 hours", never "1 weeks" or "1 days"', async () => {
    expect(summaryText((await mount(finderFeed, '7')).el)).to.match(/^\d+ sessions? in the next 7 days$/);
    expect(summaryText((await mount(finderFeed, '1')).el)).to.match(/^\d+ sessions? in the next 24 hours$/);
    expect(summaryText((await mount(finderFeed, '14')).el)).to.match(/^\d+ sessions? in the next 2 weeks$/);
  });
});
