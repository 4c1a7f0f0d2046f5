/**
 * The published feed layer, `care-widgets/parse-feed.js`, in plain Node and in a
 * worker: no DOM, types included. Imports the built package (dist/) by name, as
 * a site generator or CI job would; `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';

/** Inside the package (scripts/test-node.js removes it), so `care-widgets/…` resolves to this package. */
const here = join('.node-test', 'entry');
mkdirSync(here, { recursive: true });
const sample = readFileSync('demo/sample-feed.json', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function needBuild(file: string): void {
  assert.ok(existsSync(file), `${file} is missing: run npm run build before these tests`);
}

describe('care-widgets/parse-feed.js', () => {
  it('imports in Node, where there is no DOM, and parses the sample feed', async () => {
    needBuild('dist/parse-feed.js');
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const { parseFeed, checkFeed, allSections, FeedError, DAYS } = await import('care-widgets/parse-feed.js');
    const { feed, problems } = parseFeed(sample);
    assert.deepEqual(problems, []);
    assert.equal(feed.sessions.length, 15);
    assert.equal(checkFeed(JSON.parse(sample), allSections).feed.places.length, 6);
    assert.throws(() => parseFeed('{"version": 2}'), (e: Error) => e instanceof FeedError && /version/.test(e.message));
    assert.deepEqual(DAYS, ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
    const broken = JSON.parse(sample);
    broken.sessions[0].schedule.time = '7pm';
    const [problem] = parseFeed(broken).problems;
    assert.deepEqual([problem.path, problem.code, problem.skipped], ['sessions[0].schedule.time', 'not-time', true]);
    assert.match(problem.message, /"7pm" is not a time/);
  });

  it('runs in a worker thread', async () => {
    needBuild('dist/parse-feed.js');
    const script = resolve(here, 'worker.mjs');
    writeFileSync(script, `
      import { parentPort, workerData } from 'node:worker_threads';
      const { parseFeed } = await import('care-widgets/parse-feed.js');
      const { feed, problems } = parseFeed(workerData);
      parentPort.postMessage({ sessions: feed.sessions.length, problems: problems.length });
    `);
    const result = await new Promise((done, fail) => {
      const worker = new Worker(script, { workerData: sample });
      worker.once('message', done);
      worker.once('error', fail);
    });
    assert.deepEqual(result, { sessions: 15, problems: 0 });
  });

  it('is in the package exports, with its types', () => {
    assert.deepEqual(pkg.exports['./parse-feed.js'], { types: './dist/types/feed/index.d.ts', default: './dist/parse-feed.js' });
  });

  it('has types a TypeScript project resolves through the exports', () => {
    needBuild('dist/types/feed/index.d.ts');
    const ts = createRequire(resolve('package.json'))('typescript') as typeof import('typescript');
    // One program for both files: a use that should compile, and a wrong one that must not.
    const good = resolve(here, 'consumer.mts');
    const wrong = resolve(here, 'wrong-consumer.mts');
    writeFileSync(good, `
      import { parseFeed, type Session, type FeedProblem } from 'care-widgets/parse-feed.js';
      const { feed, problems }: { feed: { sessions: Session[] }; problems: FeedProblem[] } = parseFeed('{}');
      const first: string | undefined = feed.sessions[0]?.schedule.time;
      export const paths: string[] = problems.map((p) => p.path + String(p.skipped) + first);
    `);
    writeFileSync(wrong, `
      import { parseFeed } from 'care-widgets/parse-feed.js';
      export const n: number = parseFeed('{}').problems[0].path;
    `);
    const program = ts.createProgram([good, wrong], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [] });
    const errorsIn = (file: string) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(errorsIn(good), []);
    const errors = errorsIn(wrong);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /Type 'string' is not assignable to type 'number'/);
  });

  it('reaches nothing of the elements or the DOM in any file it loads', () => {
    needBuild('dist/parse-feed.js');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/g)) {
        assert.ok(spec.startsWith('.'), `${file} imports ${spec}`);
        visit(resolve(dirname(file), spec));
      }
      assert.doesNotMatch(code, /\bdocument\.|customElements|HTMLElement|localStorage/, file);
    };
    visit(resolve('dist/parse-feed.js'));
    assert.ok(seen.size >= 1);
  });
});

describe('the care-widgets command in the package', () => {
  it('is the package bin, a Node script', () => {
    assert.deepEqual(pkg.bin, { 'care-widgets': './dist/cli.js' });
    needBuild('dist/cli.js');
    assert.match(readFileSync('dist/cli.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('keeps its parsers out of the script-tag bundles', () => {
    needBuild('dist/care-widgets.js');
    for (const bundle of ['dist/care-widgets.js', 'dist/care-widgets.iife.js', 'dist/index.js']) {
      const code = readFileSync(bundle, 'utf8');
      assert.doesNotMatch(code, /CsvError|printParseErrorCode|jsonc-parser|csv-parse/, bundle);
    }
  });
});
