// The Node tests: the command line and the DOM-free feed layer (test/**/*.node-test.ts).
// Each test file is bundled with esbuild into .node-test/ (inside the package, so a test can
// import `care-widgets/…` by name, as a user would) and run by `node --test`;
// the command is built there too, from source, and the tests run it as a person would.
// Tests of the published entry (care-widgets/parse-feed.js) need dist/: `npm run build` first.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildCli } from './build-cli.js';

async function findTests(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findTests(path)));
    else if (entry.name.endsWith('.node-test.ts')) found.push(path);
  }
  return found;
}

const out = '.node-test';
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
try {
  const cli = join(out, 'cli.js');
  await buildCli(cli);
  const tests = await findTests('test');
  await build({
    entryPoints: tests,
    outdir: out,
    outbase: 'test',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    // The published entry is imported as a package, from dist/, as a user would.
    external: ['care-widgets', 'care-widgets/*', 'typescript'],
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  const files = tests.map((t) => join(out, relative('test', t)).replace(/\.ts$/, '.mjs'));
  const { status } = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit', env: { ...process.env, CARE_CLI: join(process.cwd(), cli) } });
  process.exitCode = status ?? 1;
} finally {
  await rm(out, { recursive: true, force: true });
}
