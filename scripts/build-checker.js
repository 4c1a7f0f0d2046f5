// The checker page, dist/checker.html: its script bundled with esbuild (the command line's checker
// and jsonc-parser, which only this page and the command carry, never the widgets), its stylesheet
// and page copied beside the loader, whose widgets it previews.
import { build } from 'esbuild';
import { copyFile } from 'node:fs/promises';

export async function buildChecker(dir = 'dist') {
  await build({
    entryPoints: ['src/checker/checker.ts'],
    outfile: `${dir}/checker.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // jsonc-parser's UMD build requires its parts at run time; its ES modules bundle.
    mainFields: ['module', 'main'],
    legalComments: 'inline',
    banner: { js: '/*! care-widgets checker page (MIT) | includes jsonc-parser (MIT, Microsoft) */' },
    logLevel: 'warning',
  });
  await copyFile('src/checker/checker.html', `${dir}/checker.html`);
  await copyFile('src/checker/checker.css', `${dir}/checker.css`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildChecker(process.argv[2]);
