// Writes docs/translating.md from the widgets' English strings (src/tools/translating-guide.ts).
// Run after adding or changing a string; test/docs/translating.node-test.ts fails until then.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'care-widgets-translating-'));
try {
  const outfile = join(dir, 'translating-guide.mjs');
  await build({ entryPoints: ['src/tools/translating-guide.ts'], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { stringGroups, translatingGuide } = await import(pathToFileURL(outfile).href);
  await writeFile('docs/translating.md', translatingGuide(await stringGroups()));
  console.log('Wrote docs/translating.md');
} finally {
  await rm(dir, { recursive: true, force: true });
}
