/**
 * The webmaster docs cannot drift: docs/feed-reference.md is what the schema
 * (and the validator's messages) give today, and docs/webmaster-toolkit.md
 * lists exactly the CSV columns from-csv reads. Both ship in the npm package.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CELL_FORMS, CSV_COLUMNS, CSV_SECTIONS } from '../../src/tools/csv-columns.js';
import { feedReference, MISTAKES, mistakeMessages } from '../../src/tools/feed-reference.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8')) as Schema;
const sample = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8')) as unknown;
const reference = readFileSync('docs/feed-reference.md', 'utf8');
const toolkit = readFileSync('docs/webmaster-toolkit.md', 'utf8');

/** The text of a `## heading` section, up to the next heading of that level or higher. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}`);
  const level = heading.split(' ')[0].length;
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return rest.slice(0, end === -1 ? undefined : end);
}

describe('docs/feed-reference.md', () => {
  it('is what the schema gives today', () => {
    assert.equal(reference, feedReference(schema, sample), 'docs/feed-reference.md is out of date: run node scripts/feed-reference.js');
  });

  it('has a row for every field of every object in the schema', () => {
    const defs = schema.$defs as Record<string, Schema>;
    const check = (title: string, owner: Schema) => {
      const text = section(reference, `## ${title}`);
      for (const [key, property] of Object.entries(owner.properties as Record<string, Schema>)) {
        assert.match(text, new RegExp(`\\n\\| \`${key}\` \\| [^|]+ \\| (yes|no|one of|when|unless)`), `${title}: ${key}`);
        if (property.type === 'object' && property.properties) check(`${title}: ${key}`, property);
      }
    };
    check('Top level', schema);
    for (const def of Object.values(defs)) if (def.type === 'object') check(String(def.title), def);
    for (const def of Object.values(defs)) if (def.type !== 'object') assert.ok(reference.includes(`\n### ${def.title}\n`), String(def.title));
  });

  it('lists only mistakes the validator reports, with fixes it accepts', () => {
    for (const mistake of MISTAKES) assert.ok(mistakeMessages(mistake).length > 0);
    assert.ok(MISTAKES.length >= 15);
  });

  it('shows what check says for a "7pm" time', () => {
    assert.match(section(reference, '### Time'), /\| `sessions\[…\]\.schedule\.time: "7pm"` \| `sessions\[…\]\.schedule\.time: "19:00"` \| "7pm" is not a time; write it as HH:MM/);
  });
});

describe('docs/webmaster-toolkit.md', () => {
  it('lists exactly the columns from-csv reads, section by section', () => {
    for (const s of CSV_SECTIONS) {
      const text = section(toolkit, `### ${s}.csv`);
      const listed = [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
      assert.deepEqual(listed, CSV_COLUMNS[s].map((c) => c.name), `${s}.csv`);
    }
  });

  it('says how each kind of cell is written', () => {
    for (const form of Object.values(CELL_FORMS)) assert.ok(toolkit.includes(form), form);
  });

  it('gives the "$schema" line editors read', () => {
    assert.ok(toolkit.includes('"$schema": "https://unpkg.com/care-widgets/dist/feed.schema.json"'));
  });
});

describe('the npm package', () => {
  it('ships the docs and the templates', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    for (const file of ['docs/feed-reference.md', 'docs/webmaster-toolkit.md', 'templates']) assert.ok(pkg.files.includes(file), file);
  });
});
