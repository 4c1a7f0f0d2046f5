/**
 * custom-elements.json, from the elements' JSDoc (`npm run manifest`; `npm run build` runs it too).
 *
 * Two plugins correct what the analyzer cannot know; it has no option for either: it lists
 * internal Lit state as attributes, and it names the source files (src/…ts, not shipped) and
 * reads our guarded `define(tag, element)` as the definition of a tag called "tag".
 * test/dist/manifest.test.ts holds the result to the code and to the built package.
 */
import { readFileSync } from 'node:fs';

/**
 * The analyzer lists every entry of a Lit `static properties` object as an
 * attribute, including internal state (`{ state: true }`, which Lit never
 * turns into an attribute). Pages depend on the manifest's attributes, so
 * only public fields stay listed.
 */
function publicAttributesOnly() {
  return {
    name: 'care-widgets:public-attributes-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const privacy = new Map((declaration.members ?? []).map((m) => [m.name, m.privacy]));
          declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !['private', 'protected'].includes(privacy.get(a.fieldName)));
        }
      }
    },
  };
}

/**
 * The manifest as the published package has it: one module per public entry
 * that registers an element (`dist/session-finder.js`: the class and its tag
 * definition, found through package.json's `exports`, whose types name
 * `dist/types/<folder>/define.d.ts`), and the shared base class in
 * `dist/classes.js`. Modules of pure helpers are internal and left out.
 */
function publishedModules() {
  const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  /** src folder → the published file whose import registers its element. */
  const entryOf = new Map(
    Object.values(exports)
      .filter((target) => typeof target === 'object' && /^\.\/dist\/types\/[\w-]+\/define\.d\.ts$/.test(target.types))
      .map((target) => [target.types.split('/')[3], target.default.slice(2)]),
  );
  const CLASSES = 'dist/classes.js';
  return {
    name: 'care-widgets:published-modules',
    packageLinkPhase({ customElementsManifest }) {
      /** Class name → the published module that declares it. */
      const published = new Map();
      const modules = [];
      // The analyzer marks a class that extends HTMLElement itself; CareElement extends our base
      // (UpdatingElement, in another module), so an element is also any class whose superclass is one.
      const classes = new Map(customElementsManifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, d])));
      const isElement = (declaration) => !!declaration && (declaration.customElement || isElement(classes.get(declaration.superclass?.name)));
      for (const declaration of classes.values()) if (isElement(declaration)) declaration.customElement = true;
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.customElement) continue;
          const folder = mod.path.split('/')[1];
          const path = declaration.tagName ? entryOf.get(folder) : CLASSES;
          if (!path) throw new Error(`<${declaration.tagName}> (${mod.path}) has no entry in package.json's exports`);
          published.set(declaration.name, path);
          const exported = [{ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: path } }];
          if (declaration.tagName) exported.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: path } });
          modules.push({ kind: 'javascript-module', path, declarations: [declaration], exports: exported });
        }
      }
      const relink = (reference) => {
        if (reference?.module && published.has(reference.name)) reference.module = published.get(reference.name);
      };
      for (const { declarations } of modules) {
        for (const declaration of declarations) {
          relink(declaration.superclass);
          for (const kind of ['attributes', 'members', 'events', 'cssParts', 'cssProperties', 'slots']) {
            for (const item of declaration[kind] ?? []) relink(item.inheritedFrom);
          }
        }
      }
      customElementsManifest.modules = modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/tools/**'],
  litelement: true,
  plugins: [publicAttributesOnly(), publishedModules()],
};
