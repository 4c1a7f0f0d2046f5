/**
 * The builds, chosen by --mode (scripts/build.js runs them all):
 * - lib: ES modules for bundlers, one file per public entry, Lit left as a dependency.
 * - widgets: the script-tag widgets' code, dist/widgets/<folder>.js for each element of
 *   src/widgets.ts, sharing their core (Lit, the base element, the feed layer) in dist/chunks/;
 *   what a visitor may never need (other languages, feed problem messages, the calendar
 *   writer…) is split off by its dynamic import. Minified.
 * - loader-es / loader-iife: the one file a page names (src/loader/loader.ts), as an ES module
 *   and as a classic script; it imports the widgets' code from beside itself.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import ts from 'typescript';
import { WIDGETS } from './src/widgets.js';
import { minify } from 'terser';
import { shareNames } from './scripts/shared-names.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const folders = Object.values(WIDGETS);
/**
 * What every widget uses: Lit, the base element, the feed layer's core and the UI strings. Not
 * the feed sections (each travels with the widgets that show it), nor the form controls' styles
 * (no banner has a field), nor what loads on demand.
 */
const isCore = (id: string) => /\/node_modules\/|\/src\/(internal|i18n|feed)\/[\w-]+\.ts$|\/src\/time\/viewer-zone\.ts$/.test(id)
  && !/\/(crisis-strip|emergency-call|page-outline|codes|links|labels|finder-lookup|timing|attribute-rules|preset-rules|quiet-status|quick-exits|ascii-number|fields\.styles|care-check|combine-locales|search-text|label-list|count-key|contacts|list-page|report-link)\.ts$/.test(id);

/**
 * Minifies the CSS of the `css\`…\`` literals in *.styles.ts with Lightning CSS (the minifier
 * Vite itself can use for CSS files; nothing minifies CSS inside JavaScript, so this plugin hands
 * it each literal). Only literals without `${}`. No targets: the CSS stays as modern as written.
 */
function minifyCssLiterals(): Plugin {
  const minify = (css: string, id: string) => transform({ filename: id, code: Buffer.from(css), minify: true }).code.toString().replace(/[`\\]/g, '\\$&');
  return {
    name: 'care-widgets:minify-css-literals',
    enforce: 'pre',
    transform: (code, id) => (id.endsWith('.styles.ts') ? code.replace(/\bcss`([^`$\\]*)`/g, (_, css: string) => `css\`${minify(css, id)}\``) : null),
  };
}

/**
 * Collapses the indentation inside Lit's `html\`…\`` and `svg\`…\`` templates: each run of white space
 * that holds a line break becomes one space, which HTML reads the same (no template holds a `<pre>`;
 * a `<textarea>` gets its text by `.value`). The JavaScript minifier leaves template text as written.
 * Found with TypeScript's parser, so text in `${}` expressions and other strings is never touched.
 */
function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'care-widgets:collapse-template-whitespace',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('/node_modules/') || !/\b(html|svg)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const parts: { start: number; end: number }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(file))) {
          const { template } = node;
          const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
          // Each literal's text, without its delimiters: ` or } before it, ` or ${ after it.
          for (const literal of literals) parts.push({ start: literal.getStart(file) + 1, end: literal.end - (ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal) ? 1 : 2) });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const { start, end } of parts.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, ' ') + out.slice(end);
      return out === code ? null : out;
    },
  };
}

/**
 * Lit's licence asks for its notice in every copy: the file that carries Lit's code (the core, on
 * every widget's page) gets it, with ours. The other files carry no third-party code and, like the
 * loader, no comment: every file is a byte on some visitor's page, and the package has LICENSE.
 * A `postBanner`, as minifying strips a `banner` (the bundles had shipped without it).
 */
const licenseBanner = (chunk: { moduleIds: readonly string[] }) =>
  chunk.moduleIds.some((id) => /node_modules[\\/](lit|@lit|lit-html|lit-element)[\\/]/.test(id))
    ? '/*! care-widgets (MIT) | includes lit-html (Lit), BSD-3-Clause, Copyright Google LLC */'
    : '';

const shared: UserConfig = {
  publicDir: false,
  build: { emptyOutDir: false, target: 'es2022', reportCompressedSize: false },
};

/** Where the widgets build lists, for the loader, the files each widget's code imports. */
const WIDGET_FILES = 'dist/widgets/files.json';
/** Where it lists, for the loader, each widget's words in each shipped language. */
const WIDGET_WORDS = 'dist/widgets/words.json';

/**
 * Writes WIDGET_FILES: for each widget's file (`session-finder`), the chunks it imports statically,
 * at any depth, relative to dist/widgets/. The loader asks for them beside the widget's own file,
 * rather than each only after the file that imports it has arrived.
 * And WIDGET_WORDS: for each widget's file and each shipped language, the locale files (`locales/es.ts`,
 * the shared and the widget's own) its code imports on demand, each by the hash in its name
 * (`{"session-finder":{"es":["B0YuPc",…]}}` for chunks/es-B0YuPc.js…): the loader asks for a page's words beside the code too.
 */
