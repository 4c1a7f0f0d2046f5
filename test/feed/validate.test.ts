/**
 * parseFeed against every rule of shared/spec/feed-format.md. Each case
 * (test/mocks/feeds/validation/cases.ts) changes the complete, valid feed in
 * one place; here we assert the exact problem: its path, that its message says
 * what to fix, whether the entry was skipped, and that nothing else was lost.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { FeedError } from '../../src/feed/errors.js';
import type { ParsedFeed } from '../../src/feed/types.js';
import { edit, fullFeed, minimalFeed, REMOVE, valueAt, withSession, type Json } from '../mocks/feeds/validation/feeds.js';
import { BAD, GOOD, message, org, place, referral, schedule, session, volunteering } from '../mocks/feeds/validation/cases.js';

/** The lists of entries a problem path can point into, e.g. `sessions[3]`, `volunteering.roles[0]`. */
const ENTRY = /^((?:volunteering\.)?(?:places|sessions|referrals|messages|roles))\[(\d+)\]/;

const ids = (root: unknown, list: string): unknown[] => ((valueAt(root, list) as { id?: unknown }[] | undefined) ?? []).map((e) => e?.id);
const paths = (result: ParsedFeed) => result.problems.map((p) => p.path).sort();

function parse(feed: Json): ParsedFeed {
  return parseFeed(JSON.stringify(feed));
}

