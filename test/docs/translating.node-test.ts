/**
 * docs/translating.md (shipped in the package) lists every UI string of every widget, in step
 * with the code, and names only files the package ships.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { stringGroups, translatingGuide } from '../../src/tools/translating-guide.js';

const guide = readFileSync('docs/translating.md', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };

describe('docs/translating.md', () => {
  it('is what the widgets’ strings give today', async () => {
    assert.equal(guide, translatingGuide(await stringGroups()), 'docs/translating.md is out of date: run node scripts/translating-guide.js');
  });

  it('lists the shared strings and those of at least the banner and the finder', async () => {
    const titles = (await stringGroups()).map((group) => group.title);
    assert.ok(titles.includes('every widget') && titles.includes('<care-awareness-banner>') && titles.includes('<care-session-finder>'), titles.join(', '));
    assert.match(guide, /\| `retry` \| Try again \|/);
  });

  it('ships in the package', () => {
    assert.ok(packageJson.files.includes('docs/translating.md'));
  });
});
