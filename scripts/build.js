// The production build: the library, the script-tag loader (module and classic) and the widgets'
// code it loads, the paste-in stylesheet, the feed's JSON Schema and the type declarations, all into dist/;
// then custom-elements.json and, from it, the framework types and editor data (dist/frameworks/).
import { build } from 'vite';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { buildCli } from './build-cli.js';
import { buildChecker } from './build-checker.js';

await rm('dist', { recursive: true, force: true });
for (const mode of ['lib', 'widgets', 'loader-es', 'loader-iife']) {
  await build({ mode, logLevel: 'warn' });
}
await mkdir('dist', { recursive: true });
await copyFile('src/feed/feed.schema.json', 'dist/feed.schema.json');
await copyFile('src/loader/reserve.css', 'dist/care-widgets.css');
await buildCli('dist/cli.js');
await buildChecker('dist');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit' });
await import('./framework-types.js');
console.log('Built dist/');
