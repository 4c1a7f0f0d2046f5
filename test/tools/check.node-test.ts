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
import { describeCheckReport } from '../../src/tools/format-check.js';
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

  it('lists the problems in the order of the file, line by line and along a line', () => {
    const feed = JSON.parse(sampleText);
    // The validator reads a schedule's time before its days, and the organization before the sessions.
    feed.sessions[0].schedule = { days: ['xx'], time: '7pm', start_date: '2026-01-05', repeat: 'weekly' };
    feed.organization.url = 'javascript:alert(1)';
    const text = JSON.stringify(feed, null, 2).replace(/"schedule": \{[^}]*\}/, JSON.stringify({ schedule: feed.sessions[0].schedule }).slice(1, -1));
    const positions = checkFeedFile(text).problems.map((p) => [p.line!, p.column!]);
    assert.ok(positions.length >= 3);
    assert.deepEqual(positions, [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
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
    assert.match(stdout, /referrals\[0\]\.url \("[^"]+"\): shown without it\n\s+"javascript:alert\(1\)" is not a safe link/);
    assert.match(stdout, /Nothing is left out; 1 value needs fixing \(see above\)\.\n$/);
  });

  it('says when the file is not there, with exit code 1', async () => {
    const { code, stderr } = await runCli(['check', 'no-such-feed.json']);
    assert.equal(code, 1);
    assert.equal(stderr, 'There is no file no-such-feed.json.\n');
  });

  it('checks every file given, each under its name, and exits 1 when any is not ready', async () => {
    const dir = tempDir();
    const feed = JSON.parse(sampleText);
    feed.sessions[0].schedule.time = '7pm';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(feed, null, 2));
    writeFileSync(join(dir, 'good.json'), sampleText);
    const { code, stdout } = await runCli(['check', 'good.json', 'bad.json', 'good.json'], dir);
    assert.equal(code, 1);
    const reports = stdout.split(/\n(?=good\.json\n|bad\.json\n)/);
    assert.deepEqual(reports.map((r) => r.split('\n')[0]), ['good.json', 'bad.json', 'good.json']);
    assert.match(reports[0], /No problems: ready to publish\.\n$/);
    assert.match(reports[1], /sessions\[0\]\.schedule\.time \("[^"]+"\): left out/);
    assert.match(stdout, /\n1 of 3 files is not ready: bad\.json\.\n$/);

    const both = await runCli(['check', 'good.json', 'good.json'], dir);
    assert.equal(both.code, 0);
    assert.match(both.stdout, /\nAll 2 files are ready\.\n$/);

    const json = await runCli(['check', 'good.json', 'no-such.json', '--json'], dir);
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.stdout).map((r: { source: string; ok: boolean }) => [r.source, r.ok]), [['good.json', true], ['no-such.json', false]]);
  });

  it('says a mistyped or incomplete option in plain words, with exit code 2', async () => {
    const typo = await runCli(['check', SAMPLE, '--jsn']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /^Unknown option --jsn\. The options of check are: --json\.\n/);
    const value = await runCli(['check', SAMPLE, '--json=yes']);
    assert.equal(value.code, 2);
    assert.match(value.stderr, /^--json takes no value\.\n/);
    const missing = await runCli(['from-csv', '--sessions', 'sessions.csv', '--out']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^--out needs a value after it, e.g\. --out feed\.json\.\n/);
    const imported = await runCli(['import', 'hsds', 'services.json', '--zone', 'UTC']);
    assert.equal(imported.code, 2);
    assert.match(imported.stderr, /^Unknown option --zone\. The options of import hsds are: --name, --timezone, /);
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

  it('reads a file saved as Windows-1252 as the widgets do, points at its first such character, and says to save it as UTF-8', async () => {
    const latin1 = Buffer.from('{\n  "version": 1,\n  "organization": {"name": "Caf\xe9 Circle \x96 \x93open\x94"}\n}', 'latin1');
    const report = checkFeedFile(new Uint8Array(latin1));
    assert.equal(report.encoding, 'windows-1252');
    assert.deepEqual(report.fileProblems.map((p) => [p.code, p.line, p.column]), [['not-utf-8', 3, 32]]);
    assert.match(report.fileProblems[0].message, /^The file is not saved as UTF-8: line 3 has a character UTF-8 does not have \(é\)\. The widgets read such a file as Windows-1252 .* Save it as UTF-8/);
    // The widgets show everything, so nothing is left out.
    assert.equal(report.ok, true);
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.json'), latin1);
    const { code, stdout } = await runCli(['check', 'feed.json'], dir);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /cannot be read/);
    assert.match(stdout, /\nNothing is left out; the file should be saved as UTF-8 \(see above\)\.\n$/);
  });

  it('names Notepad\'s curly apostrophe, quotes and € as they are, not as invisible control characters', async () => {
    const ansi = Buffer.from('{"version": 1, "organization": {"name": "St Anne\x92s \x93Caf\xe9\x94 \x80"}}', 'latin1');
    assert.match(checkFeedFile(new Uint8Array(ansi)).fileProblems[0].message, /^The file is not saved as UTF-8: line 1 has a character UTF-8 does not have \(’\)\./);
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.json'), ansi);
    const { stdout } = await runCli(['check', 'feed.json'], dir);
    assert.match(stdout, /a character UTF-8 does not have \(’\)/);
    assert.doesNotMatch(stdout, /\\u009/);
  });
});

