/**
 * Sessions with no fixed time ("By appointment"): listed over the same days ahead as timed ones, from
 * their start_date, and shown as a timed row is: paused or cancelled, in person and online.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { FINDER_NOW } from '../mocks/session-feeds.js';
import { finderFeedWith } from './fixtures.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';

const ZONE = 'America/Chicago';
const appointment = (id: string, title: string, schedule: object = {}, more: object = {}) =>
  ({ id, title, kind: 'other', place: 'hall', schedule: { start_date: '2026-01-01', by_appointment: true, ...schedule }, ...more });

async function mount(feed: object, { now = FINDER_NOW, days = 56, inactive = false, lang = 'en' } = {}) {
  const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang=${lang} viewer-timezone=${ZONE} days-ahead=${days}
    ?show-inactive=${inactive} .now=${now} .feed=${feed}></care-session-finder>`);
  return el;
}

/** The by-appointment rows, each as a person reads its line. */
const appointmentRows = (el: Element) => shadowQueryAll(el, '.appointments [part="session"]');
const rowText = (row: Element) => row.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim();
const row = (el: Element, title: string) => appointmentRows(el).find((r) => r.querySelector('.title')!.textContent === title)!;
const summary = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0].textContent!.trim();

/** Opens a row and gives what its details say under "When". */
async function when(el: CareSessionFinder, title: string): Promise<string> {
  const details = row(el, title).querySelector('details')!;
  details.open = true;
  await until(() => !!details.querySelector('[part="details"]'), 3000, 'the details');
  await el.updateComplete;
  const term = [...details.querySelectorAll('dt')].find((dt) => dt.textContent === 'When')!;
  return (term.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

describe('<care-session-finder> sessions by appointment', () => {
  it('marks a paused or cancelled one as a timed row is marked, and does not offer to arrange it', async () => {
    const el = await mount(finderFeedWith(
      appointment('cancelled-listening', 'Listening, cancelled', {}, { status: 'cancelled' }),
      appointment('paused-listening', 'Listening, paused', {}, { status: 'paused' }),
    ), { inactive: true });
    expect(rowText(row(el, 'Listening, cancelled'))).to.equal('Listening, cancelled St Mark’s Church hall Cancelled');
    expect(rowText(row(el, 'Listening, paused'))).to.equal('Listening, paused St Mark’s Church hall Paused');
    expect(rowText(row(el, 'One-to-one listening'))).to.equal('One-to-one listening St Mark’s Church hall');
    // Struck through, as a cancelled timed session is.
    expect(getComputedStyle(row(el, 'Listening, cancelled').querySelector('.title')!).textDecorationLine).to.equal('line-through');
    expect(getComputedStyle(row(el, 'One-to-one listening').querySelector('.title')!).textDecorationLine).to.equal('none');
    expect(await when(el, 'Listening, cancelled')).to.equal('No fixed time.');
    expect(await when(el, 'Listening, paused')).to.equal('No fixed time.');
    expect(await when(el, 'One-to-one listening')).to.equal('No fixed time: contact us to arrange one.');
    await expect(el).to.be.accessible();
  });

  it('says a session held in a place and online is both, as a timed row does', async () => {
    const el = await mount(finderFeedWith(appointment('hybrid', 'Listening, here or online', {}, { online: { url: 'https://meet.example.org/l' } })));
    expect(rowText(row(el, 'Listening, here or online'))).to.equal('Listening, here or online St Mark’s Church hall · Online');
    // The grief group, a timed session in a place and online.
    expect(visibleText(el)).to.contain('Grief and loss group Al-Noor Community Room · Online');
  });

  it('lists one only once its start_date falls within the days ahead, as a timed session is, saying from when', async () => {
    // FINDER_NOW is Monday 23 November 2026, 09:15 in Chicago.
    const feed = finderFeedWith(
      appointment('june', 'Listening from June', { start_date: '2027-06-01' }),
      appointment('december', 'Listening from December', { start_date: '2026-12-01' }),
    );
    const el = await mount(feed);
    const titles = () => appointmentRows(el).map((r) => r.querySelector('.title')!.textContent);
    expect(titles()).to.deep.equal(['One-to-one listening', 'Listening from December']);
    expect(summary(el)).to.equal('7 sessions in the next 8 weeks');
    expect(rowText(row(el, 'Listening from December'))).to.equal('From Tuesday, December 1 Listening from December St Mark’s Church hall');
    expect(await when(el, 'Listening from December')).to.equal('From Tuesday, December 1 No fixed time: contact us to arrange one.');
    await expect(el).to.be.accessible();

    // Seven days ahead reach Monday 30 November only.
    el.daysAhead = 7;
    await el.updateComplete;
    expect(titles()).to.deep.equal(['One-to-one listening']);
    el.daysAhead = 8;
    await el.updateComplete;
    expect(titles()).to.deep.equal(['One-to-one listening', 'Listening from December']);

    // From 1 December in Chicago it is simply on offer.
    el.now = new Date('2026-12-01T06:00:00Z');
    await el.updateComplete;
    expect(rowText(row(el, 'Listening from December'))).to.equal('Listening from December St Mark’s Church hall');
    // And the June one within eight weeks of it.
    el.daysAhead = 56;
    el.now = new Date('2027-04-10T15:00:00Z');
    await el.updateComplete;
    expect(titles()).to.include('Listening from June');
  });

  it('says from when in the viewer’s language', async () => {
    const feed = finderFeedWith(appointment('december', 'Listening from December', { start_date: '2026-12-01' }));
    const cases = [['es', 'Desde el martes, 1 de diciembre'], ['he', 'החל מיום שלישי, 1 בדצמבר'], ['ar', 'ابتداءً من الثلاثاء، ']] as const;
    for (const [lang, from] of cases) {
      const el = await mount(feed, { lang });
      await until(() => !!row(el, 'Listening from December')?.querySelector('.when')?.textContent?.startsWith(from.slice(0, 4)), 3000, `the ${lang} strings`);
      expect(row(el, 'Listening from December').querySelector('.when')!.textContent, lang).to.contain(from);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
