import { expect } from '@open-wc/testing';
import { DAYS } from '../../src/feed/codes.js';
import { expandSchedule } from '../../src/time/expand.js';
import { expandRows, expandRowsInSteps, TIMES_OF_DAY, type IndexedSession } from '../../src/session-finder/session-index.js';
import { foldText } from '../../src/i18n/search-text.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { finderFeedWith, idsOf, indexFeed, viewerOf, searchText } from './fixtures.js';

const finder = indexFeed(finderFeedWith());
const entry = (id: string, entries: readonly IndexedSession[] = finder.entries): IndexedSession => {
  const found = entries.find((e) => e.session.id === id);
  if (!found) throw new Error(`no session ${id} in the index`);
  return found;
};

/** The weekdays and times of day a session's slots hold (bit weekday × 3 + time of day), e.g. "tu evening". */
const slotNames = (e: IndexedSession): string[] =>
  DAYS.flatMap((day, d) => TIMES_OF_DAY.filter((_, t) => e.slots & (1 << (d * 3 + t))).map((time) => `${day} ${time}`));

/** A weekly Chicago session, the rest of it as the finder's sample feed has. */
const weekly = (id: string, schedule: object) => ({ id, title: id, kind: 'peer-group', place: 'hall', schedule: { start_date: '2026-01-01', repeat: 'weekly', ...schedule } });

