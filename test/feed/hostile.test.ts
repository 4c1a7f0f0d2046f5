/**
 * A hostile feed (principle 2, "Text is untrusted") yields only safe output:
 * no unsafe URL anywhere in it, text that stays text, no prototype reached,
 * and parseFeed never throws on anything that is JSON with version 1.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { ParsedFeed } from '../../src/feed/types.js';
import { edit, fullFeed, valueAt, type Json } from '../mocks/feeds/validation/feeds.js';
import { UNSAFE_URLS } from '../mocks/feeds/validation/cases.js';

const HTML = '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>&lt;b&gt;';

/** Every URL field of the complete feed. */
const URL_PATHS = [
  'organization.url', 'organization.contact.url', 'organization.feedback_url', 'sessions[0].online.url', 'sessions[0].registration.url',
  'sessions[1].online.url', 'referrals[0].chat_url', 'referrals[0].url', 'messages[1].link.url', 'volunteering.submit.url', 'volunteering.privacy_url',
];


/** Keys whose values are structure rather than words; every other string in the feed is text. */
const STRUCTURAL = new Set([
  'version', 'id', 'place', 'url', 'chat_url', 'feedback_url', 'privacy_url', 'timezone', 'language', 'languages', 'country',
  'start_date', 'end_date', 'time', 'end_time', 'except', 'add', 'repeat', 'days', 'weeks', 'status', 'updated', 'verified',
  'opens', 'closes', 'starts', 'ends', 'tone', 'format', 'fields', 'hours',
]);

const DANGEROUS = /^(javascript|data|vbscript|file|blob|ftp):$/;
/** A scheme a browser would run or load, found two independent ways: by the URL parser, and by eye. */
function isUnsafeUrl(s: string): boolean {
  for (const candidate of [s, s.trim()]) {
    try {
      if (DANGEROUS.test(new URL(candidate, 'https://base.invalid/').protocol)) return true;
    } catch {
      // not a URL at all: cannot become a link
    }
  }
  return /^[\s\u0000-\u0020]*(javascript|data|vbscript|file|blob|ftp):/i.test(s.replace(/[\t\n\r]/g, ''));
}

/** Every value in a value, with its path. */
function* walk(v: unknown, path = ''): Generator<{ path: string; value: unknown }> {
  yield { path, value: v };
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(x, `${path}[${i}]`);
  else if (v !== null && typeof v === 'object') for (const key of Object.keys(v)) yield* walk((v as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
}

const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];
const PROTOTYPES: unknown[] = [Object.prototype, Array.prototype, null];

/** What is wrong with what parseFeed returned; checked in plain code, since it runs thousands of times. */
function unsafeParts(result: ParsedFeed): string[] {
  const found: string[] = [];
  for (const { path, value } of walk(result)) {
    if (typeof value === 'string' && isUnsafeUrl(value)) found.push(`unsafe URL at ${path}: ${JSON.stringify(value)}`);
    if (typeof value === 'function') found.push(`a function at ${path}`);
    if (value !== null && typeof value === 'object') {
      const bad = Reflect.ownKeys(value).filter((k) => UNSAFE_KEYS.includes(String(k)));
      if (bad.length > 0) found.push(`key ${String(bad[0])} at ${path}`);
      if (!PROTOTYPES.includes(Object.getPrototypeOf(value))) found.push(`an unusual prototype at ${path}`);
    }
  }
  for (const problem of result.problems) {
    if (Object.keys(problem).sort().join() !== 'args,code,entry,message,path,skipped') found.push(`problem fields ${Object.keys(problem).join()}`);
    if (problem.entry !== undefined && typeof problem.entry !== 'string') found.push(`a malformed entry id at ${problem.path}`);
    if (typeof problem.code !== 'string' || !Array.isArray(problem.args) || problem.args.some((a) => typeof a !== 'string')) found.push(`a malformed code or args at ${problem.path}`);
    if (typeof problem.message !== 'string' || /undefined|\[object |NaN/.test(problem.message)) found.push(`unclear message at ${problem.path}: ${problem.message}`);
    if (typeof problem.path !== 'string' || typeof problem.skipped !== 'boolean') found.push(`a malformed problem at ${String(problem.path)}`);
  }
  return found;
}

const expectSafe = (result: ParsedFeed) => expect(unsafeParts(result)).to.deep.equal([]);

/** Paths of every value in the complete feed: leaves and containers. */
const ALL_PATHS = [...walk(fullFeed())].map((n) => n.path).filter((p) => p && p !== 'version');

/** Paths of the feed's words: strings not under a structural key (the nearest named key decides). */
const TEXT_PATHS = [...walk(fullFeed())].filter(({ path, value }) => {
  if (typeof value !== 'string') return false;
  const named = path.replace(/\[\d+\]/g, '').split('.');
  // A cost is a code; a WhatsApp number must start with its country code (reported otherwise).
  return !named.some((k) => STRUCTURAL.has(k)) && !/^referrals\[\d+\]\.(cost|whatsapp)$/.test(path);
}).map((n) => n.path);

function pollutionSnapshot(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]);
}

