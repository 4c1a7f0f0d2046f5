/**
 * The `care-*` events are typed for a TypeScript project that imports the built package by name
 * (dist/types, dist/frameworks; `npm run build` first): through each entry that registers one
 * element, as README recommends, on the element, the document and the window; and in TSX and Vue
 * templates, every event of every element in custom-elements.json. Each check is a strict project
 * of its own, so one entry's types cannot stand in for another's.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

interface Declaration {
  name: string;
  tagName?: string;
  events?: { name: string; type?: { text: string } }[];
}

/** Inside the package (scripts/test-node.js removes it), so `care-widgets/…` resolves to this package. */
const here = resolve('.node-test', 'event-types');
mkdirSync(here, { recursive: true });
const ts = createRequire(resolve('package.json'))('typescript') as typeof import('typescript');

function needBuild(file: string): void {
  assert.ok(existsSync(file), `${file} is missing: run npm run build before these tests`);
}
needBuild('custom-elements.json');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const eventsOf = (tag: string) => (elements.find((d) => d.tagName === tag)?.events ?? []).map((e) => e.name);

/**
 * Compiles one file as a project of its own (strict, the DOM's types, the package's exports),
 * and gives its errors. `typed(x)` in the file fails when `x` is missing or `any`, and so does
 * `Typed<T>` set to true when T is `any` or `never`.
 */
function errorsOf(name: string, code: string): string[] {
  const file = join(here, name);
  const checks = 'type Typed<T> = 0 extends 1 & T ? false : [T] extends [never] ? false : true;\nexport declare function typed<T>(value: Typed<T> extends true ? T : never): void;';
  writeFileSync(file, `${code}\n${checks}\n`);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.replace(`${here}/`, '')}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const entries: [entry: string, tag: string][] = [
  ['awareness-banner.js', 'care-awareness-banner'],
  ['session-finder.js', 'care-session-finder'],
  ['referral-lookup.js', 'care-referral-lookup'],
  ['volunteer-signup.js', 'care-volunteer-signup'],
  ['feed.js', 'care-feed'],
];

describe('the care-* events in TypeScript', () => {
  it('lists every element that fires events, with its events', () => {
    for (const [, tag] of entries.slice(0, 4)) assert.ok(eventsOf(tag).includes('care-feed-load'), `${tag} in custom-elements.json`);
  });

  for (const [entry, tag] of entries) {
    it(`are typed on the element, document and window with only care-widgets/${entry} imported`, () => {
      needBuild('dist/types/index.d.ts');
      // <care-feed> fires none itself: the widgets' feed events bubble through it.
      const events = tag === 'care-feed' ? ['care-feed-load', 'care-feed-error'] : eventsOf(tag);
      const code = [
        `import 'care-widgets/${entry}';`,
        `const element = document.createElement('${tag}');`,
        `element.addEventListener('care-feed-load', (event) => { const left: string[] = event.detail.skipped.map((p) => p.path); void left; });`,
        `window.addEventListener('care-feed-error', (event) => { const saved: boolean = event.detail.savedCopy; void saved; });`,
        ...events.flatMap((name) => ['element', 'document', 'window'].map((target) => `${target}.addEventListener('${name}', (event) => typed(event.detail));`)),
      ].join('\n');
      assert.deepEqual(errorsOf(`${entry.replace('.js', '')}.ts`, code), []);
    });
  }

  it('says which event is not typed (the check can fail)', () => {
    const errors = errorsOf('untyped.ts', `import 'care-widgets/feed.js';\ndocument.addEventListener('care-not-an-event', (event) => typed((event as CustomEvent).detail));`);
    assert.equal(errors.length, 1, errors.join('\n'));
  });

  it('gives every event of every element its type in custom-elements.json', () => {
    for (const element of elements) {
      for (const event of element.events ?? []) {
        assert.equal(event.type?.text, `HTMLElementEventMap['${event.name}']`, `<${element.tagName}> ${event.name}: its @fires tag needs {HTMLElementEventMap['${event.name}']}`);
      }
    }
  });

  it('types every oncare-… handler in TSX (care-widgets/jsx)', () => {
    needBuild('dist/frameworks/jsx.d.ts');
    const tags = elements.filter((d) => d.events?.length);
    assert.ok(tags.length >= 4);
    const code = [
      `import type {} from 'care-widgets/jsx';`,
      ...tags.map((d, i) => `export const e${i} = <${d.tagName} ${eventsOf(d.tagName!).map((name) => `on${name}={(event) => typed(event.detail)}`).join(' ')}></${d.tagName}>;`),
    ].join('\n');
    assert.deepEqual(errorsOf('jsx.tsx', code), []);
  });

  it('types every @care-… listener in Vue (care-widgets/vue)', () => {
    needBuild('dist/frameworks/vue.d.ts');
    const camel = (name: string) => `on${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
    const code = [
      `import type { GlobalComponents } from 'vue';`,
      `import type {} from 'care-widgets/vue';`,
      `type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];`,
      `type Detail<Handler> = Handler extends ((event: infer E) => void) | undefined ? (E extends { detail: infer D } ? D : never) : never;`,
      ...elements.flatMap((d) => eventsOf(d.tagName!).map((name) => `export const ${camel(name)}${d.name}: Typed<Detail<Props<'${d.tagName}'>['${camel(name)}']>> = true;`)),
    ].join('\n');
    assert.deepEqual(errorsOf('vue.ts', code), []);
  });
});
