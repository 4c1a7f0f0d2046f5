/**
 * An app that renders on a server (Next.js, Nuxt, Astro, SvelteKit) evaluates its imports in Node,
 * where there is no HTMLElement, customElements, document, window or matchMedia. Every JavaScript entry
 * of package.json's exports, imported by name from the built package (`npm run build` first), each in a
 * Node of its own: the import does not throw, says nothing, leaves no browser globals behind, and the
 * classes can be extended there, as an app's own module does before the browser defines it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const { name, exports } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; exports: Record<string, string | { default: string }> };
/** The entries that run code: not the JSON files, nor the type-only framework entries' empty modules. */
const entries = Object.entries(exports)
  .filter(([, target]) => (typeof target === 'string' ? target : target.default).endsWith('.js'))
  .map(([path]) => (path === '.' ? name : `${name}/${path.slice(2)}`));

/** Runs `code` as an ES module in a Node of its own, inside the package (so `care-widgets/…` is this package). */
function runInNode(code: string): { status: number | null; output: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return { status, output: `${stdout}${stderr}`.trim() };
}

describe('importing the package on a server', () => {
  it('covers the elements\' entries', () => {
    assert.ok(existsSync('dist/index.js'), 'dist/ is missing: run npm run build before these tests');
    for (const entry of [name, `${name}/classes.js`, `${name}/session-finder.js`, `${name}/feed.js`]) assert.ok(entries.includes(entry), entry);
  });

  for (const entry of entries) {
    it(`${entry} imports in Node without an error or a word`, () => {
      const { status, output } = runInNode(`
        const module = await import('${entry}');
        const left = ['HTMLElement', 'customElements', 'document', 'window'].filter((name) => name in globalThis);
        if (left.length) throw new Error('the import left ' + left.join(', ') + ' behind');
        for (const [key, value] of Object.entries(module)) {
          if (typeof value === 'function' && /^Care/.test(key)) void class extends value {};
        }`);
      assert.equal(output, '', `importing ${entry} in Node said:\n${output}`);
      assert.equal(status, 0);
    });
  }

  it('gives an app the classes to extend on the server', () => {
    const { status, output } = runInNode(`
      import { CareSessionFinder, CareAwarenessBanner, CareFeed } from '${name}/classes.js';
      class AppFinder extends CareSessionFinder {}
      console.log([AppFinder, CareAwarenessBanner, CareFeed].every((c) => typeof c === 'function'));`);
    assert.equal(output, 'true');
    assert.equal(status, 0);
  });
});
