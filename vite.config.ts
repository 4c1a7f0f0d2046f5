/**
 * Four builds, chosen by --mode (scripts/build.js runs them all):
 * - lib: ES modules for bundlers, one file per public entry, Lit left as a dependency.
 * - bundle-es / bundle-iife: the script-tag bundles (entry src/bundle.ts: the elements,
 *   no parseFeed), everything every visitor needs inside, minified.
 * - on-demand: the modules a visitor may never need (other languages, feed problem
 *   messages, the calendar file writer, search-engine data), each a small file beside
 *   the bundles, loaded when first used (src/internal/on-demand.script-tag.ts).
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * What the script-tag bundles do differently: they load the on-demand modules from beside
 * themselves at run time instead of bundling them, and need no ContextRoot.
 */
const scriptTagAliases = [
  { find: /^(\.\.\/internal|\.)\/on-demand\.js$/, replacement: src('internal/on-demand.script-tag.ts') },
  { find: /^\.\/context-root\.js$/, replacement: src('internal/context-root.script-tag.ts') },
];

/**
 * Minifies the CSS of the `css\`…\`` literals in *.styles.ts: no comments, no indentation
 * (~0.25 KB gzip off each script-tag bundle). Only literals without `${}`; quoted strings keep
 * their spaces, and a space goes only where CSS cannot need it (next to `{};,>`, after `:`).
 */
function minifyCssLiterals(): Plugin {
  const minify = (css: string) => css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':')))
    .join('')
    .replace(/;}/g, '}')
    .trim();
  return {
    name: 'care-widgets:minify-css-literals',
    enforce: 'pre',
    transform: (code, id) => (id.endsWith('.styles.ts') ? code.replace(/\bcss`([^`$]*)`/g, (_, css: string) => `css\`${minify(css)}\``) : null),
  };
}

/**
 * Lit's licence asks for its notice in every copy. A `postBanner`, as minifying strips a `banner`
 * (the bundles had shipped without it).
 */
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
          'session-finder': src('session-finder/define.ts'),
          feed: src('feed-element/define.ts'),
          'parse-feed': src('feed/index.ts'),
        },
        formats: ['es'],
      },
      minify: false,
      rollupOptions: { external: [/^lit/, /^@lit\//], output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  },
  'bundle-es': {
    resolve: { alias: scriptTagAliases },
    plugins: [minifyCssLiterals()],
    build: {
      lib: { entry: src('bundle.ts'), formats: ['es'], fileName: () => 'care-widgets.js' },
      // Library mode keeps ES output readable; this bundle is for visitors, so it is minified fully,
      // without the annotations (/* @__PURE__ */) only a bundler would read.
      rollupOptions: { output: { minify: true, comments: false, postBanner: LICENSE_BANNER } },
    },
  },
  'bundle-iife': {
    resolve: { alias: scriptTagAliases },
    plugins: [minifyCssLiterals()],
    // A classic script has no import.meta; it finds its URL through document.currentScript instead.
    define: { 'import.meta.url': 'undefined' },
    build: {
      lib: { entry: src('bundle.ts'), formats: ['iife'], name: 'CareWidgets', fileName: () => 'care-widgets.iife.js' },
      rollupOptions: { output: { postBanner: LICENSE_BANNER } },
    },
  },
  // The files the script-tag bundles load on demand (src/internal/on-demand.script-tag.ts).
  'on-demand': {
    build: {
      lib: {
        entry: {
          ...Object.fromEntries(['es', 'ar', 'he'].map((tag) => [`locales/${tag}`, src(`i18n/locales/${tag}.ts`)])),
          'feed-problems': src('feed/problem-messages.ts'),
          'session-calendar': src('session-finder/ics.ts'),
          'session-structured-data': src('session-finder/structured-data.ts'),
        },
        formats: ['es'],
      },
      rollupOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  },
};

export default defineConfig(({ mode }) => {
  const build = builds[mode];
  if (!build) throw new Error(`Unknown build mode "${mode}"; use one of ${Object.keys(builds).join(', ')}`);
  return { ...shared, ...build, build: { ...shared.build, ...build.build } };
});
