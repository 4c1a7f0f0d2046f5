// `npm test`: every check, in order, and a non-zero exit if any fails.
// Browser tests run in Chromium, Firefox ESR and WebKit (DEVELOPERS.md).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { finishedFilesPath } from './failed-tests-reporter.js';

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['build', 'node', ['scripts/build.js']],
  // After the build: the Node tests type-check against the package's own exports (dist/types).
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['size budget', 'node', ['scripts/size-budget.js']],
  ['Node tests (care-widgets command, feed layer, docs)', 'node', ['scripts/test-node.js']],
  ['custom-elements.json', 'npm', ['run', '--silent', 'manifest']],
  ['package checks (publint, are the types wrong)', 'node', ['scripts/check-package.js']],
  ['React and Vue examples (type-check, bundle)', 'node', ['scripts/examples.js']],
  ['benchmark (5,000 sessions, Chromium)', 'node', ['scripts/bench.js']],
  // The three engines side by side, each its own run on its own port: about 8 minutes rather than 12 on two cores.
  // (One run driving the three at once once stopped part-way without a word; three runs each say how they ended.)
  ['browser tests (Chromium, Firefox, WebKit)', 'engines', ['chromium', 'firefox', 'webkit']],
  ['Storybook build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']],
  ['Storybook stories (play and axe)', 'node', ['scripts/check-stories.js']],
];

/**
 * Runs a command, echoing its output (each line after `label`, when several run at once); resolves
 * with its exit code and output.
 */
function run(command, args, env, label = '') {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      const echo = (text) => (stream === child.stdout ? process.stdout : process.stderr).write(text);
      stream.on('data', (chunk) => {
        output += chunk;
        if (!label) return echo(chunk);
        const lines = (partial + chunk).split('\n');
        partial = lines.pop();
        for (const line of lines) echo(`${label} ${line}\n`);
      });
      stream.on('end', () => partial && echo(`${label} ${partial}\n`));
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A port no other program listens on (the engines' runs each need one; a fixed one may be taken). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Every browser test file, as the runner names them (web-test-runner.config.js, with the built package's tests). */
const allTestFiles = () => readdirSync('test', { recursive: true }).filter((file) => file.endsWith('.test.ts')).map((file) => `test/${file}`).sort();

/** How many times a run that stops part-way goes on with the files it had not finished. */
const RESUMES = 2;

/**
 * The browser tests, one run per engine, side by side. A run that stops part-way without finishing
 * (the runner says "Finished running tests" whenever its tests end, failed or not) goes on, saying so,
 * with the test files it had not finished, up to RESUMES times: on a busy machine an engine's run (WebKit's,
 * through its WebDriver) has stopped between two test files with no test failed and no error given, at a
 * different file each time. The files with a failed test are then run again in that engine alone, once the
 * three have ended: a test that fails there fails `npm test`; one that passes there is named in the
 * summary as having failed only under the load of the three side by side, to be made to hold.
 */
async function runEngines(engines) {
  const folder = mkdtempSync(join(tmpdir(), 'care-widgets-tests-'));
  const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []);
  const runEngine = async (engine, files = [], kind = 'side-by-side', resumed = 0) => {
    const failuresFile = join(folder, `${engine}-${kind}-${resumed}.json`);
    const result = await run('npx', ['wtr', '--config', 'web-test-runner.config.js', '--port', String(await freePort()),
      ...(files.length > 0 ? ['--files', ...files] : [])],
    { CARE_TEST_DIST: '1', CARE_TEST_ENGINE: engine, CARE_TEST_FAILURES: failuresFile }, `[${engine}]`);
    const failures = readJson(failuresFile);
    const done = { ...result, failures, ...countTests(result.output) };
    if (result.code === 0 || result.output.includes('Finished running tests') || resumed === RESUMES) return done;
    const finished = readJson(finishedFilesPath(failuresFile));
    const rest = (files.length > 0 ? files : allTestFiles()).filter((file) => !finished.includes(file));
    console.error(`The ${engine} run stopped part-way (code ${result.code}) after ${finished.length} test files: going on with the other ${rest.length}.`);
    const next = await runEngine(engine, rest, kind, resumed + 1);
    return { ...next, output: done.output + next.output, failures: [...failures, ...next.failures], passed: done.passed + next.passed, failed: done.failed + next.failed };
  };
  const runs = await Promise.all(engines.map((engine) => runEngine(engine)));
  const byEngine = [];
  for (const [i, engine] of engines.entries()) {
    const first = runs[i];
    let { code, passed, failed } = first;
    let failures = first.failures;
    let heldAlone = [];
    if (code !== 0 && failures.length > 0) {
      const files = failures.map(({ file }) => file);
      console.log(`\nIn ${engine}, ${failed} test(s) failed with the three engines side by side: running ${files.join(', ')} again, alone.`);
      const alone = await runEngine(engine, files, 'alone');
      code = alone.code;
      // Each test that failed side by side and not alone, by file and name.
      heldAlone = failures.map(({ file, tests }) => {
        const again = alone.failures.find((failure) => failure.file === file)?.tests ?? [];
        return { file, tests: tests.filter(({ name }) => !again.some((test) => test.name === name)) };
      }).filter(({ tests }) => tests.length > 0);
      failures = alone.failures;
      passed += failed - alone.failed;
      failed = alone.failed;
    }
    if (code !== 0) console.error(`The ${engine} run ended with code ${code}.`);
    byEngine.push({ engine, code, passed, failed, failures, heldAlone });
  }
  rmSync(folder, { recursive: true, force: true });
  return byEngine;
}

