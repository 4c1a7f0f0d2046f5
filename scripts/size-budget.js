// The size budget: what each kind of page downloads before its widgets show
// (gzip -9, each file as the browser fetches it: the loader, a widget's file
// and every file it statically imports; on-demand extras such as other
// languages and the calendar writer are not counted). Run after the build.
// Fails (exit 1) when a page is over its budget.
// Written here rather than with size-limit: size-limit sums the files it is named (or bundles
// them again), while a page's files are found here, from each built widget file's
// static imports to its hashed chunks (dist/widgets/files.json), counting the shared core once per page.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const DIST = process.env.SIZE_DIST || 'dist';
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const loader = join(DIST, 'care-widgets.js');
const widget = (folder) => join(DIST, 'widgets', `${folder}.js`);
/** For each widget's file, the chunks it imports statically: written by the build, and what the loader asks for beside it. */
const FILES = join(DIST, 'widgets', 'files.json');
if (!existsSync(loader) || !existsSync(FILES)) {
  console.error(`Size budget: ${DIST}/ is not built; run npm run build first.`);
  process.exit(1);
}
const imports = JSON.parse(readFileSync(FILES, 'utf8'));

/** A widget's file and every file it imports statically. */
const closure = (folder) => new Set([widget(folder), ...imports[folder].map((file) => join(DIST, 'widgets', file))]);

/** Every file a page with these widgets downloads, once each. */
function page(folders) {
  const files = new Set([loader]);
  for (const folder of folders) for (const file of closure(folder)) files.add(file);
  return files;
}
const bytes = (files) => [...files].reduce((sum, file) => sum + gzipSize(file), 0);

/** The files every widget loads: the core. */
const WIDGET_FOLDERS = ['awareness-banner', 'session-finder', 'referral-lookup', 'volunteer-signup'].filter((f) => Object.hasOwn(imports, f));
const core = [...closure(WIDGET_FOLDERS[0])].filter((file) => WIDGET_FOLDERS.every((f) => closure(f).has(file)) && file !== widget(WIDGET_FOLDERS[0]));
const coreBytes = bytes(new Set(core));
const loaderBytes = bytes(new Set([loader]));

/**
 * Each page's target (the budget the project set itself) and the ceiling npm test enforces. Where
 * a page is still over its target, the ceiling is today's size plus a little, so it cannot grow
 * while the work to reach the target goes on (README, "Size"); where it meets its target, the
 * target is the ceiling.
 */
const budgets = [
  { what: 'the loader alone (care-widgets.js)', files: new Set([loader]), target: 2 * KB },
  { what: 'the loader alone (care-widgets.iife.js)', files: new Set([join(DIST, 'care-widgets.iife.js')]), target: 2 * KB },
  { what: 'a page with the awareness banner only', files: page(['awareness-banner']), target: 16 * KB, ceiling: 19.298 * KB },
  { what: 'a page with the session finder only', files: page(['session-finder']), target: 26 * KB, ceiling: 32.226 * KB },
  // A new widget's page downloads at most the core plus 7 KB: the core being what every widget page
  // downloads (the loader and the shared chunk: Lit's templates, the base element, the feed layer), and the 7 KB
  // its own file and the chunks it shares with some widgets only (strings, time and form code).
  ...['referral-lookup', 'volunteer-signup'].filter((f) => WIDGET_FOLDERS.includes(f)).flatMap((f) => [
    { what: `the ${f.replace('-', ' ')}'s own code`, files: new Set([widget(f)]), target: 7 * KB, ceiling: { 'referral-lookup': 7.145 * KB }[f] },
    { what: `a page with the ${f.replace('-', ' ')} only`, files: page([f]), target: loaderBytes + coreBytes + 7 * KB, ceiling: { 'referral-lookup': 27.916 * KB, 'volunteer-signup': 22.977 * KB }[f] },
  ]),
  { what: 'a page with every widget, in a <care-feed>', files: page([...WIDGET_FOLDERS, 'feed-element']), target: 42 * KB, ceiling: 50.748 * KB },
];

let failed = false;
console.log(`Size, gzip -9, per page (the loader: ${(loaderBytes / KB).toFixed(2)} KB; the core every widget shares: ${(coreBytes / KB).toFixed(2)} KB):`);
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
for (const { what, files, target, ceiling = target } of budgets) {
  const size = bytes(files);
  const ok = size <= ceiling;
  failed ||= !ok;
  const against = target === undefined ? `may not grow past ${kb(ceiling)}`
    : size <= target ? `target ${kb(target)} met` : `target ${kb(target)}: over by ${kb(size - target)}; may not grow past ${kb(ceiling)}`;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${what.padEnd(46)} ${kb(size).padStart(9)}  ${against}  (${files.size} file${files.size > 1 ? 's' : ''})`);
}
if (process.argv.includes('--files')) {
  for (const file of page([...WIDGET_FOLDERS, 'feed-element'])) console.log(`    ${relative(DIST, file).padEnd(48)} ${(gzipSize(file) / KB).toFixed(2)} KB`);
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