describe('parseFeed', () => {
  it('reads the complete feed without a problem', () => {
    const { feed, problems } = parse(fullFeed());
    expect(problems).to.deep.equal([]);
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['peer-circle', 'grief-online']);
    expect(feed.referrals.map((r) => r.id)).to.deep.equal(['crisis-line', 'walk-in-clinic']);
    expect(feed.messages.map((m) => m.id)).to.deep.equal(['listening', 'winter-line']);
    expect(feed.volunteering?.roles.map((r) => r.id)).to.deep.equal(['listener', 'greeter']);
    expect(feed.places[1].address_on_request).to.equal(true);
  });

  it('reads text and an already parsed value alike', () => {
    expect(parseFeed(fullFeed())).to.deep.equal(parse(fullFeed()));
  });

  describe('reports each broken rule at its path', () => {
    for (const bad of BAD) {
      it(`${bad.rule}: ${bad.path}`, () => {
        const input = edit(bad.edits);
        const result = parse(input);
        expect(paths(result), 'every problem found').to.deep.equal([bad.path, ...(bad.also ?? [])].sort());
        const problem = result.problems.find((p) => p.path === bad.path)!;
        for (const words of bad.says) expect(problem.message).to.include(words);
        expect(problem.skipped, 'skipped').to.equal(bad.skipped);

        // `skipped` says what really happened: each skipped entry is gone, and nothing else was lost.
        if (bad.skipped) expect(problem.message).to.match(bad.path.startsWith('volunteering') && !ENTRY.test(bad.path) ? /The volunteer signup is left out\.$/ : /left out\.$/);
        expect(result.feed.volunteering === undefined, 'volunteering left out')
          .to.equal(result.problems.some((p) => p.skipped && p.path.startsWith('volunteering') && !ENTRY.test(p.path)));
        for (const list of ['places', 'sessions', 'referrals', 'messages', 'volunteering.roles']) {
          if (!Array.isArray(valueAt(input, list)) || (list.startsWith('volunteering') && !result.feed.volunteering)) continue;
          const gone = new Set(result.problems.filter((p) => p.skipped).map((p) => ENTRY.exec(p.path)).filter((m) => m?.[1] === list).map((m) => Number(m![2])));
          expect(ids(result.feed, list), list).to.deep.equal(ids(input, list).filter((_, i) => !gone.has(i)));
        }
        if (!bad.skipped) expect(valueAt(result.feed, bad.path), 'value left at the path').to.deep.equal(bad.value);
        bad.then?.(result);
      });
    }
  });

  describe('accepts every good form', () => {
    for (const [rule, edits] of GOOD) {
      it(rule, () => {
        expect(parse(edit(edits)).problems).to.deep.equal([]);
      });
    }

    it('the smallest feed', () => {
      const { feed, problems } = parse(minimalFeed());
      expect(problems).to.deep.equal([]);
      expect(feed).to.deep.include({ places: [], sessions: [], referrals: [], messages: [], labels: {}, volunteering: undefined });
    });
  });

  describe('fills in the defaults of the spec', () => {
    it('for the organization, sessions, referrals, messages and signups', () => {
      const { feed, problems } = parse(edit({
        'organization.language': REMOVE,
        ...session(1, { kind: REMOVE, cost: REMOVE, status: REMOVE, 'schedule.timezone': REMOVE }),
        ...schedule(0, { repeat: REMOVE, interval: REMOVE, days: REMOVE }),
        ...referral(0, { kind: REMOVE }),
        ...message(1, { tone: REMOVE }),
        ...volunteering({ 'submit.format': REMOVE, fields: REMOVE }),
      }));
      expect(problems).to.deep.equal([]);
      expect(feed.organization.language).to.equal('en');
      expect(feed.sessions[1]).to.deep.include({ kind: 'peer-group', cost: 'free', status: 'active' });
      expect(feed.sessions[1].schedule.timezone).to.equal('America/Chicago');
      expect(feed.sessions[0].schedule).to.deep.include({ repeat: 'none', interval: 1 });
      expect(feed.referrals[0].kind).to.equal('service');
      expect(feed.messages[1].tone).to.equal('info');
      expect(feed.volunteering?.submit.format).to.equal('json');
      expect(feed.volunteering?.fields).to.deep.equal([]);
    });

    it('keeps paused and cancelled sessions, for widgets that are asked for them', () => {
      const { feed } = parse(withSession({ status: 'cancelled' }));
      expect(feed.sessions.map((s) => s.status)).to.deep.equal(['cancelled', 'paused']);
    });
  });

  describe('one bad entry never hides the good ones', () => {
    it('a feed with one broken session still yields every other session', () => {
      const sessions = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ ...(fullFeed().sessions as Record<string, Json>[])[0], id }));
      const { feed, problems } = parse(edit({ sessions, 'sessions[3].schedule.timezone': '-04:00' }));
      expect(feed.sessions.map((s) => s.id)).to.deep.equal(['a', 'b', 'c', 'e']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: 'sessions[3].schedule.timezone', skipped: true });
      expect(problems[0].message).to.include('is not a time zone name').and.include('America/New_York');
    });

    it('a missing organization timezone is reported once, and sessions with their own zone stay', () => {
      const { feed, problems } = parse(edit({ 'organization.timezone': REMOVE, 'sessions[0].schedule.timezone': REMOVE }));
      expect(paths({ feed, problems })).to.deep.equal(['organization.timezone', 'sessions[0].schedule.timezone']);
      expect(problems.find((p) => p.path === 'sessions[0].schedule.timezone')).to.include({ skipped: true });
      expect(feed.sessions.map((s) => s.id)).to.deep.equal(['grief-online']);
    });

    it('an organization time zone that cannot be used is named in each session and referral that needed it', () => {
      const { feed, problems } = parse(edit({ 'organization.timezone': 'EST', 'sessions[0].schedule.timezone': REMOVE, 'referrals[1].timezone': REMOVE }));
      expect(paths({ feed, problems })).to.deep.equal(['organization.timezone', 'referrals[1].hours', 'sessions[0].schedule.timezone']);
      for (const path of ['sessions[0].schedule.timezone', 'referrals[1].hours']) {
        const { message } = problems.find((p) => p.path === path)!;
        expect(message, path).to.include('the organization\'s time zone could not be used').and.include('see organization.timezone');
        expect(message, path).not.to.include('set "timezone" on the organization');
      }
      expect(feed.sessions.map((s) => s.id)).to.deep.equal(['grief-online']);
      expect(feed.referrals[1].hours).to.equal(undefined);
    });

    it('a session at a place that was left out points at the place\'s own problem', () => {
      const { feed, problems } = parse(edit({ 'places[0].name': REMOVE }));
      expect(paths({ feed, problems })).to.deep.equal(['places[0].name', 'referrals[1].place', 'sessions[0].place']);
      const session = problems.find((p) => p.path === 'sessions[0].place')!;
      expect(session).to.include({ skipped: true, code: 'unknown-place' });
      expect(session.message).to.include('the place "st-marks-hall" is left out because of its own problem (see places[0])').and.not.include('add it to "places"');
      expect(problems.find((p) => p.path === 'referrals[1].place')!.message).to.include('(see places[0])').and.include('walk-in address');
      expect(feed.sessions.map((s) => s.id)).to.deep.equal(['grief-online']);
    });

    it('a place id that no entry has still says to add the place', () => {
      const { problems } = parse(edit({ 'sessions[0].place': 'church-hall' }));
      expect(problems[0].message).to.include('no place has the id "church-hall"; add it to "places"');
    });

    it('every entry list survives a broken entry in every other list', () => {
      const { feed, problems } = parse(edit({
        'places[2]': { name: 'No id' }, 'sessions[2]': { id: 'x' }, 'referrals[2]': 'a string', 'messages[2]': { id: 'm', text: '' },
      }));
      expect(problems.every((p) => p.skipped)).to.equal(true);
      // The session is left out for each of its three mistakes, all said at once.
      expect(paths({ feed, problems })).to.deep.equal(['messages[2].text', 'places[2].id', 'referrals[2]', 'sessions[2]', 'sessions[2].schedule', 'sessions[2].title']);
      expect([feed.places.length, feed.sessions.length, feed.referrals.length, feed.messages.length]).to.deep.equal([2, 2, 2, 2]);
    });
  });

  describe('fails as a whole only when the file is unusable', () => {
    const failures: [string, unknown, string, string][] = [
      ['text that is not JSON', '{version: 1}', 'not-json', 'not valid JSON'],
      ['an HTML page instead of the feed', '<!doctype html><title>Not found</title>', 'not-json', 'looks like a web page'],
      ['an empty file', '', 'not-json', 'The feed file is empty: upload it again'],
      ['no version', JSON.stringify(edit({ version: REMOVE })), 'bad-version', 'add "version": 1'],
      ['an unknown version', JSON.stringify(edit({ version: 2 })), 'bad-version', '"version": 2, which these widgets do not know'],
      ['the version as a string', JSON.stringify(edit({ version: '1' })), 'bad-version', 'write it without quotes: "version": 1'],
      ['the version as a string with a decimal', JSON.stringify(edit({ version: '1.0' })), 'bad-version', '"version": "1.0" in quotes; write it without quotes: "version": 1'],
      ['the version as a string with a space', JSON.stringify(edit({ version: ' 1' })), 'bad-version', '"version": " 1" in quotes; write it without quotes: "version": 1'],
      ['a list instead of an object', '[{"version": 1}]', 'bad-version', 'should be a JSON object'],
      ['JSON null', 'null', 'bad-version', 'should be a JSON object'],
      ['a number passed in', 1, 'bad-version', 'should be a JSON object'],
    ];
    for (const [what, input, code, says] of failures) {
      it(what, () => {
        let error: unknown;
        try {
          parseFeed(input);
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).code).to.equal(code);
        expect((error as FeedError).message).to.include(says);
      });
    }

    it('reads a file that starts with a byte-order mark', () => {
      expect(parseFeed(`\uFEFF${JSON.stringify(minimalFeed())}`).problems).to.deep.equal([]);
    });

    it('reads version 1.0 as 1', () => {
      expect(parseFeed(JSON.stringify(minimalFeed()).replace('"version":1', '"version":1.0')).feed.version).to.equal(1);
    });
  });

  describe('keeps unknown fields (principle 3)', () => {
    it('says so of a field of the feed written in capitals or with spaces, which is kept and ignored', () => {
      const feed = edit({ Sessions: valueAt(fullFeed(), 'sessions') as Json, sessions: REMOVE, ' Messages ': [], 'x-Sessions': 1, Notes: 'kept' });
      const { feed: read, problems } = parse(feed);
      expect(problems.map(({ path, code, skipped }) => ({ path, code, skipped }))).to.deep.equal([
        { path: 'Sessions', code: 'unknown-field', skipped: false },
        { path: ' Messages ', code: 'unknown-field', skipped: false },
      ]);
      expect(problems[0].message).to.equal('"Sessions" is not a field of the feed, so it is ignored: did you mean "sessions"? Field names are written in lower case, without spaces');
      expect(read.sessions).to.deep.equal([]);
      expect((read as unknown as Record<string, unknown>).Sessions).to.deep.equal(valueAt(fullFeed(), 'sessions'));
    });


    it('at every level, as they are', () => {
      const extra = { note: 'kept', nested: { list: [1, { deep: true }] } };
      const { feed, problems } = parse(edit({
        x_top: extra,
        'organization.x_org': extra,
        'places[0].x_place': extra,
        'sessions[0].x_session': extra,
        'sessions[0].schedule.x_schedule': extra,
        'sessions[0].online.x_online': extra,
        'sessions[0].registration.x_registration': extra,
        'referrals[1].hours[0].x_hours': extra,
        'messages[1].link.x_link': extra,
        'volunteering.x_volunteering': extra,
        'volunteering.roles[0].x_role': extra,
        'volunteering.submit.x_submit': extra,
        'volunteering.consent.x_consent': extra,
        'labels.x_labels': extra,
      }));
      expect(problems).to.deep.equal([]);
      const kept = [
        'x_top', 'organization.x_org', 'places[0].x_place', 'sessions[0].x_session', 'sessions[0].schedule.x_schedule',
        'sessions[0].online.x_online', 'sessions[0].registration.x_registration', 'referrals[1].hours[0].x_hours',
        'messages[1].link.x_link', 'volunteering.x_volunteering', 'volunteering.roles[0].x_role',
        'volunteering.submit.x_submit', 'volunteering.consent.x_consent', 'labels.x_labels',
      ];
      for (const path of kept) expect(valueAt(feed, path), path).to.deep.equal(extra);
    });

    it('but not keys that could reach a prototype', () => {
      const { feed } = parseFeed('{"version": 1, "organization": {"name": "X"}, "x": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "ok": 1}}');
      expect((feed as unknown as { x: object }).x).to.deep.equal({ ok: 1 });
      expect(Object.getPrototypeOf((feed as unknown as { x: object }).x)).to.equal(Object.prototype);
    });

    it('and a known field with a bad value is not kept as an unknown one', () => {
      const { feed } = parse(edit(place(0, { lat: 'north', website: 'https://example.org' })));
      expect(feed.places[0]).to.include({ lat: undefined, lng: undefined, website: 'https://example.org' });
    });
  });

  describe('ids', () => {
    it('may repeat across different lists', () => {
      const { problems } = parse(edit({ 'sessions[1].id': 'st-marks-hall', 'messages[0].id': 'st-marks-hall', 'volunteering.roles[0].id': 'st-marks-hall' }));
      expect(problems).to.deep.equal([]);
    });

    it('keep a corrected copy whose first holder was left out', () => {
      const { feed, problems } = parse(edit({ 'sessions[0].schedule.time': 'half past six', 'sessions[1].id': 'peer-circle' }));
      expect(paths({ feed, problems })).to.deep.equal(['sessions[0].schedule.time']);
      expect(feed.sessions.map((s) => [s.id, s.title])).to.deep.equal([['peer-circle', 'Grief sharing circle']]);
    });

    it('keep the first of two entries with one id', () => {
      const { feed } = parse(edit(message(1, { id: 'listening' })));
      expect(feed.messages.map((m) => m.text)).to.deep.equal([{ en: 'Listening helps more than advice.', es: 'Escuchar ayuda más que aconsejar.' }]);
    });
  });

  describe('forgiving where it can be', () => {
    it('reads "24/7" and time zones without the spaces around them', () => {
      const { feed, problems } = parse(edit({ 'referrals[0].hours': '24/7 ', 'sessions[0].schedule.timezone': ' America/Chicago', 'organization.timezone': 'utc' }));
      expect(problems).to.deep.equal([]);
      expect(feed.referrals[0].hours).to.equal('24/7');
      expect(feed.sessions[0].schedule.timezone).to.equal('America/Chicago');
      expect(feed.organization.timezone).to.equal('utc');
    });

    it('keeps a date and time with seven decimals of a second, cut to three so every browser reads it alike', () => {
      const { feed, problems } = parse(edit(message(1, { ends: '2027-01-02T23:59:59.9999999-06:00' })));
      expect(problems).to.deep.equal([]);
      expect(feed.messages[1].ends).to.equal('2027-01-02T23:59:59.999-06:00');
      expect(Date.parse(feed.messages[1].ends!)).to.equal(Date.UTC(2027, 0, 3, 5, 59, 59, 999));
    });
  });

  describe('safe links', () => {
    it('keeps a safe URL trimmed', () => {
      const { feed, problems } = parse(edit(org({ url: '  https://riverside.example.org/ \n' })));
      expect(problems).to.deep.equal([]);
      expect(feed.organization.url).to.equal('https://riverside.example.org/');
    });

    it('drops a URL hidden behind a no-break space', () => {
      const { feed, problems } = parse(edit(org({ url: '\u00A0javascript:alert(1)' })));
      expect(paths({ feed, problems })).to.deep.equal(['organization.url']);
      expect(feed.organization.url).to.equal(undefined);
    });
  });
});

describe('readSections', () => {
  it('checks each section once, leaves the page’s own feed object as it was, and gives every widget the same entries', async () => {
    const { readCore, readSections } = await import('../../src/feed/validate.js');
    const { sessionsSection } = await import('../../src/feed/sections/sessions.js');
    const { referralsSection } = await import('../../src/feed/sections/referrals.js');
    const raw = fullFeed();
    const before = JSON.stringify(raw);
    const checked = readCore(raw);
    const finder = readSections(checked, [sessionsSection]);
    const lookup = readSections(checked, [referralsSection, sessionsSection]);
    expect(JSON.stringify(raw)).to.equal(before);
    expect(finder.feed.sessions.length).to.be.greaterThan(0);
    expect(lookup.feed.sessions).to.equal(finder.feed.sessions);
    expect(lookup.feed.referrals.length).to.be.greaterThan(0);
    expect(lookup.problems).to.deep.equal(parseFeed(fullFeed()).problems.filter((p) => !/^(messages|volunteering|labels)/.test(p.path)).map((p) => ({ ...p, message: '' })));
  });
});
