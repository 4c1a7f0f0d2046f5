// `npm run check-package` (and a step of `npm test`), after the build: the package as npm would
// pack it, through the standard checks: publint (package.json against the files it names) and
// "are the types wrong" (every entry's types, as each TypeScript module resolution finds them).
// The package is ES modules only, so attw's esm-only profile: no require() entry is expected.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const dir = mkdtempSync(join(tmpdir(), 'care-widgets-pack-'));
let ok = false;
try {
  // --ignore-scripts: the build is already there (prepack would build it again).
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' }));
  const tarball = join(dir, filename);
  const publint = run('npx', ['publint', '--strict', '--pack', 'npm']);
  const attw = run('npx', ['attw', tarball, '--profile', 'esm-only']);
  ok = publint && attw;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