describe('a hostile feed', () => {
  const before = pollutionSnapshot();
  afterEach(() => {
    expect(pollutionSnapshot(), 'Object.prototype and Array.prototype unchanged').to.equal(before);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('finds the feed\'s text and URL fields to attack', () => {
    // Guards the generators below: if the complete feed changes shape, these lists must follow.
    expect(TEXT_PATHS).to.include.members(['organization.name.en', 'sessions[0].title.es', 'sessions[1].cost.en', 'labels.audiences.farmers.en', 'messages[1].link.text', 'volunteering.consent.text']);
    expect(TEXT_PATHS).not.to.include.members(['referrals[0].cost', 'sessions[0].id']);
    expect(TEXT_PATHS.length).to.be.greaterThan(50);
    for (const path of URL_PATHS) expect(valueAt(fullFeed(), path), path).to.be.a('string');
  });

  it('keeps HTML and <script> in every text field as the same text', () => {
    const result = parseFeed(JSON.stringify(edit(Object.fromEntries(TEXT_PATHS.map((p) => [p, HTML])))));
    // An email field that holds no address is said to make no link, and kept as written.
    const emails = TEXT_PATHS.filter((p) => /^((sessions|referrals)\[\d+\]\.(registration\.|contact\.)?|organization\.contact\.|volunteering\.submit\.)email$/.test(p));
    expect(emails).to.have.length.above(1);
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal(emails.map((p) => [p, 'no-email-address']));
    for (const path of TEXT_PATHS) expect(valueAt(result.feed, path), path).to.equal(HTML);
    expectSafe(result);
  });

  for (const url of UNSAFE_URLS) {
    it(`drops ${JSON.stringify(url)} from every URL field, and says so`, () => {
      const links = URL_PATHS.filter((p) => p !== 'volunteering.submit.url');
      const result = parseFeed(JSON.stringify(edit(Object.fromEntries(links.map((p) => [p, url])))));
      // The online-only session is kept, and said to have no way to join.
      expect(result.problems.map((p) => p.path).sort()).to.deep.equal([...links, 'sessions[1].online'].sort());
      for (const path of links.filter((p) => p !== 'messages[1].link.url')) expect(valueAt(result.feed, path), path).to.equal(undefined);
      expect(result.feed.messages[1].link, 'a link with nowhere safe to go').to.equal(undefined);
      expect(result.feed.sessions.map((s) => s.id), 'the sessions themselves stay').to.deep.equal(['peer-circle', 'grief-online']);
      expectSafe(result);

      const signup = parseFeed(JSON.stringify(edit({ 'volunteering.submit.url': url })));
      expect(signup.problems.map((p) => p.path)).to.deep.equal(['volunteering.submit.url']);
      expect(signup.feed.volunteering, 'a signup with nowhere safe to go').to.equal(undefined);
      expectSafe(signup);
    });
  }

  // One test per top-level section, so each stays well inside the time limit in every engine (over 1,000 feeds in all).
  const SECTIONS = [...new Set(ALL_PATHS.map((path) => path.split(/[.[]/)[0]))];
  for (const section of SECTIONS) {
    it(`never throws on a wrong type anywhere in ${section}, and loses only what is wrong`, () => {
      const WRONG: Json[] = [0, -1.5, true, [], [1, 'x'], {}, { en: 1 }, 'x', '', null];
      let parsed = 0;
      for (const path of ALL_PATHS.filter((p) => p.split(/[.[]/)[0] === section)) {
        const original = JSON.stringify(valueAt(fullFeed(), path));
        for (const wrong of WRONG) {
          if (JSON.stringify(wrong) === original) continue;
          const input = edit({ [path]: wrong });
          let result: ParsedFeed;
          try {
            result = parseFeed(JSON.stringify(input));
          } catch (e) {
            throw new Error(`${path} = ${JSON.stringify(wrong)} threw ${(e as Error).message}`);
          }
          const found = unsafeParts(result);
          for (const problem of result.problems) {
            const parent = problem.path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
            if (parent !== '' && valueAt(input, parent) === undefined) found.push(`${problem.path} is nowhere in the feed`);
          }
          if (found.length > 0) expect.fail(`${path} = ${JSON.stringify(wrong)}: ${found.join('; ')}`);
          parsed += 1;
        }
      }
      expect(parsed).to.be.greaterThan(8);
    });
  }

  it('covers every section of the feed with those wrong types', () => {
    expect(SECTIONS).to.include.members(['organization', 'places', 'sessions', 'referrals', 'messages', 'volunteering', 'labels']);
  });

  it('never throws when every value at once has the wrong type', () => {
    const flip = (v: Json): Json => {
      if (Array.isArray(v)) return { list: v.map(flip) };
      if (v !== null && typeof v === 'object') return Object.entries(v).map(([k, x]) => ({ [k]: flip(x) }));
      if (typeof v === 'string') return v.length;
      if (typeof v === 'number') return String(v);
      return v === null ? 'null' : Number(v);
    };
    const feed = Object.fromEntries(Object.entries(fullFeed()).map(([k, v]) => [k, k === 'version' ? v : flip(v)]));
    const result = parseFeed(JSON.stringify(feed));
    expectSafe(result);
    expect(result.feed).to.deep.include({ places: [], sessions: [], referrals: [], messages: [], volunteering: undefined });
    expect(result.problems.length).to.be.greaterThan(5);
  });

  it('reaches no prototype through __proto__, constructor or prototype keys at any level', () => {
    const POISON = { polluted: 'yes', toString: 'no', url: 'javascript:alert(1)' };
    // JSON text, because in a JavaScript literal "__proto__" would set the prototype instead of adding a key.
    const poisonEverywhere = (v: Json): Json => {
      if (Array.isArray(v)) return v.map(poisonEverywhere);
      if (v === null || typeof v !== 'object') return v;
      const out: Record<string, Json> = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poisonEverywhere(x)]));
      for (const key of ['__proto__', 'constructor', 'prototype']) out[`@@${key}`] = { ...POISON, prototype: POISON };
      return out;
    };
    const text = JSON.stringify(poisonEverywhere(fullFeed())).replace(/"@@(__proto__|constructor|prototype)":/g, '"$1":');
    expect(text.match(/"__proto__":/g)?.length, 'poisoned objects').to.be.greaterThan(30);

    for (const input of [text, JSON.parse(text) as unknown]) {
      const result = parseFeed(input);
      expectSafe(result);
      // Only Text maps and label groups read these keys as data; there they are reported, and the good languages kept.
      expect(result.feed.sessions.map((s) => s.id)).to.deep.equal(['peer-circle', 'grief-online']);
      expect(result.feed.sessions[0].title).to.deep.equal({ en: 'Peer circle', es: 'Círculo de pares' });
      expect(result.feed.volunteering?.roles.map((r) => r.id)).to.deep.equal(['listener', 'greeter']);
      expect(result.feed.labels.audiences?.farmers).to.deep.equal({ en: 'Farmers', es: 'Agricultores' });
      expect(result.problems.every((p) => !p.skipped), 'nothing skipped').to.equal(true);
      expect(result.problems.map((p) => p.path)).to.include.members(['sessions[0].title.__proto__', 'organization.name.constructor']);
    }
  });

  it('never throws on values no JSON file holds: cycles, deep nesting, huge text', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    let deep: Json = 'bottom';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const feed = edit({ 'sessions[0].description': 'x'.repeat(1_000_000) });
    const [sessions, places] = [feed.sessions, feed.places] as object[][];
    Object.assign(feed, { x_cycle: cycle });
    Object.assign(sessions[0], { x_deep: deep });
    Object.assign(places[0], { directions: deep });
    Object.assign(sessions[1], { title: cycle });
    const result = parseFeed(feed);
    expectSafe(result);
    expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['places[0].directions', 'sessions[1].title', 'sessions[1].title.a', 'sessions[1].title.self']);
    expect(result.problems.every((p) => p.message.length < 300), 'messages stay short').to.equal(true);
    expect(result.feed.sessions.map((s) => s.id)).to.deep.equal(['peer-circle']);
  });

  it('reads an out-of-range number as a wrong value, not a position', () => {
    const result = parseFeed(JSON.stringify(fullFeed()).replace('"lat":41.88', '"lat":1e309'));
    expect(result.problems.map((p) => p.path)).to.deep.equal(['places[0].lat']);
    expect(result.feed.places[0].lat).to.equal(undefined);
  });

  it('reads only the feed\'s own fields, never ones a page\'s script put on Object.prototype', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    const POLLUTION = { by_appointment: true, tone: 'urgent', day: 'sa', timezone: 'EST', urgent: true, address_on_request: false, hours: '24/7', status: 'cancelled' };
    const clean = parseFeed(JSON.stringify(fullFeed()));
    try {
      Object.assign(polluted, POLLUTION);
      const dirty = parseFeed(JSON.stringify(fullFeed()));
      expect(JSON.stringify(dirty.feed)).to.equal(JSON.stringify(clean.feed));
      expect(dirty.problems).to.deep.equal(clean.problems);
    } finally {
      for (const key of Object.keys(POLLUTION)) delete polluted[key];
    }
  });
});
