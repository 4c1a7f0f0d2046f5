/**
 * The package's types as an app's TypeScript project finds them (`npm run build` first): every entry of
 * package.json's exports resolves with its types under `moduleResolution` bundler and node16, strict; and
 * the detail of every `care-*` event in custom-elements.json can be named from the main entry, with the
 * filters the finder and the lookup send, for an app that keeps them in its own state.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

/** Inside the package (scripts/test-node.js removes it), so `care-widgets/…` resolves to this package. */
const here = resolve('.node-test', 'package-types');
mkdirSync(here, { recursive: true });
const ts = createRequire(resolve('package.json'))('typescript') as typeof import('typescript');

const { name, exports } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; exports: Record<string, string | { types: string }> };
/** The entries with types (not the JSON files). */
const typed = Object.entries(exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([path]) => (path === '.' ? name : `${name}/${path.slice(2)}`));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { events?: { name: string }[] }[] }[] };
const events = [...new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []).map((e) => e.name))];

/** Compiles one ES module file as an app's strict project of its own, and gives its errors. */
function errorsOf(file: string, code: string, resolution: 'bundler' | 'node16'): string[] {
  const path = join(here, file);
  writeFileSync(path, `${code}\ntype Typed<T> = 0 extends 1 & T ? false : [T] extends [never] ? false : true;\nexport declare function typed<T>(value: Typed<T> extends true ? T : never): void;\n`);
  const program = ts.createProgram([path], {
    module: resolution === 'node16' ? ts.ModuleKind.Node16 : ts.ModuleKind.ESNext,
    moduleResolution: resolution === 'node16' ? ts.ModuleResolutionKind.Node16 : ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.replace(`${here}/`, '')}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the package\'s types in an app', () => {
  it('has the build and the events to check', () => {
    assert.ok(existsSync('dist/types/index.d.ts'), 'dist/ is missing: run npm run build before these tests');
    assert.ok(typed.includes(`${name}/classes.js`) && events.includes('care-filter-change') && events.includes('care-referral-filter-change'));
  });

  for (const resolution of ['bundler', 'node16'] as const) {
    it(`resolves every entry's types with moduleResolution ${resolution}`, () => {
      const code = typed.map((entry, i) => `import * as entry${i} from '${entry}';\nexport type T${i} = typeof entry${i};`).join('\n');
      assert.deepEqual(errorsOf(`entries-${resolution}.mts`, code, resolution), []);
    });

    it(`names every care-* event's detail, and the filters, from the main entry (${resolution})`, () => {
      const code = [
        `import type { CareEventDetail, SessionFilters, LookupFilters } from '${name}';`,
        ...events.map((event, i) => `export declare const detail${i}: CareEventDetail<'${event}'>;\ntyped(detail${i});`),
        `export const sessions: SessionFilters = ({} as CareEventDetail<'care-filter-change'>).filters;`,
        `export const referrals: LookupFilters = ({} as CareEventDetail<'care-referral-filter-change'>).filters;`,
        `typed(sessions); typed(referrals);`,
        `// @ts-expect-error: no such event`,
        `export type None = CareEventDetail<'care-not-an-event'>;`,
      ].join('\n');
      assert.deepEqual(errorsOf(`details-${resolution}.mts`, code, resolution), []);
    });
  }
});