describe('a file of another kind', () => {
  it('is said as what it is, not as a feed in the wrong encoding', async () => {
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe, 0x9c, 0x01]);
    assert.deepEqual(checkFeedFile(workbook).fileProblems.map((p) => p.code), ['syntax']);
    const dir = tempDir();
    writeFileSync(join(dir, 'groups.xlsx'), workbook);
    const { code, stdout } = await runCli(['check', 'groups.xlsx'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^groups\.xlsx\n\nThe JSON has 1 mistake, so every widget would say it cannot read the information:\n {2}1:1 {2}this is an Excel workbook/);
    assert.doesNotMatch(stdout, /UTF-8|\\u0003/);
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
    ['a spreadsheet saved as CSV', 'id,title,start_date,time\r\ntue,"Tuesday circle, upstairs",2026-03-03,19:00\r\n', 'this is a spreadsheet saved as CSV (its first line names columns), not a feed: make the feed from it with care-widgets from-csv', 1],
    ['a CSV of European Excel, with semicolons and quoted headings', '"id";"title"\n"tue";"Tuesday circle"\n', 'this is a spreadsheet saved as CSV', 1],
    ['a comment with a comma in it', '// our feed, edited by Mary\n{"version": 1}', 'a comment on line 1: JSON has no comments', 1],
    ['a feed saved by TextEdit as a formatted document', '{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n\\f0\\fs24 \\{"version": 1\\}}', 'this is a formatted document (RTF), as TextEdit and WordPad save by default, not plain text: in TextEdit choose Format › Make Plain Text', 1],
    ['the workbook itself', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', 'this is an Excel workbook, a Word document or another packed file, not a feed: if it is your spreadsheet, save each sheet as CSV', 1],
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

describe('what the widgets do about each problem', () => {
  it('says an entry is left out, a field missing, a value not used, or a value shown as read', async () => {
    const dir = tempDir();
    const feed = JSON.parse(sampleText);
    delete feed.organization.timezone;
    feed.referrals[0].cost = 'donation';
    feed.places[0].address_on_request = 'yes';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    const { stdout } = await runCli(['check', 'feed.json'], dir);
    const heads = stdout.split('\n').filter((line) => /^ {2}\d/.test(line)).map((line) => line.trim().replace(/^\S+\s+/, ''));
    assert.ok(heads.includes('organization.timezone: missing'), stdout);
    assert.ok(heads.some((h) => /^referrals\[0\]\.cost \("[^"]+"\): shown without it$/.test(h)), stdout);
    assert.ok(heads.some((h) => /^places\[0\]\.address_on_request \("[^"]+"\): shown as read$/.test(h)), stdout);
    assert.ok(heads.some((h) => /^sessions\[0\]\.schedule\.timezone \("[^"]+"\): left out$/.test(h)), stdout);
    assert.doesNotMatch(stdout, /: kept\n/);

    const report = checkFeedFile(JSON.stringify(feed, null, 2));
    const outcome = (path: string) => report.problems.find((p) => p.path === path)?.outcome;
    assert.deepEqual(['organization.timezone', 'referrals[0].cost', 'places[0].address_on_request', 'sessions[0].schedule.timezone'].map(outcome), ['missing', 'dropped', 'read', 'left-out']);
  });

  it('says a value read without its spaces or capitals, or an old zone name, is shown as read', () => {
    const feed = JSON.parse(sampleText);
    feed.referrals[0].cost = 'Free ';
    feed.organization.timezone = 'US/Central';
    const report = checkFeedFile(JSON.stringify(feed, null, 2));
    const outcome = (path: string) => report.problems.find((p) => p.path === path)?.outcome;
    assert.deepEqual(['referrals[0].cost', 'organization.timezone'].map(outcome), ['read', 'read']);
  });
});

describe('a field written twice', () => {
  const session = (id: string, day: string) => `{"id": "${id}", "title": "${id}", "place": "hall", "schedule": {"start_date": "2026-01-06", "time": "18:30", "repeat": "weekly", "days": ["${day}"]}}`;
  const feed = (rest: string) => `{
  "version": 1,
  "organization": {"name": "St Anne's Chapel", "timezone": "America/New_York"},
  "places": [{"id": "hall", "name": "Chapel hall"}],
${rest}
}
`;

  it('reports each value the widgets ignore, at its line, and names the one they use; exit code 1', async () => {
    const text = feed(`  "sessions": [${session('tuesday', 'tu')}],\n  "sessions": [${session('thursday', 'th')}]`);
    const report = checkFeedFile(text);
    assert.equal(report.ok, false);
    assert.deepEqual(report.fileProblems.map((p) => [p.code, p.line, p.column]), [['duplicate-key', 5, 3]]);
    assert.equal(report.fileProblems[0].message, '"sessions" is written twice in the feed: the widgets use only the last one, on line 6, and ignore this one. Keep one: delete this one, or move what it holds into the last.');
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.json'), text);
    const { code, stdout } = await runCli(['check', 'feed.json'], dir);
    assert.equal(code, 1);
    assert.ok(stdout.includes('A field written more than once: the widgets use only the last, and ignore these:\n  5:3  "sessions" is written twice'), stdout);
    assert.match(stdout, /\nNot ready: 1 value is ignored because the same field is written again later\.\n$/);
  });

  it('finds one inside an entry, written three times, and points the problems at the value the widgets use', () => {
    const text = feed(`  "sessions": [{"id": "t", "title": "T", "place": "hall",\n    "schedule": {"start_date": "2026-01-06", "time": "18:30", "repeat": "weekly", "days": ["tu"],\n      "time": "19:00",\n      "time": "7pm"}}]`);
    const report = checkFeedFile(text);
    assert.deepEqual(report.fileProblems.map((p) => [p.line, p.column]), [[6, 46], [7, 7]]);
    assert.match(report.fileProblems[0].message, /^"time" is written 3 times in sessions\[0\]\.schedule: the widgets use only the last one, on line 8, and ignore this one\./);
    const time = report.problems.find((p) => p.path === 'sessions[0].schedule.time')!;
    assert.equal(textAt(text, time.line!, time.column!).slice(0, 5), '"7pm"');
  });

  it('tells a key by what it says, as JSON.parse does ("ti\\u006de" is "time"), and only within one object', () => {
    const report = checkFeedFile(feed(`  "sessions": [{"id": "a", "title": "A", "place": "hall", "schedule": {"start_date": "2026-01-06", "time": "18:30", "ti\\u006de": "19:00"}},\n    ${session('b', 'tu')}]`));
    assert.deepEqual(report.fileProblems.map((p) => [p.code, p.line]), [['duplicate-key', 5]]);
  });

  it('is in the report the checker page shows', () => {
    const { groups, verdict } = describeCheckReport(checkFeedFile(feed(`  "sessions": [],\n  "sessions": []`)));
    assert.deepEqual(groups.map((g) => [g.heading, g.problems.length]), [['A field written more than once: the widgets use only the last, and ignore these:', 1]]);
    assert.match(verdict, /^Not ready: 1 value is ignored/);
  });
});

describe('text from the feed on the terminal', () => {
  it('writes every control character as a visible escape, in the report and in --json', async () => {
    const dir = tempDir();
    const feed = JSON.parse(sampleText);
    feed.sessions[0].schedule.time = '\u001b[2J\u001b[31mHACKED\u001b]0;t\u0007';
    feed.referrals[0].url = 'javascript:\u009b31m\u007f\u202eevil\u2066\u200f';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    for (const args of [['check', 'feed.json'], ['check', 'feed.json', '--json']]) {
      const { stdout } = await runCli(args, dir);
      assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/, args.join(' '));
      assert.ok(stdout.includes('\\u001b[2J\\u001b[31mHACKED\\u001b]0;t\\u0007'), stdout);
      assert.ok(stdout.includes('javascript:\\u009b31m\\u007f\\u202eevil\\u2066\\u200f'), stdout);
    }
    // The JSON still says the same.
    const { stdout } = await runCli(['check', 'feed.json', '--json'], dir);
    assert.ok(JSON.parse(stdout).problems.some((p: { message: string }) => p.message.includes('javascript:\u009b31m\u007f\u202eevil')));
  });

  it('in the notes of a conversion, and in the feed it writes to standard output', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sessions.csv'), `id,title,place,start_date,time,repeat,days\nx,"A\u001b]0;t\u0007","hall\u001b[2J",2026-01-06,18:30,weekly,tu\n`);
    const { stdout, stderr } = await runCli(['from-csv', 'sessions.csv', '--name', 'X', '--timezone', 'UTC'], dir);
    assert.doesNotMatch(stdout + stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    assert.ok(stderr.includes('\\u001b[2J'), stderr);
    // The same feed: JSON's escapes stand for the same characters.
    assert.equal(JSON.parse(stdout).sessions[0].title, 'A\u001b]0;t\u0007');
  });
});

describe('a feed nested thousands deep', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('is checked as the widgets read it, with its lines, not a crash', async () => {
    const dir = tempDir();
    const feed = JSON.parse(sampleText);
    feed.sessions[0].schedule.time = '7pm';
    const text = JSON.stringify(feed, null, 2).replace(/\n}\s*$/, `,\n  "x_extra": ${deep(20000)}\n}\n`);
    writeFileSync(join(dir, 'feed.json'), text);
    const { code, stdout, stderr } = await runCli(['check', 'feed.json'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    const problem = checkFeedFile(text).problems.find((p) => p.path === 'sessions[0].schedule.time')!;
    assert.equal(textAt(text, problem.line!, problem.column!).slice(0, 5), '"7pm"');
    assert.match(stdout, /\d+:\d+ +sessions\[0\]\.schedule\.time \("[^"]+"\): left out/);
  });

  it('with a JSON mistake in it', () => {
    for (const text of [
      `{"version": 1, "organization": {"name": "X"}, "x_extra": ${deep(20000)},}`,
      `{"version": 1, "organization": {"name": "X"}, "x_extra": ${deep(20000)}`,
    ]) {
      const report = checkFeedFile(text);
      assert.equal(report.ok, false);
      assert.ok(report.fileProblems.length > 0);
    }
  });
});
