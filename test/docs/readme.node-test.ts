/**
 * README's reference tables against custom-elements.json (written by the build): each element
 * has a section whose attribute table lists exactly its attributes, with their defaults; the
 * events table lists every event; the theming table every `--care-*` property, with its default.
 * Generic over the manifest's elements, so a widget added later needs its README section.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Named {
  name: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssProperties?: Named[];
}

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** The text after a heading, up to the next heading. */
function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has no section "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/\n#{1,6} /);
  return rest.slice(0, end === -1 ? undefined : end);
}

/** The first table of a text: each row's cells, header and rule left out. */
function table(text: string): string[][] {
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  return rows.slice(2).map((row) => row.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

/** The `code` names in a cell ("`src`, `lang`" → src, lang). */
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, name]) => name);

const unique = (names: string[]) => [...new Set(names)].sort();

describe('README', () => {
  assert.ok(elements.length >= 3, 'custom-elements.json lists the elements (npm run build)');

  for (const element of elements) {
    it(`<${element.tagName}>: the attribute table lists exactly its attributes, with their defaults`, () => {
      const rows = table(section(`### \`<${element.tagName}>\``));
      const documented = rows.flatMap(([names]) => codes(names));
      assert.deepEqual(unique(documented), unique((element.attributes ?? []).map((a) => a.name)));
      for (const attribute of element.attributes ?? []) {
        const value = attribute.default;
        if (value === undefined || value === "''") continue;
        const row = rows.find(([names]) => codes(names).includes(attribute.name))!;
        assert.ok(row[1].includes(value === 'false' ? 'off' : `\`${value}\``), `${attribute.name}: README says "${row[1]}", the code ${value}`);
      }
    });
  }

  it('lists every event of every element', () => {
    const documented = table(section('### Events')).flatMap(([name]) => codes(name));
    assert.deepEqual(unique(documented), unique(elements.flatMap((e) => (e.events ?? []).map((event) => event.name))));
  });

  it('lists every --care-* property, with the default the styles use', () => {
    const rows = table(section('### Theming'));
    const documented = rows.flatMap(([names]) => codes(names));
    const properties = elements.flatMap((e) => e.cssProperties ?? []);
    assert.deepEqual(unique(documented), unique(properties.map((p) => p.name)));
    for (const property of properties) {
      const row = rows.find(([names]) => codes(names).includes(property.name))!;
      assert.ok(row[1].includes(`\`${property.default}\``), `${property.name}: README says "${row[1]}", the code ${property.default}`);
    }
  });

  it('shows the paste-in stylesheet and script first', () => {
    const first = readme.indexOf('```html');
    assert.match(readme.slice(first, readme.indexOf('```', first + 7)), /<link rel="stylesheet" href="[^"]*care-widgets\.css">\n<script type="module" src="[^"]*care-widgets\.js"><\/script>/);
  });
});