/** Each engine's last "N passed, M failed" line (the runner prints its summary again after the errors). */
function countTests(output) {
  const last = [...output.matchAll(/^\w+:\s*\|.*?\|\s*(\d+) passed, (\d+) failed/gm)].at(-1);
  return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0) };
}

/** "[engine] file: suite > test: error", one line each, cut short: what the last lines of CI's output can show. */
function listFailures(engine, failures) {
  return failures.flatMap(({ file, tests }) => tests.map(({ name, error }) => `  [${engine}] ${file}: ${name}: ${error}`.slice(0, 300)));
}

// The browser tests need the three engines from Debian's packages; say how to get them, rather than fail obscurely.
const missing = [['/usr/bin/chromium', 'chromium'], ['/usr/bin/firefox-esr', 'firefox-esr'], ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver']]
  .filter(([path]) => !existsSync(path) && !(path.endsWith('chromium') && process.env.CHROME_PATH))
  .map(([, name]) => name);
if (missing.length > 0) {
  console.error(`Missing browsers: ${missing.join(', ')}. Install them with: sudo bash scripts/install-browsers.sh`);
  process.exit(1);
}

const results = [];
let tests = { passed: 0, failed: 0 };
let nodeTests = { passed: 0, failed: 0 };
let engineRuns = [];
let failedNodeTests = [];
const failedElsewhere = [];
for (const [name, command, args, env] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  let code;
  if (command === 'engines') {
    engineRuns = await runEngines(args);
    code = engineRuns.some((r) => r.code !== 0) ? 1 : 0;
    tests = engineRuns.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }), tests);
  } else {
    const result = await run(command, args, env);
    code = result.code;
    // A check that names what failed on lines of its own ("FAIL Widgets/…", the stories): named again in the summary.
    if (code !== 0) failedElsewhere.push(...[...result.output.matchAll(/^FAIL (.+)$/gm)].map(([, what]) => `  [${name}] ${what}`.slice(0, 300)));
    if (name.startsWith('Node tests')) {
      nodeTests = { passed: Number(/^# pass (\d+)/m.exec(result.output)?.[1] ?? 0), failed: Number(/^# fail (\d+)/m.exec(result.output)?.[1] ?? 0) };
      failedNodeTests = [...result.output.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map(([, test]) => `  [node] ${test}`.slice(0, 300));
    }
  }
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
// Named here, at the end, where CI's last lines show them.
const heldAlone = engineRuns.flatMap(({ engine, heldAlone }) => listFailures(engine, heldAlone));
if (heldAlone.length > 0) console.log(`Failed with the three engines side by side, then passed alone (make them hold under load):\n${heldAlone.join('\n')}`);
const failedTests = [...failedNodeTests, ...failedElsewhere, ...engineRuns.flatMap(({ engine, failures, code }) => (code !== 0 ? listFailures(engine, failures) : []))];
if (failedTests.length > 0) console.log(`Failed:\n${failedTests.join('\n')}`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`Browser tests across engines: ${tests.passed} passed, ${tests.failed} failed; Node tests: ${nodeTests.passed} passed, ${nodeTests.failed} failed`);
tests = { passed: tests.passed + nodeTests.passed, failed: tests.failed + nodeTests.failed };
// The closing line CI reads: tests, plus any check that failed on its own.
console.log(`${tests.passed} passed, ${tests.failed + (failedSteps > 0 && tests.failed === 0 ? failedSteps : 0)} failed`);
process.exit(failedSteps > 0 ? 1 : 0);
