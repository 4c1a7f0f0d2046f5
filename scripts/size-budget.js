// The size budget: every byte of the script-tag bundles ships to every visitor.
// Run after the build. Also builds, into .size/, the bundle as it stood with
// the foundation and the banner alone, so each widget's cost stays visible.
// Fails (exit 1) when anything is over its gzip budget.
import { build } from 'vite';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The script-tag bundle with only <care-feed> and the banner: the foundation's budget. */
async function buildBannerOnly() {
  mkdirSync('.size', { recursive: true });
  writeFileSync('.size/banner-entry.ts', "import '../src/feed-element/define.js';\nimport '../src/awareness-banner/define.js';\n");
  await build({
    mode: 'bundle-es',
    logLevel: 'error',
    build: { outDir: '.size', emptyOutDir: false, lib: { entry: '.size/banner-entry.ts', formats: ['es'], fileName: () => 'banner-only.js' } },
  });
  return '.size/banner-only.js';
}

const bannerOnly = await buildBannerOnly();
/**
 * Budgets in gzip bytes: the foundation with the banner 16 KB; the session finder adds at most
 * 10 KB; all four widgets together will stay within 30 KB.
 */
const budgets = [
  { file: bannerOnly, max: 16 * KB, what: 'foundation + banner (Lit included)' },
  { file: 'dist/care-widgets.js', max: 26 * KB, what: 'script-tag bundle, ES module: + session finder' },
  { file: 'dist/care-widgets.iife.js', max: 26 * KB, what: 'script-tag bundle, classic script' },
  ...['es', 'ar', 'he'].map((tag) => ({ file: `dist/locales/${tag}.js`, max: 3 * KB, what: `${tag} strings, on demand` })),
  { file: 'dist/feed-problems.js', max: 4 * KB, what: 'feed problem messages, when a feed has problems' },
  { file: 'dist/session-calendar.js', max: 4 * KB, what: 'calendar file writer, on "Add to calendar"' },
];

let failed = false;
console.log('Size budget (gzip -9):');
for (const { file, max, what } of budgets) {
  if (!existsSync(file)) {
    console.error(`  MISSING ${file}: run npm run build first`);
    failed = true;
    continue;
  }
  const size = gzipSize(file);
  const ok = size <= max;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${file.padEnd(30)} ${(size / KB).toFixed(2).padStart(6)} KB of ${String(max / KB).padStart(2)} KB  ${what}`);
}
const finderCost = gzipSize('dist/care-widgets.js') - gzipSize(bannerOnly);
const finderOk = finderCost <= 10 * KB;
failed ||= !finderOk;
console.log(`  ${finderOk ? 'ok  ' : 'OVER'} ${'session finder adds'.padEnd(30)} ${(finderCost / KB).toFixed(2).padStart(6)} KB of 10 KB`);
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