describe('indexSessions', () => {
  it('lists the active sessions in feed order, each with its position', () => {
    expect(idsOf(finder.entries)).to.deep.equal(['circle', 'youth', 'caregivers', 'grief', 'women', 'appointment']);
    expect(finder.entries.map((e) => e.index)).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });

  it('adds paused and cancelled sessions only when asked to', () => {
    const raw = finderFeedWith({ ...weekly('stopped', { time: '10:00', days: ['fr'] }), status: 'cancelled' });
    expect(idsOf(indexFeed(raw).entries)).to.not.include.members(['paused', 'stopped']);
    const all = indexFeed(raw, { showInactive: true }).entries;
    expect(idsOf(all)).to.deep.equal(['circle', 'youth', 'caregivers', 'grief', 'women', 'appointment', 'paused', 'stopped']);
    expect(all.map((e) => e.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('knows in person, online and hybrid; a hybrid session is found as all three', () => {
    expect([entry('circle'), entry('caregivers'), entry('grief')].map((e) => e.mode)).to.deep.equal(['in-person', 'online', 'hybrid']);
    expect(entry('circle').values.mode).to.deep.equal(['in-person']);
    expect(entry('caregivers').values.mode).to.deep.equal(['online']);
    expect(entry('grief').values.mode).to.have.members(['hybrid', 'in-person', 'online']);
  });

  it('joins each session with its place', () => {
    expect(entry('circle').place?.name).to.equal('St Mark’s Church hall');
    expect(entry('circle').values.place).to.deep.equal(['hall']);
    expect(entry('caregivers').place).to.equal(undefined);
    expect(entry('caregivers').values.place).to.deep.equal([]);
  });

  it('takes the organization’s language for a session that names none, and compares base languages', () => {
    expect(entry('youth').languages).to.deep.equal(['en', 'es']);
    expect(entry('caregivers').languages).to.deep.equal(['en']);
    const spanishOrganization = indexFeed({ ...finderFeed, organization: { ...finderFeed.organization, language: 'es' } });
    expect(entry('caregivers', spanishOrganization.entries).languages).to.deep.equal(['es']);
    const regional = indexFeed(finderFeedWith({ ...weekly('regional', { time: '10:00' }), languages: ['es-MX', 'es-US', 'en-GB'] }));
    expect(entry('regional', regional.entries).languages).to.deep.equal(['es-MX', 'es-US', 'en-GB']);
    expect(entry('regional', regional.entries).values.language).to.deep.equal(['es', 'en']);
  });

  it('reads the kind, the audiences and whether it is free', () => {
    expect(entry('youth').values.kind).to.deep.equal(['sharing-circle']);
    expect(entry('youth').values.audience).to.deep.equal(['youth']);
    // One without audiences is for everyone: found under every audience the feed's sessions name.
    expect([...entry('appointment').values.audience].sort()).to.deep.equal(['adults', 'caregivers', 'grief', 'women', 'youth']);
    expect(entry('circle').free).to.equal(true);
    expect(entry('caregivers').free).to.equal(false);
  });

  it('leaves out a session at a place the feed does not have, as the check skips it', () => {
    const indexed = indexFeed(finderFeedWith(weekly('lost', { time: '10:00' }), { ...weekly('nowhere', { time: '11:00' }), place: 'nowhere' }));
    expect(indexed.problems.map((p) => [p.path, p.code, p.skipped])).to.deep.equal([['sessions[8].place', 'unknown-place', true]]);
    expect(idsOf(indexed.entries)).to.deep.equal(['circle', 'youth', 'caregivers', 'grief', 'women', 'appointment', 'lost']);
  });

  it('marks sessions by appointment while they are on offer', () => {
    const ended = { id: 'ended', title: 'Summer listening', kind: 'other', place: 'hall', schedule: { start_date: '2026-06-01', end_date: '2026-11-22', by_appointment: true } };
    const today = { ...ended, id: 'today', schedule: { ...ended.schedule, end_date: '2026-11-23' } };
    const indexed = indexFeed(finderFeedWith(ended, today));
    expect(indexed.entries.filter((e) => e.byAppointment).map((e) => e.session.id)).to.deep.equal(['appointment', 'today']);
  });

  describe('searchText', () => {
    it('holds the title, description and facilitator in every language, folded', () => {
      expect(searchText(entry('youth'))).to.include('youth sharing circle').and.include('circulo juvenil');
      expect(searchText(entry('circle'))).to.include('tuesday peer circle').and.include('a calm circle to talk and listen').and.include('trained peer volunteers');
    });

    it('holds the place’s name and address, but not an address given only on request', () => {
      expect(searchText(entry('circle'))).to.include('st marks church hall').and.include('12 elm street');
      expect(searchText(entry('youth'))).to.include('biblioteca de riverside').and.include('3 main street');
      expect(searchText(entry('women'))).to.include('haven house').and.not.include('secret');
    });

    it('folds accents and case, composed or decomposed', () => {
      const accented = { ...weekly('accented', { time: '10:00' }), title: { es: 'ÁNIMO y Café', fr: 'Cafe\u0301 Élan' } };
      const text = searchText(entry('accented', indexFeed(finderFeedWith(accented)).entries));
      expect(text).to.include('animo y cafe').and.include('cafe elan');
      expect(text).to.equal(foldText(text));
    });
  });
});

describe('foldText', () => {
  it('lowers case and drops accents, so “Círculo” and “circulo” match', () => {
    expect(foldText('Círculo Juvenil')).to.equal('circulo juvenil');
    expect(foldText('CAFE\u0301 ÑANDÚ Ökonomie')).to.equal('cafe nandu okonomie');
    expect(foldText('Grupo de apoyo')).to.equal('grupo de apoyo');
  });

  it('drops apostrophes and quote marks, writes ß as ss, and makes other punctuation a space', () => {
    for (const written of ["St Mark's", 'St Mark’s', 'ST MARKʼS', 'St Marks']) expect(foldText(written)).to.equal('st marks');
    expect(foldText('Self-Harm')).to.equal('self harm');
    expect(foldText('Straße')).to.equal('strasse');
    expect(foldText('צה״ל')).to.equal(foldText('צה"ל'));
  });

  it('reads full-width letters, as an East Asian keyboard types them, as the letters they are', () => {
    expect(foldText('ｇｒｉｅｆ ＧＲＯＵＰ')).to.equal('grief group');
  });
});

describe('expandRows', () => {
  it('gives every occurrence in the window as a row, sorted by start across sessions', () => {
    expect(idsOf(finder.rows).slice(0, 10)).to.deep.equal(['grief', 'circle', 'youth', 'women', 'grief', 'circle', 'youth', 'women', 'grief', 'caregivers']);
    const starts = finder.rows.map((row) => row.occurrence.start.getTime());
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(idsOf(finder.rows).filter((id) => id === 'appointment')).to.deep.equal([]);
  });

  it('sets each session’s weekdays and times of day, in the viewer’s zone', () => {
    expect(finder.entries.map((e) => [e.session.id, slotNames(e)])).to.deep.equal([
      ['circle', ['tu evening']],
      ['youth', ['we afternoon']],
      ['caregivers', ['tu morning']],
      ['grief', ['mo morning']],
      ['women', ['th evening']],
      ['appointment', []],
    ]);
  });

  it('splits the day at 4 am, noon and 5 pm, the small hours with the evening', () => {
    const times = ['00:00', '03:59', '04:00', '11:59', '12:00', '16:59', '17:00', '23:59'];
    const raw = finderFeedWith(...times.map((time, i) => weekly(`at-${i}`, { time, days: ['fr'] })));
    const rows = indexFeed(raw, { days: 7 }).rows.filter((row) => row.entry.session.id.startsWith('at-'));
    expect(rows.map((row) => `${viewerOf(row).hours}:${viewerOf(row).minutes} ${TIMES_OF_DAY[row.timeOfDay]}`)).to.deep.equal([
      '0:0 evening', '3:59 evening', '4:0 morning', '11:59 morning', '12:0 afternoon', '16:59 afternoon', '17:0 evening', '23:59 evening',
    ]);
    expect(rows.every((row) => row.weekday === DAYS.indexOf('fr'))).to.equal(true);
  });

  it('gives a viewer in another zone their own date, weekday and time of day', () => {
    const london = indexFeed(finderFeedWith(), { zone: 'Europe/London' });
    const tuesdayEvening = london.rows.find((row) => row.entry.session.id === 'circle')!;
    // Tuesday 18:30 in Chicago is Wednesday 00:30 in London; the occurrence keeps the session's own date.
    expect(tuesdayEvening.occurrence.date).to.equal('2026-11-24');
    expect(viewerOf(tuesdayEvening, 'Europe/London')).to.include({ date: '2026-11-25', weekday: 'we', hours: 0, minutes: 30 });
    expect([tuesdayEvening.weekday, TIMES_OF_DAY[tuesdayEvening.timeOfDay]]).to.deep.equal([DAYS.indexOf('we'), 'evening']);
    expect(slotNames(entry('circle', london.entries))).to.deep.equal(['we evening']);
    expect(slotNames(entry('youth', london.entries))).to.deep.equal(['we evening']);
  });

  it('places a session in its own zone by that zone’s clock', () => {
    const tokyo = weekly('tokyo', { time: '08:00', days: ['mo'], timezone: 'Asia/Tokyo' });
    const indexed = indexFeed(finderFeedWith(tokyo), { days: 7 });
    const row = indexed.rows.find((r) => r.entry.session.id === 'tokyo')!;
    // Monday 08:00 in Tokyo is Sunday 17:00 in Chicago.
    expect(row.occurrence.date).to.equal('2026-11-30');
    expect(viewerOf(row)).to.include({ date: '2026-11-29', weekday: 'su', hours: 17 });
    expect(slotNames(entry('tokyo', indexed.entries))).to.deep.equal(['su evening']);
    const inTokyo = indexFeed(finderFeedWith(tokyo), { days: 7, zone: 'Asia/Tokyo' });
    expect(slotNames(entry('tokyo', inTokyo.entries))).to.deep.equal(['mo morning']);
  });

  it('follows the viewer’s clock across daylight-saving changes the session’s zone does not share', () => {
    // 22:30 in London is 16:30 in Chicago, but 17:30 between the US change (8 March) and the UK one (29 March).
    const london = weekly('london', { time: '22:30', days: ['mo'], timezone: 'Europe/London' });
    const march = new Date('2026-03-01T12:00:00Z');
    const indexed = indexFeed(finderFeedWith(london), { now: march, days: 35 });
    const rows = indexed.rows.filter((row) => row.entry.session.id === 'london');
    expect(rows.map((row) => `${viewerOf(row).date} ${viewerOf(row).hours}:${viewerOf(row).minutes}`)).to.deep.equal([
      '2026-03-02 16:30', '2026-03-09 17:30', '2026-03-16 17:30', '2026-03-23 17:30', '2026-03-30 16:30',
    ]);
    expect(slotNames(entry('london', indexed.entries))).to.deep.equal(['mo afternoon', 'mo evening']);
  });

  describe('the window’s edges', () => {
    // An index of its own: expandRows sets the slots of the entries it is given.
    const circle = entry('circle', indexFeed(finderFeedWith()).entries);
    // The circle meets on Tuesday 24 November, 18:30–20:00 in Chicago (00:30–02:00 UTC the next day).
    const start = new Date('2026-11-25T00:30:00Z').getTime();
    const end = new Date('2026-11-25T02:00:00Z').getTime();
    const rowsFrom = (from: number, to: number, e = circle) => expandRows([e], { from: new Date(from), to: new Date(to) }, 'America/Chicago');

    it('keeps an occurrence that starts before the end of the window, not one starting at it', () => {
      expect(rowsFrom(start - 3_600_000, start + 1)).to.have.length(1);
      expect(rowsFrom(start - 3_600_000, start)).to.have.length(0);
    });

    it('keeps an occurrence in progress at the start of the window, not one that has ended by then', () => {
      expect(rowsFrom(end - 1, end + 3_600_000)).to.have.length(1);
      expect(rowsFrom(end, end + 3_600_000)).to.have.length(0);
    });

    it('keeps an occurrence without an end for an hour from its start', () => {
      const noEnd = entry('noon', indexFeed(finderFeedWith(weekly('noon', { time: '12:00', days: ['tu'] }))).entries);
      const noon = new Date('2026-11-24T18:00:00Z').getTime();
      expect(rowsFrom(noon, noon + 3_600_000, noEnd)).to.have.length(1);
      expect(rowsFrom(noon + 3_599_999, noon + 3_600_000, noEnd)).to.have.length(1);
      expect(rowsFrom(noon + 3_600_000, noon + 7_200_000, noEnd)).to.have.length(0);
    });

    it('sets the slots afresh for each window', () => {
      const indexed = indexFeed(finderFeedWith());
      expect(slotNames(entry('circle', indexed.entries))).to.deep.equal(['tu evening']);
      const rows = expandRows(indexed.entries, { from: FINDER_NOW, to: new Date('2026-11-24T06:00:00Z') }, 'America/Chicago');
      expect(idsOf(rows)).to.deep.equal(['grief']);
      expect(indexed.entries.map(slotNames)).to.deep.equal([[], [], [], ['mo morning'], [], []]);
    });
  });
});

describe('expandRowsInSteps', () => {
  it('pauses between pieces of work and ends with the rows expandRows gives, sorted by start', async () => {
    const { generateFeed } = await import('../mocks/generate-feed.js');
    const indexed = indexFeed(generateFeed({ sessions: 600, seed: 2, now: FINDER_NOW }), { days: 56 });
    const range = { from: FINDER_NOW, to: new Date(FINDER_NOW.getTime() + 56 * 86_400_000) };
    const steps = expandRowsInSteps(indexed.entries, range, 'America/Chicago');
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).to.be.greaterThan(5);
    const rows = next.value;
    // Each session's occurrences, in the order of the feed, then sorted by start (a stable sort).
    const occurrences = indexed.entries.flatMap((e) => expandSchedule(e.session.schedule, range).map((o) => ({ id: e.session.id, start: o.start.getTime() })));
    expect(rows.map((r) => `${r.entry.session.id} ${r.start}`)).to.deep.equal(occurrences.sort((a, b) => a.start - b.start).map((o) => `${o.id} ${o.start}`));
    expect(rows.every((r, i) => i === 0 || rows[i - 1].start <= r.start)).to.equal(true);
    expect(rows.every((r) => r.start === r.occurrence.start.getTime())).to.equal(true);
  });
});
