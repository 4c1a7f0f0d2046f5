// The size budget: every byte of the script-tag bundles ships to every visitor.
// Fails (exit 1) when a file is over its gzip budget. Run after the build.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Budgets in gzip bytes. The whole product (four widgets) must stay within 30 KB. */
const budgets = [
  { file: 'dist/care-widgets.js', max: 16 * KB, what: 'script-tag bundle (ES module), Lit included' },
  { file: 'dist/care-widgets.iife.js', max: 16 * KB, what: 'script-tag bundle (classic script), Lit included' },
  ...['es', 'ar', 'he'].map((tag) => ({ file: `dist/locales/${tag}.js`, max: 3 * KB, what: `${tag} strings, loaded on demand` })),
  { file: 'dist/feed-problems.js', max: 4 * KB, what: 'feed problem messages, loaded when a feed has problems' },
];

let failed = false;
console.log('Size budget (gzip -9):');
for (const { file, max, what } of budgets) {
  if (!existsSync(file)) {
    console.error(`  ${file}: missing; run npm run build first`);
    failed = true;
    continue;
  }
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const ok = gzip <= max;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${file.padEnd(28)} ${(gzip / KB).toFixed(2).padStart(6)} KB of ${(max / KB).toFixed(0)} KB  (${(raw.length / KB).toFixed(1)} KB raw) ${what}`);
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
