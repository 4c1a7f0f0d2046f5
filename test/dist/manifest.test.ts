/**
 * custom-elements.json tells the truth: for every element the loader knows
 * (src/widgets.ts), its entry lists exactly the attributes the element
 * observes, the events its code fires, every part its templates render and
 * every `--care-*` property its styles read (the shared tokens it uses
 * included), each with the default its styles fall back to; and its tag
 * definition and module paths resolve in the published package. Needs
 * `npm run build` (dist/ and custom-elements.json; npm test does it).
 */
import { expect } from '@open-wc/testing';
import { WIDGETS } from '../../src/widgets.js';
import { cssPropertiesRead, type CssRead } from './css-properties.js';

interface Named {
  name: string;
  default?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string; module?: string; package?: string };
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
interface Manifest {
  modules: Module[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const packageJson = (await (await fetch('/package.json')).json()) as { exports: Record<string, string | Record<string, string>> };
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name).sort();

function entry(tag: string): Declaration {
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

/** The source of a module and of every module of src/ it imports, as the test server sends them. */
async function sourcesFrom(url: string, seen = new Map<string, string>()): Promise<Map<string, string>> {
  if (seen.has(url)) return seen;
  const text = await (await fetch(url)).text();
  seen.set(url, text);
  for (const [, spec] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const next = new URL(spec, new URL(url, location.origin)).pathname;
    if (next.startsWith('/src/')) await sourcesFrom(next, seen);
  }
  return seen;
}

/** What the code reachable from a widget's define.ts renders and fires. */
async function codeOf(folder: string) {
  const sources = [...(await sourcesFrom(`/src/${folder}/define.ts`)).values()].join('\n');
  const parts = new Set([...sources.matchAll(/\bpart=\\?"([\w\s-]+)\\?"/g)].flatMap(([, list]) => list.trim().split(/\s+/)));
  // Through the shared emit(), or a CustomEvent of its own (a cancelable one, say).
  const events = new Set([...sources.matchAll(/\b(?:emit\(\s*[\w.]+\s*,|new CustomEvent\()\s*["'](care-[\w-]+)["']/g)].map(([, name]) => name));
  return { parts, events };
}

/** The CSS of an element's shadow root, as Lit adopts it. */
/** The CSS an element's class declares (`static styles`, nested as the widgets write it). */
function stylesOf(tag: string): string {
  type Styles = { cssText: string } | readonly Styles[];
  const flatten = (styles: Styles): string[] => ('cssText' in styles ? [styles.cssText] : styles.flatMap(flatten));
  return flatten((customElements.get(tag) as unknown as { styles: Styles }).styles).join('\n');
}

await Promise.all(Object.values(WIDGETS).map((folder) => import(`../../src/${folder}/define.ts`)));

describe('custom-elements.json', () => {
  it('has an entry for exactly the elements the loader knows', () => {
    const tags = declarations.filter((d) => d.tagName).map((d) => d.tagName);
    expect(tags.sort()).to.deep.equal(Object.keys(WIDGETS).sort());
  });

  it('defines each tag once, in the published entry that registers it, and no other name', () => {
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, path: m.path })));
    expect(definitions.map((d) => d.name).sort()).to.deep.equal(Object.keys(WIDGETS).sort());
    const published = Object.values(packageJson.exports).map((target) => (typeof target === 'string' ? target : target.default));
    for (const definition of definitions) {
      expect(definition.declaration.name, definition.name).to.equal(entry(definition.name).name);
      expect(published, `${definition.name} is defined in ${definition.path}`).to.include(`./${definition.path}`);
    }
  });

  it('names only modules that are in the published package', async () => {
    const paths = new Set<string>();
    for (const module of manifest.modules) {
      paths.add(module.path);
      for (const declaration of module.declarations ?? []) if (declaration.superclass?.module) paths.add(declaration.superclass.module);
      for (const exported of module.exports ?? []) if (exported.declaration.module) paths.add(exported.declaration.module);
    }
    for (const path of paths) {
      expect(path, path).to.match(/^dist\/[\w/-]+\.js$/);
      expect((await fetch(`/${path}`, { method: 'HEAD' })).ok, `${path} is not built`).to.equal(true);
    }
  });

  for (const [tag, folder] of Object.entries(WIDGETS)) {
    describe(`<${tag}>`, () => {
      it('lists exactly the attributes the element observes', () => {
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        expect(names(entry(tag).attributes)).to.deep.equal([...observed].sort());
      });

      it('lists exactly the care-* events its code fires', async () => {
        const { events } = await codeOf(folder);
        expect(names(entry(tag).events)).to.deep.equal([...events].sort());
      });

      it('lists every part its templates render, and no other', async () => {
        const { parts } = await codeOf(folder);
        expect(names(entry(tag).cssParts)).to.deep.equal([...parts].sort());
      });

      it('lists exactly the --care-* properties its styles read, each with the default they fall back to', () => {
        const read: CssRead = cssPropertiesRead(stylesOf(tag));
        const declared = entry(tag).cssProperties ?? [];
        expect(names(declared), 'declared vs read').to.deep.equal([...read.keys()].sort());
        for (const property of declared) {
          expect(read.get(property.name), `default of ${property.name}`).to.include(property.default);
        }
      });
    });
  }
});
