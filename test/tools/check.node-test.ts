/**
 * `care-widgets check`: the command as a webmaster runs it (exit codes, what it
 * prints), and the pure check underneath on each kind of broken file.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkFeedFile } from '../../src/tools/check.js';
import { explainJsonSyntax } from '../../src/tools/json-text.js';
import { runCli, tempDir } from './run-cli.js';

const SAMPLE = 'demo/sample-feed.json';
const CHAPEL = 'test/tools/fixtures/chapel-feed.json';
const sampleText = readFileSync(SAMPLE, 'utf8');

/** The text at a line and column of `text`. */
const textAt = (text: string, line: number, column: number) => text.split('\n')[line - 1].slice(column - 1);

describe('care-widgets check', () => {
  it('passes the sample feed, counting every section, with exit code 0', async () => {
    const { code, stdout } = await runCli(['check', SAMPLE]);
    assert.equal(code, 0);
    assert.equal(stdout, [
      SAMPLE, '', 'Summary:', '  6 places', '  15 sessions', '  13 referrals', '  5 messages', '  3 volunteer roles', '',
      'No problems: ready to publish.', '',
    ].join('\n'));
  });

  it('shows a trailing comma, a legacy zone, a "7pm" time and a missing place, each at its line, and exits 1', async () => {
    const { code, stdout } = await runCli(['check', CHAPEL]);
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    assert.ok(lines.includes('  33:6  a comma before `]` on line 33: remove it (JSON allows no comma after the last item)'), stdout);
    assert.ok(lines.includes('Once that is fixed, the widgets would still find:'), stdout);
    assert.ok(lines.includes('  20:114  sessions[0].schedule.timezone ("tuesday-circle"): left out'), stdout);
    assert.ok(lines.some((l) => l.includes('"EST" is a fixed-offset zone name that ignores summer time') && l.includes('"America/New_York"')), stdout);
    assert.ok(lines.includes('  26:57   sessions[1].schedule.time ("evening-circle"): left out'), stdout);
    assert.ok(lines.some((l) => l.includes('"7pm" is not a time; write it as HH:MM on a 24-hour clock, e.g. "18:30". This entry is left out.')), stdout);
    assert.ok(lines.includes('  31:16   sessions[2].place ("grief-group"): left out'), stdout);
    assert.ok(lines.some((l) => l.includes('no place has the id "chapel-hal"; add it to "places" or fix the id')), stdout);
    assert.ok(lines.includes('  3 sessions, 3 left out'), stdout);
    assert.ok(lines.includes('  1 place'), stdout);
    assert.equal(lines.at(-2), 'Not ready: the file cannot be read as it is, and 3 entries are left out.');
  });

  it('prints what docs/webmaster-toolkit.md shows', async () => {
    const { stdout } = await runCli(['check', 'chapel-feed.json'], 'test/tools/fixtures');
    const doc = readFileSync('docs/webmaster-toolkit.md', 'utf8');
    assert.ok(doc.includes(`$ npx care-widgets check chapel-feed.json\n${stdout}\`\`\``), 'the transcript in docs/webmaster-toolkit.md is out of date');
  });

  it('reports a legacy zone name such as "EST" at its line', () => {
    const report = checkFeedFile(readFileSync(CHAPEL, 'utf8'));
    const zone = report.problems.find((p) => p.path === 'sessions[0].schedule.timezone');
    assert.ok(zone, 'a problem at sessions[0].schedule.timezone');
    assert.equal(zone.line, 20);
    assert.match(zone.message, /"EST" is a fixed-offset zone name that ignores summer time.*America\/New_York/);
  });

  it('gives the same in JSON with --json', async () => {
    const { code, stdout } = await runCli(['check', CHAPEL, '--json']);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(report.fileProblems.map((p: { line: number; column: number }) => [p.line, p.column]), [[33, 6]]);
    assert.deepEqual(report.problems.map((p: { path: string; line: number; skipped: boolean; entry: string }) => [p.path, p.line, p.skipped, p.entry]), [
      ['sessions[0].schedule.timezone', 20, true, 'tuesday-circle'],
      ['sessions[1].schedule.time', 26, true, 'evening-circle'],
      ['sessions[2].place', 31, true, 'grief-group'],
    ]);
    assert.deepEqual(report.sections.find((s: { section: string }) => s.section === 'sessions'), { section: 'sessions', noun: ['session', 'sessions'], total: 3, leftOut: 3 });
  });

  it('points each problem at the value it is about', () => {
    const feed = JSON.parse(sampleText);
    feed.sessions[4].schedule.timezone = '-04:00';
    feed.referrals[2].url = 'javascript:alert(1)';
    feed.places[1].lat = 'north';
    feed.messages[0].tone = 'loud';
    const text = JSON.stringify(feed, null, 2);
    const report = checkFeedFile(text);
    assert.deepEqual(report.problems.map((p) => p.path).sort(), ['messages[0].tone', 'places[1].lat', 'referrals[2].url', 'sessions[4].schedule.timezone']);
    for (const [p, value] of [['sessions[4].schedule.timezone', '"-04:00"'], ['referrals[2].url', '"javascript:alert(1)"'], ['places[1].lat', '"north"'], ['messages[0].tone', '"loud"']]) {
      const problem = report.problems.find((x) => x.path === p)!;
      assert.ok(textAt(text, problem.line!, problem.column!).startsWith(value), `${p} at ${problem.line}:${problem.column}`);
    }
  });

  it('points a missing field at the entry that lacks it', () => {
    const feed = JSON.parse(sampleText);
    delete feed.sessions[2].title;
    const text = JSON.stringify(feed, null, 2);
    const problem = checkFeedFile(text).problems.find((p) => p.path === 'sessions[2].title')!;
    assert.ok(textAt(text, problem.line!, problem.column!).startsWith('{'));
    assert.ok(textAt(text, problem.line! + 1, 1).includes(`"id": "${feed.sessions[2].id}"`));
  });

  it('exits 0 when a value is wrong but nothing is left out, and says what to fix', async () => {
    const dir = tempDir();
    const feed = JSON.parse(sampleText);
    feed.referrals[0].url = 'javascript:alert(1)';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const { code, stdout } = await runCli(['check', 'feed.json'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /referrals\[0\]\.url \("[^"]+"\): kept\n\s+"javascript:alert\(1\)" is not a safe link/);
    assert.match(stdout, /Nothing is left out; 1 value needs fixing \(see above\)\.\n$/);
  });

  it('says when the file is not there, with exit code 1', async () => {
    const { code, stderr } = await runCli(['check', 'no-such-feed.json']);
    assert.equal(code, 1);
    assert.equal(stderr, 'There is no file no-such-feed.json.\n');
  });

  it('says what is missing when there is no file or command', async () => {
    assert.equal((await runCli(['check'])).code, 2);
    const { code, stderr } = await runCli(['chek', SAMPLE]);
    assert.equal(code, 2);
    assert.match(stderr, /^Unknown command "chek"\./);
  });

  describe('a feed given by its address', () => {
    let base = '';
    const server = createServer((request, response) => {
      if (request.url === '/feed.json') response.writeHead(200, { 'content-type': 'application/json' }).end(sampleText);
      else if (request.url === '/page') response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html>\n<html><body>Not found</body></html>');
      else response.writeHead(404).end();
    });
    before(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    })));
    after(() => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }));

    it('checks what the address serves', async () => {
      const { code, stdout } = await runCli(['check', `${base}/feed.json`]);
      assert.equal(code, 0);
      assert.match(stdout, /15 sessions\n/);
    });

    it('says when the address answers with an error', async () => {
      const { code, stderr } = await runCli(['check', `${base}/missing.json`]);
      assert.equal(code, 1);
      assert.equal(stderr, `${base}/missing.json answered 404 Not Found: the widgets would show an error.\n`);
    });

    it('says when the address serves a web page instead of the feed', async () => {
      const { code, stdout } = await runCli(['check', `${base}/page`]);
      assert.equal(code, 1);
      assert.match(stdout, /1:1 {2}this is a web page \(HTML\), not a feed: check the address/);
    });
  });
});

