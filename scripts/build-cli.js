// The `care-widgets` command as one file: src/tools/cli.ts with its parsers (jsonc-parser,
// csv-parse) bundled in, so installing the widgets installs nothing more for it.
import { build } from 'esbuild';

/** Builds the command into `outfile` (dist/cli.js for the package). */
export async function buildCli(outfile = 'dist/cli.js') {
  await build({
    entryPoints: ['src/tools/cli.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    // jsonc-parser's UMD build requires its parts at run time; its ES modules bundle.
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    legalComments: 'inline',
    banner: { js: '#!/usr/bin/env node\n// care-widgets command line (MIT); includes jsonc-parser (MIT, Microsoft) and csv-parse (MIT, Adaltas)' },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli(process.argv[2]);
