import { expect } from '@open-wc/testing';
import { type Day } from '../../src/feed/types.js';
import { DAYS } from '../../src/feed/codes.js';
import { applyFilters, FACETS, hasFilters, type Facet, type FilterResult, type Filters } from '../../src/session-finder/filters.js';
import { TIMES_OF_DAY, type IndexedSession, type Row, type TimeOfDay } from '../../src/session-finder/session-index.js';
import { baseLanguage, foldText } from '../../src/i18n/search-text.js';
import { generateFeed } from '../mocks/generate-feed.js';
import { FINDER_NOW } from '../mocks/session-feeds.js';
import { finderFeedWith, idsOf, indexFeed, viewerOf, type IndexedFeed, searchText } from './fixtures.js';

/*
 * The finder's sample feed at FINDER_NOW (Monday 23 November 2026, 09:15 in Chicago), over 28 days,
 * seen from Chicago. Its active sessions:
 *   grief       Mondays 09:00–10:30 (in progress), peer-group, grief, en, mosque + online (hybrid), free
 *   circle      Tuesdays 18:30, peer-group, adults, en, hall, in person, free
 *   caregivers  2nd Tuesday 10:00 (8 December), workshop, caregivers, en (the organization's), online, $5
 *   youth       Wednesdays 16:00, sharing-circle, youth, en + es, library, in person, free
 *   women       Thursdays 19:00, sharing-circle, women, en, haven (address on request), in person, free
 *   appointment by appointment, other, en, hall, in person, free
 * and one paused session, never listed here.
 */
const finder = indexFeed(finderFeedWith());

const run = (filters: Filters, { feed = finder, now = FINDER_NOW, limit }: { feed?: IndexedFeed; now?: Date; limit?: number } = {}) =>
  applyFilters(feed.entries, feed.rows, filters, now, limit);

/** The sessions a result lists, with or without rows, sorted by id. */
const listed = (result: FilterResult): string[] => [...new Set([...idsOf(result.rows), ...result.byAppointment.map((e) => e.session.id)])].sort();

const countsOf = (result: FilterResult, facet: Facet): Record<string, number> => Object.fromEntries(result.counts[facet]);

const ALL_KINDS = { 'peer-group': 2, 'sharing-circle': 2, workshop: 1, other: 1 };
const ALL_DAYS = { mo: 1, tu: 2, we: 1, th: 1 };
const ALL_TIMES = { morning: 2, afternoon: 1, evening: 2 };
const ALL_MODES = { 'in-person': 5, online: 2, hybrid: 1 };