describe('encodings', () => {
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);

  it('recognises UTF-16 with its byte-order mark, says to save as UTF-8, and still checks the content', () => {
    const report = checkFeedFile(utf16le(sampleText));
    assert.equal(report.ok, false);
    assert.equal(report.encoding, 'utf-16le');
    assert.deepEqual(report.fileProblems.map((p) => p.code), ['utf-16']);
    assert.match(report.fileProblems[0].message, /saved as UTF-16 \(little-endian\).*every widget would say it cannot read the information\. Save it as UTF-8/);
    assert.deepEqual(report.problems, []);
    assert.equal(report.sections.find((s) => s.section === 'sessions')?.total, 15);
  });

  it('recognises big-endian UTF-16 without a byte-order mark', () => {
    const le = Buffer.from('{"version": 1, "organization": {"name": "X"}}', 'utf16le');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    const report = checkFeedFile(be);
    assert.equal(report.encoding, 'utf-16be');
    assert.match(report.fileProblems[0].message, /UTF-16 \(big-endian\)/);
  });

  it('accepts a UTF-8 byte-order mark with a note, and exit code 0', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.json'), `\uFEFF${sampleText}`);
    const { code, stdout } = await runCli(['check', 'feed.json'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /Note: the file begins with a byte-order mark \(BOM\)/);
    assert.match(stdout, /No problems: ready to publish\./);
  });

  it('finds the first character that is not UTF-8 (a file saved as Windows-1252)', () => {
    const latin1 = Buffer.from('{\n  "version": 1,\n  "organization": {"name": "Caf\xe9 Circle"}\n}', 'latin1');
    const report = checkFeedFile(new Uint8Array(latin1));
    assert.deepEqual(report.fileProblems.map((p) => [p.code, p.line]), [['not-utf-8', 3]]);
    assert.match(report.fileProblems[0].message, /Line 3 has a character that is not UTF-8 .* Save it as UTF-8/);
    assert.equal(report.ok, false);
  });
});