function listWidgetFiles(): Plugin {
  return {
    name: 'care-widgets:list-widget-files',
    generateBundle(_, bundle) {
      const imported = (fileName: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[fileName];
        for (const dep of chunk?.type === 'chunk' ? chunk.imports : []) if (!seen.has(dep)) imported(dep, seen.add(dep));
        return seen;
      };
      const files = Object.fromEntries(folders.map((folder) => [folder, [...imported(`widgets/${folder}.js`)].map((file) => file.replace('widgets/', ''))]));
      this.emitFile({ type: 'asset', fileName: WIDGET_FILES.replace('dist/', ''), source: JSON.stringify(files) });
      // <care-feed> shows no words.
      const words = Object.fromEntries(folders.filter((folder) => folder !== 'feed-element').map((folder) => {
        const byLanguage: Record<string, string[]> = {};
        for (const fileName of [`widgets/${folder}.js`, ...imported(`widgets/${folder}.js`)]) {
          const chunk = bundle[fileName];
          for (const dep of chunk?.type === 'chunk' ? chunk.dynamicImports : []) {
            const module = bundle[dep];
            const language = module?.type === 'chunk' && /\/locales\/(?:[\w-]+\/)?([a-z]{2,3})\.ts$/.exec(module.facadeModuleId ?? '')?.[1];
            if (language) (byLanguage[language] ??= []).push(dep.replace(/^widgets\/chunks\/[a-z]+-|\.js$/g, ''));
          }
        }
        return [folder, byLanguage];
      }));
      this.emitFile({ type: 'asset', fileName: WIDGET_WORDS.replace('dist/', ''), source: JSON.stringify(words) });
    },
  };
}

/**
 * Two last passes over the widgets' minified files, for every visitor's bytes:
 * - Terser's compressor, which folds what the bundler's minifier leaves (about 0.15 KB gzip a page);
 *   not its renaming, whose names gzip worse than the bundler's;
 * - each binding the files share named inside each file as it is named between them
 *   (scripts/shared-names.js): `import{A,B}` rather than `import{A as e,B as t}`.
 */
function finishWidgetFiles(): Plugin {
  return {
    name: 'care-widgets:finish-widget-files',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // hoist_funs: function declarations first in their scope, as the engine reads them anyway (and gzip finds them alike).
        const { code } = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2, hoist_funs: true }, mangle: false, format: { comments: /^!/ } });
        chunk.code = shareNames(code ?? chunk.code);
      }
    },
  };
}

const loader = (format: 'es' | 'iife', fileName: string): UserConfig => ({
  // Built after the widgets (scripts/build.js); a build without them leaves the list empty.
  define: Object.fromEntries([['__WIDGET_FILES__', WIDGET_FILES], ['__WIDGET_WORDS__', WIDGET_WORDS]]
    .map(([name, file]) => [name, existsSync(file) ? readFileSync(file, 'utf8') : '{}'])),
  build: {
    lib: { entry: src('loader/loader.ts'), formats: [format], name: 'CareWidgets', fileName: () => fileName },
    rollupOptions: { output: { minify: true, comments: false } },
  },
});

const builds: Record<string, UserConfig> = {
  lib: {
    build: {
      lib: {
        entry: {
          index: src('index.ts'),
          classes: src('classes.ts'),
          ...Object.fromEntries(folders.map((folder) => [folder === 'feed-element' ? 'feed' : folder, src(`${folder}/define.ts`)])),
          'parse-feed': src('feed/index.ts'),
        },
        formats: ['es'],
      },
      minify: false,
      rollupOptions: { external: [/^lit/, /^@lit\//], output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  },
  widgets: {
    plugins: [minifyCssLiterals(), collapseTemplateWhitespace(), listWidgetFiles(), finishWidgetFiles()],
    build: {
      lib: {
        entry: {
          ...Object.fromEntries(folders.map((folder) => [`widgets/${folder}`, src(`${folder}/define.ts`)])),
          // The on-page check (#care-check), which the loader imports only when the address asks for it.
          'widgets/care-check': src('internal/care-check/problem-list.ts'),
        },
        formats: ['es'],
      },
      // Library mode keeps ES output readable; this code is for visitors, so it is minified fully,
      // without the annotations (/* @__PURE__ */) only a bundler would read.
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true, comments: false, postBanner: licenseBanner,
          // Six characters of hash, not eight: still one name per version of a file, and every name is written out
          // in the files that import it (the core names six, the loader each widget's chunks), where no two gzip alike.
          chunkFileNames: 'widgets/chunks/[name]-[hash:6].js',
          // What every widget shares is one file, the core. What the three widgets that list entries share
          // (the feed's code lists, the form styles, their place in the page's outline, reading emails and phone numbers) is one more,
          // rather than a file for each few lines.
          // A module only ever imported dynamically (a locale, the saved copies…) stays a file of its own.
          manualChunks: (id, { getModuleInfo }) => {
            if (!getModuleInfo(id)?.importers.length) return undefined;
            if (isCore(id)) return 'core';
            return /\/src\/(feed\/codes|feed\/sections\/values|internal\/(feed-text|fields\.styles|page-outline|ascii-number))\.ts$/.test(id) ? 'fields' : undefined;
          },
        },
      },
    },
  },
  'loader-es': loader('es', 'care-widgets.js'),
  // A classic script has no import.meta; it finds its URL through document.currentScript instead.
  'loader-iife': (({ define, ...rest }) => ({ ...rest, define: { ...define, 'import.meta.url': 'undefined' } }))(loader('iife', 'care-widgets.iife.js')),
};

export default defineConfig(({ mode }) => {
  const build = builds[mode];
  if (!build) throw new Error(`Unknown build mode "${mode}"; use one of ${Object.keys(builds).join(', ')}`);
  return { ...shared, ...build, build: { ...shared.build, ...build.build } };
});