describe('applyFilters', () => {
  describe('with no filter', () => {
    it('lists every active session, rows in start order, the by-appointment one apart', () => {
      const result = run({});
      expect(listed(result)).to.deep.equal(['appointment', 'caregivers', 'circle', 'grief', 'women', 'youth']);
      expect(idsOf(result.rows).slice(0, 5)).to.deep.equal(['grief', 'circle', 'youth', 'women', 'grief']);
      const starts = result.rows.map((row) => row.occurrence.start.getTime());
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      expect(result.rows).to.have.length(18);
      expect(result.byAppointment.map((e) => e.session.id)).to.deep.equal(['appointment']);
      expect(result.sessionCount).to.equal(6);
      expect(result.more).to.equal(false);
    });

    it('counts every value of every facet, a session once however often it meets', () => {
      const result = run({});
      expect(countsOf(result, 'day')).to.deep.equal(ALL_DAYS);
      expect(countsOf(result, 'time')).to.deep.equal(ALL_TIMES);
      expect(countsOf(result, 'kind')).to.deep.equal(ALL_KINDS);
      // appointment names no audience: it is for everyone, so counted under each.
      expect(countsOf(result, 'audience')).to.deep.equal({ adults: 2, youth: 2, caregivers: 2, grief: 2, women: 2 });
      expect(countsOf(result, 'language')).to.deep.equal({ en: 6, es: 1 });
      expect(countsOf(result, 'place')).to.deep.equal({ hall: 2, library: 1, mosque: 1, haven: 1 });
      // The hybrid session is found as in person, as online and as hybrid.
      expect(countsOf(result, 'mode')).to.deep.equal(ALL_MODES);
    });
  });

  describe('each filter alone', () => {
    const cases: [Filters, string[]][] = [
      [{ day: 'tu' }, ['caregivers', 'circle']],
      [{ day: 'sa' }, []],
      [{ time: 'morning' }, ['caregivers', 'grief']],
      [{ time: 'afternoon' }, ['youth']],
      [{ time: 'evening' }, ['circle', 'women']],
      [{ kind: 'peer-group' }, ['circle', 'grief']],
      [{ kind: 'other' }, ['appointment']],
      [{ audience: 'youth' }, ['appointment', 'youth']],
      [{ language: 'es' }, ['youth']],
      [{ language: 'es-MX' }, ['youth']],
      [{ language: 'EN' }, ['appointment', 'caregivers', 'circle', 'grief', 'women', 'youth']],
      [{ place: 'hall' }, ['appointment', 'circle']],
      [{ mode: 'in-person' }, ['appointment', 'circle', 'grief', 'women', 'youth']],
      [{ mode: 'online' }, ['caregivers', 'grief']],
      [{ mode: 'hybrid' }, ['grief']],
      [{ free: true }, ['appointment', 'circle', 'grief', 'women', 'youth']],
      [{ free: false }, ['appointment', 'caregivers', 'circle', 'grief', 'women', 'youth']],
      [{ query: 'circle' }, ['circle', 'women', 'youth']],
    ];
    for (const [filters, expected] of cases) {
      it(`${JSON.stringify(filters)} lists ${expected.join(', ') || 'nothing'}`, () => {
        const result = run(filters);
        expect(listed(result)).to.deep.equal(expected);
        expect(result.sessionCount).to.equal(expected.length);
      });
    }

    it('keeps only the rows on the chosen day and time of day, in the viewer’s zone', () => {
      const tuesdays = run({ day: 'tu' }).rows;
      expect(tuesdays.map((row) => viewerOf(row).date)).to.deep.equal(['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-08', '2026-12-15']);
      expect(tuesdays.every((row) => viewerOf(row).weekday === 'tu')).to.equal(true);
      expect(run({ time: 'morning' }).rows.map((row) => `${row.entry.session.id} ${viewerOf(row).date}`)).to.deep.equal([
        'grief 2026-11-23', 'grief 2026-11-30', 'grief 2026-12-07', 'caregivers 2026-12-08', 'grief 2026-12-14', 'grief 2026-12-21',
      ]);
    });

    it('counts a session in the small hours with the evening, the night it is, not the morning', () => {
      const late = indexFeed(finderFeedWith({
        id: 'late', title: 'After-shift circle', place: 'hall', schedule: { start_date: '2026-11-01', time: '00:30', repeat: 'weekly', days: ['sa'] },
      }));
      expect(listed(run({ time: 'evening' }, { feed: late }))).to.include('late');
      expect(listed(run({ time: 'morning' }, { feed: late }))).not.to.include('late');
      // A session at 4 am is an early morning's.
      const early = indexFeed(finderFeedWith({
        id: 'early', title: 'Dawn walk', place: 'hall', schedule: { start_date: '2026-11-01', time: '04:00', repeat: 'weekly', days: ['sa'] },
      }));
      expect(listed(run({ time: 'morning' }, { feed: early }))).to.include('early');
    });

    it('combines every filter, each narrowing the others', () => {
      const all: Filters = { day: 'tu', time: 'evening', kind: 'peer-group', audience: 'adults', language: 'en', place: 'hall', mode: 'in-person', free: true, query: 'calm' };
      const result = run(all);
      expect(idsOf(result.rows)).to.deep.equal(['circle', 'circle', 'circle', 'circle']);
      expect(result.sessionCount).to.equal(1);
      const offBy: Filters[] = [{ day: 'we' }, { time: 'morning' }, { kind: 'workshop' }, { audience: 'youth' }, { language: 'es' }, { place: 'library' }, { mode: 'online' }, { query: 'calm youth' }];
      for (const change of offBy) expect(run({ ...all, ...change }).sessionCount, JSON.stringify(change)).to.equal(0);
    });
  });

  describe('search', () => {
    const found = (query: string) => listed(run({ query }));

    it('needs every word, in any order', () => {
      expect(found('calm circle')).to.deep.equal(['circle']);
      expect(found('circle calm')).to.deep.equal(['circle']);
      expect(found('calm women')).to.deep.equal([]);
    });

    it('folds case and accents on both sides', () => {
      expect(found('CÍRCULO')).to.deep.equal(['youth']);
      expect(found('circulo JUVENIL')).to.deep.equal(['youth']);
      expect(found('Círcle')).to.deep.equal(['circle', 'women', 'youth']);
    });

    it('looks in the title, description, facilitator and place, in every language', () => {
      expect(found('calm')).to.deep.equal(['circle']); // the description
      expect(found('volunteers')).to.deep.equal(['circle']); // the facilitator
      expect(found('biblioteca')).to.deep.equal(['youth']); // the place's Spanish name
      expect(found('noor')).to.deep.equal(['grief']);
      expect(found('elm street')).to.deep.equal(['appointment', 'circle']); // the place's address
    });

    it('never matches the address of a place given only on request', () => {
      expect(found('secret lane')).to.deep.equal([]);
      expect(found('haven')).to.deep.equal(['women']);
    });

    it('takes a blank query as no search', () => {
      expect(run({ query: '   ' }).sessionCount).to.equal(6);
      expect(run({ query: '' }).sessionCount).to.equal(6);
    });
  });

  describe('counts: how many sessions each value would show given the other filters', () => {
    it('does not narrow a facet’s counts by its own filter, and narrows the others', () => {
      const result = run({ kind: 'peer-group' });
      expect(countsOf(result, 'kind')).to.deep.equal(ALL_KINDS);
      expect(countsOf(result, 'audience')).to.deep.equal({ adults: 1, grief: 1 });
      expect(countsOf(result, 'mode')).to.deep.equal({ 'in-person': 2, online: 1, hybrid: 1 });
      expect(countsOf(result, 'day')).to.deep.equal({ mo: 1, tu: 1 });
      expect(countsOf(run({ mode: 'online' }), 'mode')).to.deep.equal(ALL_MODES);
    });

    it('counts a session failing only that facet for its values, and one failing two facets for none', () => {
      // youth and appointment (for everyone) fail the kind only, circle and grief the audience only; women and caregivers fail both.
      const result = run({ kind: 'peer-group', audience: 'youth' });
      expect(result.sessionCount).to.equal(0);
      expect(result.rows).to.deep.equal([]);
      expect(countsOf(result, 'kind')).to.deep.equal({ 'sharing-circle': 1, other: 1 });
      expect(countsOf(result, 'audience')).to.deep.equal({ adults: 1, grief: 1 });
      for (const facet of ['day', 'time', 'language', 'place', 'mode'] as const) expect(countsOf(result, facet), facet).to.deep.equal({});
    });

    it('counts a session failing the free checkbox or the search for nothing', () => {
      // caregivers is the only workshop, and not free.
      expect(countsOf(run({ kind: 'workshop', free: true }), 'kind')).to.deep.equal({ 'peer-group': 2, 'sharing-circle': 2, other: 1 });
      // Of the sessions failing the audience only, those not matching the search are not counted.
      expect(countsOf(run({ audience: 'women', query: 'circle' }), 'audience')).to.deep.equal({ women: 1, adults: 1, youth: 1 });
    });

    it('narrows the day and time counts by the session filters', () => {
      const free = run({ free: true });
      expect(countsOf(free, 'day')).to.deep.equal({ mo: 1, tu: 1, we: 1, th: 1 });
      expect(countsOf(free, 'time')).to.deep.equal({ morning: 1, afternoon: 1, evening: 2 });
    });

    it('narrows the facet counts by the day and time, leaving the by-appointment session out', () => {
      const mondays = run({ day: 'mo' });
      expect(countsOf(mondays, 'kind')).to.deep.equal({ 'peer-group': 1 });
      expect(countsOf(mondays, 'place')).to.deep.equal({ mosque: 1 });
      expect(countsOf(mondays, 'mode')).to.deep.equal({ 'in-person': 1, online: 1, hybrid: 1 });
      expect(countsOf(run({ time: 'evening' }), 'kind')).to.deep.equal({ 'peer-group': 1, 'sharing-circle': 1 });
    });
  });

  describe('day and time counts together', () => {
    it('counts the days at the chosen time, and every time of day', () => {
      const evenings = run({ time: 'evening' });
      expect(countsOf(evenings, 'day')).to.deep.equal({ tu: 1, th: 1 });
      expect(countsOf(evenings, 'time')).to.deep.equal(ALL_TIMES);
    });

    it('counts the times on the chosen day, and every day', () => {
      const tuesdays = run({ day: 'tu' });
      expect(countsOf(tuesdays, 'time')).to.deep.equal({ morning: 1, evening: 1 });
      expect(countsOf(tuesdays, 'day')).to.deep.equal(ALL_DAYS);
    });

    it('with both set, counts each against the other', () => {
      const result = run({ day: 'tu', time: 'morning' });
      expect(idsOf(result.rows)).to.deep.equal(['caregivers']);
      expect(result.sessionCount).to.equal(1);
      expect(countsOf(result, 'day')).to.deep.equal({ mo: 1, tu: 1 });
      expect(countsOf(result, 'time')).to.deep.equal({ morning: 1, evening: 1 });
      const none = run({ day: 'mo', time: 'evening' });
      expect(none.sessionCount).to.equal(0);
      expect(countsOf(none, 'day')).to.deep.equal({ tu: 1, th: 1 });
      expect(countsOf(none, 'time')).to.deep.equal({ morning: 1 });
    });

    it('counts a session meeting on two days once on each, and once for its time of day', () => {
      const lunch = { id: 'lunch', title: 'Lunch walk', kind: 'social', place: 'hall', schedule: { start_date: '2026-01-01', time: '12:30', duration: 45, repeat: 'weekly', days: ['tu', 'th'] } };
      const feed = indexFeed(finderFeedWith(lunch));
      const result = run({}, { feed });
      expect(countsOf(result, 'day')).to.deep.equal({ mo: 1, tu: 3, we: 1, th: 2 });
      expect(countsOf(result, 'time')).to.deep.equal({ morning: 2, afternoon: 2, evening: 2 });
      expect(run({ day: 'th', time: 'afternoon' }, { feed }).sessionCount).to.equal(1);
    });
  });

  describe('by-appointment sessions', () => {
    it('have no rows, and count in sessionCount and the facet counts', () => {
      const result = run({ place: 'hall' });
      expect(idsOf(result.rows)).to.not.include('appointment');
      expect(result.byAppointment.map((e) => e.session.id)).to.deep.equal(['appointment']);
      expect(result.sessionCount).to.equal(2);
      expect(countsOf(run({}), 'kind').other).to.equal(1);
      expect(run({ place: 'library' }).byAppointment).to.deep.equal([]);
    });

    for (const filters of [{ day: 'mo' }, { time: 'morning' }, { day: 'mo', time: 'morning' }] as Filters[]) {
      it(`are left out by ${JSON.stringify(filters)}`, () => {
        const result = run(filters);
        expect(result.byAppointment).to.deep.equal([]);
        expect(listed(result)).to.not.include('appointment');
        expect(countsOf(result, 'kind')).to.not.have.property('other');
      });
    }

    it('are not listed once their end date has passed', () => {
      const ended = { id: 'ended', title: 'Summer listening', kind: 'other', place: 'hall', schedule: { start_date: '2026-06-01', end_date: '2026-11-01', by_appointment: true } };
      const result = run({}, { feed: indexFeed(finderFeedWith(ended)) });
      expect(result.byAppointment.map((e) => e.session.id)).to.deep.equal(['appointment']);
      expect(result.sessionCount).to.equal(6);
    });
  });

  describe('limit and more', () => {
    it('gives the first rows in start order and says there are more, counting the same', () => {
      const whole = run({});
      const first = run({}, { limit: 3 });
      expect(idsOf(first.rows)).to.deep.equal(['grief', 'circle', 'youth']);
      expect(first.more).to.equal(true);
      expect(first.sessionCount).to.equal(whole.sessionCount);
      expect(first.counts).to.deep.equal(whole.counts);
    });

    it('says there are no more when the limit holds every row', () => {
      const rows = run({}).rows.length;
      expect(run({}, { limit: rows }).more).to.equal(false);
      expect(run({}, { limit: rows - 1 }).more).to.equal(true);
      expect(run({ day: 'tu' }, { limit: 5 }).more).to.equal(false);
      expect(run({ day: 'tu' }, { limit: 4 }).more).to.equal(true);
    });

    it('with a limit of 0 gives no rows, and says whether any pass', () => {
      expect(run({}, { limit: 0 })).to.include({ more: true, sessionCount: 6 });
      expect(run({}, { limit: 0 }).rows).to.deep.equal([]);
      expect(run({ day: 'sa' }, { limit: 0 }).more).to.equal(false);
    });
  });

  describe('rows that have ended', () => {
    /** A one-off at noon today with no end time. */
    const talk = { id: 'talk', title: 'Noon talk', kind: 'talk', place: 'library', schedule: { start_date: '2026-11-23', time: '12:00', repeat: 'none' } };
    const withTalk = indexFeed(finderFeedWith(talk));

    it('drops a row once its end has passed', () => {
      expect(idsOf(run({}, { now: new Date('2026-11-23T16:29:59Z') }).rows)[0]).to.equal('grief'); // 10:29:59 in Chicago
      expect(idsOf(run({}, { now: new Date('2026-11-23T16:30:00Z') }).rows)[0]).to.equal('circle'); // 10:30, when grief ends
    });

    it('drops a row without an end an hour after it started', () => {
      expect(idsOf(run({ kind: 'talk' }, { feed: withTalk, now: new Date('2026-11-23T18:59:59Z') }).rows)).to.deep.equal(['talk']);
      expect(idsOf(run({ kind: 'talk' }, { feed: withTalk, now: new Date('2026-11-23T19:00:00Z') }).rows)).to.deep.equal([]);
    });

    it('counts no session whose rows have all ended by now', () => {
      const result = run({}, { feed: withTalk, now: new Date('2026-11-23T19:00:00Z') });
      expect(idsOf(result.rows)).to.not.include('talk');
      expect(result.sessionCount).to.equal(6);
      expect(countsOf(result, 'kind')).to.not.have.property('talk');
      expect(countsOf(result, 'day').mo).to.equal(1);
    });
  });
});