describe('JSON mistakes in words', () => {
  const cases: [string, string, string, number][] = [
    ['a trailing comma in an object', '{"version": 1,\n "organization": {"name": "X",}\n}', 'a comma before `}` on line 2: remove it', 2],
    ['two commas', '{"version": 1,, "organization": {"name": "X"}}', 'two commas in a row on line 1: remove one', 1],
    ['a missing comma between lines', '{\n  "version": 1\n  "organization": {"name": "X"}\n}', 'a comma is missing at the end of line 2', 2],
    ['a missing comma on one line', '{"version": 1 "organization": {"name": "X"}}', 'a comma is missing on line 1 before `"`', 1],
    ['curly quotes', '{"version": 1, "organization": {"name": “Chapel”}}', 'curly quotes (“ ”) on line 1: JSON needs straight double quotes', 1],
    ['single quotes', "{'version': 1}", 'single quotes on line 1: JSON needs double quotes', 1],
    ['a field name without quotes', '{\n  version: 1\n}', 'the field name `version` on line 2 needs double quotes: "version"', 2],
    ['True in capitals', '{"version": 1, "places": [{"id": "a", "name": "A", "address_on_request": True}]}', '`True` on line 1: write true in lower case', 1],
    ['undefined', '{"version": 1, "updated": undefined}', '`undefined` on line 1 is not JSON: leave the field out, or write null', 1],
    ['a comment', '{\n  // our feed\n  "version": 1\n}', 'a comment on line 2: JSON has no comments; remove it', 2],
    ['an unclosed object', '{\n  "version": 1,\n  "organization": {"name": "X"}\n', 'the file ends before the `{` on line 1 is closed: add `}`', 4],
    ['an object closed twice', '{"version": 1}\n}', 'more text after the end of the feed on line 2', 2],
    ['a line break inside text', '{"version": 1, "organization": {"name": "St\nAnne"}}', 'text in quotes starting on line 1 is not closed on that line', 1],
    ['a Windows path', '{"version": 1, "x": "C:\\data"}', 'a backslash on line 1 that JSON does not allow', 1],
    ['a number with a leading zero', '{"version": 1, "organization": {"emergency": {"number": 0112}}}', '`0112` on line 1 is not a number JSON can read: no leading zeros', 1],
    ['an empty file', '  \n', 'The file is empty', 0],
  ];
  for (const [what, text, says, line] of cases) {
    it(what, () => {
      const [first] = explainJsonSyntax(text).problems;
      assert.ok(first, 'a problem');
      assert.ok(first.message.includes(says), first.message);
      if (line) assert.equal(first.line, line);
      // The browser's own parser agrees the file is broken.
      assert.throws(() => JSON.parse(text));
    });
  }

  it('checks the rest of the feed when only commas and comments need removing', () => {
    const report = checkFeedFile('{\n  // ours\n  "version": 1,\n  "organization": {"name": "X", "url": "javascript:x",},\n}');
    assert.deepEqual(report.fileProblems.map((p) => p.line), [2, 4, 4]);
    assert.equal(report.checkedAfterRepair, true);
    assert.deepEqual(report.problems.map((p) => [p.path, p.line]), [['organization.url', 4]]);
  });

  it('does not guess past a mistake it cannot repair', () => {
    const report = checkFeedFile('{"version": 1, "organization": {"name": “X”}, "sessions": [,]}');
    assert.equal(report.fileProblems.length, 1);
    assert.equal(report.checkedAfterRepair, false);
    assert.deepEqual(report.problems, []);
  });

  it('says when the file is JSON but not a care feed', () => {
    for (const [text, says] of [['[]', 'should be a JSON object'], ['{"organization": {}}', 'has no "version"'], ['{\n  "version": 2\n}', '"version": 2']] as const) {
      const report = checkFeedFile(text);
      assert.equal(report.ok, false);
      assert.equal(report.fileProblems[0].code, 'not-a-feed');
      assert.ok(report.fileProblems[0].message.includes(says), report.fileProblems[0].message);
    }
    assert.equal(checkFeedFile('{\n  "version": 2\n}').fileProblems[0].line, 2);
  });
});
