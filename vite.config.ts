/**
 * Four builds, chosen by --mode (scripts/build.js runs them all):
 * - lib: ES modules for bundlers, one file per public entry, Lit left as a dependency.
 * - bundle-es / bundle-iife: the script-tag bundles, everything inside, minified.
 * - locales: each locale as its own small module beside the bundles, loaded on demand.
 */
import { defineConfig, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** The script-tag bundles find locales beside themselves at run time instead of bundling them. */
const scriptTagAliases = [{ find: /^\.\/locale-modules\.js$/, replacement: src('i18n/locale-modules.script-tag.ts') }];

const LICENSE_BANNER = '/*! care-widgets (MIT) | includes Lit and @lit/context, BSD-3-Clause, Copyright Google LLC */';

const shared: UserConfig = {
  publicDir: false,
  build: { emptyOutDir: false, target: 'es2022', reportCompressedSize: false },
};

const builds: Record<string, UserConfig> = {
  lib: {
    build: {
      lib: {
        entry: {
          index: src('index.ts'),
          classes: src('classes.ts'),
          'awareness-banner': src('awareness-banner/define.ts'),
          feed: src('feed-element/define.ts'),
        },
        formats: ['es'],
      },
      minify: false,
      rollupOptions: { external: [/^lit/, /^@lit\//], output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  },
  'bundle-es': {
    resolve: { alias: scriptTagAliases },
    build: {
      lib: { entry: src('index.ts'), formats: ['es'], fileName: () => 'care-widgets.js' },
      // Library mode keeps ES output readable; this bundle is for visitors, so it is minified fully.
      rollupOptions: { output: { minify: true, banner: LICENSE_BANNER } },
    },
  },
  'bundle-iife': {
    resolve: { alias: scriptTagAliases },
    // A classic script has no import.meta; it finds its URL through document.currentScript instead.
    define: { 'import.meta.url': 'undefined' },
    build: {
      lib: { entry: src('index.ts'), formats: ['iife'], name: 'CareWidgets', fileName: () => 'care-widgets.iife.js' },
      rollupOptions: { output: { banner: LICENSE_BANNER } },
    },
  },
  locales: {
    build: { lib: { entry: { 'locales/es': src('i18n/locales/es.ts') }, formats: ['es'] } },
  },
};

export default defineConfig(({ mode }) => {
  const build = builds[mode];
  if (!build) throw new Error(`Unknown build mode "${mode}"; use one of ${Object.keys(builds).join(', ')}`);
  return { ...shared, ...build, build: { ...shared.build, ...build.build } };
});