describe('hasFilters', () => {
  it('reads only the filters\' own values, never ones a page\'s script put on Object.prototype', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    try {
      polluted.day = 'sa';
      polluted.query = 'nothing matches this';
      expect(hasFilters({})).to.equal(false);
      expect(run({}).sessionCount).to.equal(6);
    } finally {
      delete polluted.day;
      delete polluted.query;
    }
  });

  it('is false with nothing set, or only empty values and an unticked box', () => {
    expect(hasFilters({})).to.equal(false);
    expect(hasFilters({ day: undefined, kind: undefined, query: undefined })).to.equal(false);
    expect(hasFilters({ query: '', free: false })).to.equal(false);
  });

  it('is true with any one filter set', () => {
    const each: Filters[] = [{ day: 'mo' }, { time: 'evening' }, { kind: 'workshop' }, { audience: 'youth' }, { language: 'es' }, { place: 'hall' }, { mode: 'online' }, { free: true }, { query: 'circle' }];
    for (const filters of each) expect(hasFilters(filters), JSON.stringify(filters)).to.equal(true);
  });

  it('agrees with applyFilters that a blank search is no filter', () => {
    expect(hasFilters({ query: '   ' })).to.equal(false);
  });

  it('agrees with hasFilters that an empty value is no filter', () => {
    expect(hasFilters({ kind: '' })).to.equal(false);
    expect(run({ kind: '' }).sessionCount).to.equal(6);
  });
});

