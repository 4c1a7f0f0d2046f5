// `npm test`: every check, in order, and a non-zero exit if any fails.
// Browser tests run in Chromium, Firefox ESR and WebKit (DEVELOPERS.md).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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

/**
 * The browser tests, one run per engine, side by side; fails if any run fails, and says which.
 * A run that stops part-way without finishing (the runner says "Finished running tests" whenever
 * its tests end, failed or not) is run once more, saying so: on a busy machine an engine's run has
 * stopped between two test files with no test failed and no error given.
 */
async function runEngines(engines) {
  const runEngine = async (engine, again = false) => {
    const result = await run('npx', ['wtr', '--config', 'web-test-runner.config.js', '--port', String(await freePort())],
      { CARE_TEST_DIST: '1', CARE_TEST_ENGINE: engine }, `[${engine}]`);
    if (result.code === 0 || result.output.includes('Finished running tests') || again) return result;
    console.error(`The ${engine} run stopped part-way (code ${result.code}) with no test failed: running it again.`);
    return runEngine(engine, true);
  };
  const runs = await Promise.all(engines.map((engine) => runEngine(engine)));
  runs.forEach(({ code }, i) => code !== 0 && console.error(`The ${engines[i]} run ended with code ${code}.`));
  return { code: runs.some(({ code }) => code !== 0) ? 1 : 0, output: runs.map(({ output }) => output).join('\n') };
}

/** Sums each engine's last "N passed, M failed" line (the runner prints its summary again after the errors). */
function countTests(output) {
  const byEngine = new Map();
  for (const [, engine, p, f] of output.matchAll(/^(\w+):\s*\|.*?\|\s*(\d+) passed, (\d+) failed/gm)) byEngine.set(engine, [Number(p), Number(f)]);
  let passed = 0;
  let failed = 0;
  for (const [p, f] of byEngine.values()) {
    passed += p;
    failed += f;
  }
  return { passed, failed };
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
for (const [name, command, args, env] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { code, output } = command === 'engines' ? await runEngines(args) : await run(command, args, env);
  if (name.startsWith('browser tests')) tests = countTests(output);
  if (name.startsWith('Node tests')) nodeTests = { passed: Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0), failed: Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0) };
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`Browser tests across engines: ${tests.passed} passed, ${tests.failed} failed; Node tests: ${nodeTests.passed} passed, ${nodeTests.failed} failed`);
tests = { passed: tests.passed + nodeTests.passed, failed: tests.failed + nodeTests.failed };
// The closing line CI reads: tests, plus any check that failed on its own.
console.log(`${tests.passed} passed, ${tests.failed + (failedSteps > 0 && tests.failed === 0 ? failedSteps : 0)} failed`);
process.exit(failedSteps > 0 ? 1 : 0);
