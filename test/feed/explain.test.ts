/**
 * Problems as codes (checkFeed), their sentences (problem-messages.ts), and
 * explainProblems, which loads those sentences only when there are problems.
 */
import { expect } from '@open-wc/testing';
import { allSections } from '../../src/feed/sections/all.js';
import { checkFeed } from '../../src/feed/validate.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { explainError, explainProblems } from '../../src/feed/explain.js';
import { FeedError, type FeedErrorReason } from '../../src/feed/errors.js';
import { problemMessage } from '../../src/feed/problem-messages.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { edit, fullFeed, valueAt, type Json } from '../mocks/feeds/validation/feeds.js';
import { BAD } from '../mocks/feeds/validation/cases.js';

/** Every value in a value, with its path. */
function* walk(v: unknown, path = ''): Generator<string> {
  yield path;
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(x, `${path}[${i}]`);
  else if (v !== null && typeof v === 'object') for (const key of Object.keys(v)) yield* walk((v as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
}

/** A feed with many of the broken rules of cases.ts at once (those that still fit together), so one check reports many codes. */
const BROKEN = JSON.stringify(BAD.filter((b) => /[.[]/.test(b.path)).reduce((feed, bad) => {
  try {
    return edit(bad.edits, feed);
  } catch {
    return feed; // an edit inside something an earlier one replaced
  }
}, fullFeed()));

async function silenced<T>(run: () => Promise<T>): Promise<{ result: T; warnings: unknown[][] }> {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('feed problems', () => {
  it('come out of checkFeed as codes and arguments, with no message yet', () => {
    const { problems } = checkFeed(BROKEN, allSections);
    expect(problems.length).to.be.greaterThan(20);
    for (const p of problems) {
      expect(p.code, p.path).to.match(/^[a-z]+(-[a-z]+)*$/);
      expect(p.args.every((a) => typeof a === 'string'), p.path).to.equal(true);
      expect(p.message).to.equal('');
    }
    expect(new Set(problems.map((p) => p.code)).size).to.be.greaterThan(10);
    const [updated] = checkFeed(JSON.stringify(edit({ 'sessions[0].updated': '2026-02-30' })), allSections).problems;
    expect(updated).to.deep.equal({ path: 'sessions[0].updated', code: 'not-date', args: ['"2026-02-30"', 'updated'], skipped: false, message: '', entry: 'peer-circle' });
  });

  it('are explained, once loaded, exactly as parseFeed explains them', async () => {
    const { problems } = checkFeed(BROKEN, allSections);
    const returned = await explainProblems(problems);
    expect(returned, 'filled in place').to.equal(problems);
    expect(problems).to.deep.equal(parseFeed(BROKEN).problems);
  });

  // One test per top-level section, so each stays well inside the time limit on a slow machine in every engine.
  describe('have a sentence for every code checkFeed reports, whatever is wrong and wherever', () => {
    const WRONG: Json[] = [0, -1.5, true, [], [1, 'x'], {}, { en: 1 }, 'x', '', null, '-04:00', 'javascript:alert(1)', 911];
    const PATHS = [...walk(fullFeed())].filter((p) => p && p !== 'version');
    const codes = new Set<string>();
    for (const section of new Set(PATHS.map((p) => p.split(/[.[]/)[0]))) {
      it(`in ${section}`, () => {
        const unexplained = new Set<string>();
        for (const path of PATHS.filter((p) => p.split(/[.[]/)[0] === section)) {
          for (const wrong of WRONG) {
            if (JSON.stringify(wrong) === JSON.stringify(valueAt(fullFeed(), path))) continue;
            for (const problem of checkFeed(edit({ [path]: wrong }), allSections).problems) {
              codes.add(problem.code);
              if (problemMessage(problem) === undefined) unexplained.add(`${problem.code} at ${problem.path}`);
            }
          }
        }
        expect([...unexplained]).to.deep.equal([]);
      });
    }

    it('over 30 codes in all', () => {
      expect(codes.size).to.be.greaterThan(30);
    });
  });

  it('say at least their code and path when the sentences cannot be loaded', async () => {
    const { problems } = checkFeed(JSON.stringify(edit({ 'messages[0].tone': 'loud', 'messages[1].starts': 'soon' })), allSections);
    const { result, warnings } = await silenced(() => explainProblems(problems, () => Promise.reject(new Error('offline'))));
    expect(result.map((p) => p.message)).to.deep.equal(['invalid at messages[0].tone', 'invalid at messages[1].starts']);
    expect(String(warnings[0]?.[0])).to.contain('could not load the feed problem messages');
  });

  it('say their code for a code the loaded sentences do not know (a newer bundle, an older feed-problems.js)', async () => {
    const problems: FeedProblem[] = [
      { path: 'sessions[0].x', code: 'something-new', args: [], message: '', skipped: false },
      { path: 'sessions[0].y', code: 'invalid', args: ['"z"', 'a_new_field'], message: '', skipped: false },
    ];
    await explainProblems(problems);
    expect(problems.map((p) => p.message)).to.deep.equal(['something-new at sessions[0].x', 'invalid at sessions[0].y']);
  });

  it('say which entry, or the whole signup, a skipped problem left out', () => {
    const { problems } = parseFeed(JSON.stringify(edit({ 'volunteering.roles[1].title': null, 'volunteering.submit.format': 'xml' })));
    expect(problems.map((p) => p.message)).to.deep.equal([
      'A role needs "title"; it is empty. This entry is left out.',
      '"xml" should be "json" or "form". The volunteer signup is left out.',
    ]);
  });
});

describe('a feed that cannot be used at all', () => {
  const REASONS: [FeedErrorReason, string[], string][] = [
    ['http', ['https://example.org/feed.json', '404 Not Found'], 'The feed at https://example.org/feed.json answered 404 Not Found.'],
    ['timeout', ['https://example.org/feed.json', '10'], 'the server did not answer within 10 seconds'],
    ['timeout', ['https://example.org/feed.json', '10', 'https://example.org/feed.json'], 'stopped arriving part-way: nothing more came for 10 seconds'],
    ['network', ['https://example.org/feed.json', 'Failed to fetch'], 'that the server allows this site (CORS)'],
    ['network', ['https://example.org/feed.json', 'network error', 'https://example.org/feed.json'], 'broke off part-way (network error). The address is right'],
    ['wide-text', [], 'save it again as UTF-8'],
    ['not-json', ['Unexpected token'], 'Check it with a JSON validator'],
    ['web-page', ['Unexpected token <'], 'It looks like a web page'],
    ['not-object', [], 'should be a JSON object'],
    ['no-version', [], 'add "version": 1 at the top'],
    ['unknown-version', ['2'], 'The feed says "version": 2'],
    ['no-feed', ['care-session-finder'], '<care-session-finder> has no feed'],
  ];

  it('gets its words on demand, for every reason', async () => {
    for (const [reason, args, says] of REASONS) {
      const error = await explainError(new FeedError('not-json', reason, ...args));
      expect(error.message, reason).to.contain(says);
    }
  });

  it('keeps its reason and facts when the words cannot be loaded', async () => {
    const error = new FeedError('timeout', 'timeout', 'https://example.org/feed.json', '10');
    const { warnings } = await silenced(() => explainError(error, () => Promise.reject(new Error('offline'))));
    expect(error.message).to.equal('timeout: https://example.org/feed.json: 10');
    expect(String(warnings[0]?.[0])).to.contain('could not load the feed problem messages');
  });

  it('has its words at once from parseFeed', () => {
    expect(() => parseFeed('<!doctype html><title>Not found</title>')).to.throw(FeedError, 'It looks like a web page, not the feed');
  });
});