/*
 * The cross-check: applyFilters counts with bitmasks and weekday/time slots; here the same
 * answers are worked out the slow, obvious way (set the filter, list what shows, count it)
 * on a generated feed, from the sessions' own fields and each row's start read with Intl.
 */
describe('applyFilters against a naive count', () => {
  const raw = generateFeed({ sessions: 300, seed: 7 });

  const timeOfDayAt = (hours: number): TimeOfDay => (hours >= 4 && hours < 12 ? 'morning' : hours >= 12 && hours < 17 ? 'afternoon' : 'evening');

  function naiveFinder(indexed: IndexedFeed, zone: string) {
    const { entries, rows, feed } = indexed;
    const clock = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    const viewed = new Map(rows.map((row) => {
      const parts = clock.formatToParts(row.occurrence.start);
      const weekday = parts.find((p) => p.type === 'weekday')!.value.slice(0, 2).toLowerCase() as Day;
      return [row, { weekday, time: timeOfDayAt(Number(parts.find((p) => p.type === 'hour')!.value)) }];
    }));
    const rowsOf = new Map<IndexedSession, Row[]>(entries.map((entry) => [entry, rows.filter((row) => row.entry === entry)]));
    const languagesOf = (entry: IndexedSession) => (entry.session.languages ?? [feed.organization.language]).map(baseLanguage);

    const passesSession = (entry: IndexedSession, f: Filters): boolean => {
      const { session } = entry;
      const words = foldText(f.query ?? '').split(/\s+/).filter(Boolean);
      const mode = session.place && session.online ? 'hybrid' : session.place ? 'in-person' : 'online';
      return (f.kind === undefined || session.kind === f.kind)
        // A session without audiences is for everyone.
        && (f.audience === undefined || (session.audiences ?? []).includes(f.audience) || !session.audiences?.length)
        && (f.language === undefined || languagesOf(entry).includes(baseLanguage(f.language)))
        && (f.place === undefined || session.place === f.place)
        && (f.mode === undefined || mode === f.mode || mode === 'hybrid')
        && (!f.free || session.cost === 'free')
        && words.every((word) => searchText(entry).includes(word));
    };
    const rowPasses = (row: Row, f: Filters, now: Date): boolean => {
      const { weekday, time } = viewed.get(row)!;
      const ended = (row.occurrence.end?.getTime() ?? row.start + 3_600_000) <= now.getTime();
      return (f.day === undefined || weekday === f.day) && (f.time === undefined || time === f.time) && !ended;
    };
    const shows = (entry: IndexedSession, f: Filters, now: Date): boolean => passesSession(entry, f)
      && (entry.byAppointment ? f.day === undefined && f.time === undefined : rowsOf.get(entry)!.some((row) => rowPasses(row, f, now)));

    const valuesOf: Record<Facet, string[]> = {
      day: [...DAYS],
      time: [...TIMES_OF_DAY],
      kind: [...new Set(entries.map((e) => e.session.kind))],
      audience: [...new Set(entries.flatMap((e) => e.session.audiences ?? []))],
      language: [...new Set(entries.flatMap(languagesOf))],
      place: [...new Set(entries.flatMap((e) => e.session.place ?? []))],
      mode: ['in-person', 'online', 'hybrid'],
    };

    return (f: Filters, now: Date, limit = Infinity) => {
      const counts = Object.fromEntries(FACETS.map((facet) => {
        const byValue = valuesOf[facet].map((value) => [value, entries.filter((e) => shows(e, { ...f, [facet]: value }, now)).length] as const);
        return [facet, Object.fromEntries(byValue.filter(([, n]) => n > 0))];
      })) as Record<Facet, Record<string, number>>;
      const passing = rows.filter((row) => passesSession(row.entry, f) && rowPasses(row, f, now));
      return {
        rows: passing.slice(0, limit),
        more: passing.length > limit,
        sessionCount: entries.filter((e) => shows(e, f, now)).length,
        byAppointment: entries.filter((e) => e.byAppointment && shows(e, f, now)),
        counts,
      };
    };
  }

  const combinations = (place: string): Filters[] => [
    {},
    { day: 'tu' },
    { time: 'evening' },
    { day: 'sa', time: 'morning' },
    { kind: 'peer-group' },
    { audience: 'youth', language: 'es' },
    { mode: 'online', day: 'we' },
    { mode: 'in-person', free: true, time: 'afternoon' },
    { mode: 'hybrid', kind: 'workshop' },
    { query: 'circulo' },
    { place, kind: 'peer-group' },
    { language: 'es', kind: 'sharing-circle', audience: 'adults', day: 'th', free: true },
    { audience: 'parents', mode: 'online', time: 'morning', query: 'group' },
  ];

  for (const zone of ['America/Chicago', 'Asia/Kolkata']) {
    it(`gives the same rows, sessions and counts for a 300-session feed seen from ${zone}`, () => {
      const indexed = indexFeed(raw, { days: 56, zone });
      expect(indexed.problems).to.deep.equal([]);
      const naive = naiveFinder(indexed, zone);
      const position = new Map(indexed.rows.map((row, i) => [row, i]));
      const positions = (rows: Row[]) => rows.map((row) => position.get(row));
      const busiestPlace = Object.entries(naive({}, FINDER_NOW).counts.place).sort((a, b) => b[1] - a[1])[0][0];

      // The feed has what the counting must get right: by-appointment, hybrid and online sessions, several languages.
      const everything = naive({}, FINDER_NOW);
      expect(everything.sessionCount).to.be.greaterThan(250);
      expect(everything.byAppointment.length).to.be.greaterThan(5);
      expect(everything.counts.mode.hybrid).to.be.greaterThan(10);
      expect(Object.keys(everything.counts.day)).to.have.length(7);

      combinations(busiestPlace).forEach((filters, i) => {
        const limit = i % 2 ? 25 : undefined;
        const what = `${JSON.stringify(filters)}, limit ${limit}`;
        const expected = naive(filters, FINDER_NOW, limit);
        const actual = applyFilters(indexed.entries, indexed.rows, filters, FINDER_NOW, limit);
        expect(positions(actual.rows), `rows for ${what}`).to.deep.equal(positions(expected.rows));
        expect(actual.more, `more for ${what}`).to.equal(expected.more);
        expect(actual.sessionCount, `sessionCount for ${what}`).to.equal(expected.sessionCount);
        expect(idsOf(actual.byAppointment), `byAppointment for ${what}`).to.deep.equal(idsOf(expected.byAppointment));
        for (const facet of FACETS) expect(countsOf(actual, facet), `${facet} counts for ${what}`).to.deep.equal(expected.counts[facet]);
        // Each combination leaves something to count, so the comparison is never of two empty answers.
        expect(FACETS.some((facet) => Object.keys(expected.counts[facet]).length > 1), `something counted for ${what}`).to.equal(true);
      });
    });
  }
});
