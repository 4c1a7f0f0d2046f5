// Writes docs/feed-reference.md from src/feed/feed.schema.json, with examples from demo/sample-feed.json
// (src/tools/feed-reference.ts).
// Run after changing the schema or the validator's messages; test/tools/feed-reference.node-test.ts fails until then.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = await mkdtemp(join(tmpdir(), 'care-widgets-reference-'));
try {
  const outfile = join(dir, 'feed-reference.mjs');
  await build({ entryPoints: ['src/tools/feed-reference.ts'], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { feedReference } = await import(pathToFileURL(outfile).href);
  const schema = JSON.parse(await readFile('src/feed/feed.schema.json', 'utf8'));
  const sample = JSON.parse(await readFile('demo/sample-feed.json', 'utf8'));
  await writeFile('docs/feed-reference.md', feedReference(schema, sample));
  console.log('Wrote docs/feed-reference.md');
} finally {
  await rm(dir, { recursive: true, force: true });
}
