// The widgets build's renaming of shared bindings (scripts/shared-names.js): each case is a module
// run before and after, which must give the same values, written shorter where it can be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain JavaScript build script, without declarations.
import { shareNames } from '../../scripts/shared-names.js';

/** A module that another imports from: A = 1, B = 2, Long = 3. */
const lib = `data:text/javascript,${encodeURIComponent('export const A = 1, B = 2, Long = 3;')}`;
/** A module's exports: functions and values these cases define. */
type Exports = Record<string, ((...args: number[]) => unknown) & { self(): unknown }>;
const run = async (code: string): Promise<Exports> => ({ ...(await import(`data:text/javascript,${encodeURIComponent(code)}`)) });

async function sameResults(code: string, read: (module: Exports) => unknown): Promise<string> {
  const renamed = shareNames(code);
  assert.deepEqual(read(await run(renamed)), read(await run(code)), renamed);
  return renamed;
}

test('an import is named as it is exported, its uses too, and a shorthand property keeps its key', async () => {
  const out = await sameResults(`import{A as e,B as t}from"${lib}";const o={e};function f(n){return e+n+t}export{f as F,o as O};`, (m) => [m.F(10), m.O]);
  assert.match(out, /^import\{A,B\}from/);
  assert.match(out, /\{e:A\}/);
  assert.match(out, /export\{F,O\}/);
});

test('a binding that holds the name trades names with the import', async () => {
  const out = await sameResults(`import{A as e}from"${lib}";var A=5;const f=()=>e*10+A;export{f as F};`, (m) => m.F());
  assert.match(out, /^import\{A\}from/);
});

test('a parameter of that name on the way to a use keeps the alias', async () => {
  const out = await sameResults(`import{A as e}from"${lib}";function f(A){return e+A}export{f as F};`, (m) => m.F(7));
  assert.match(out, /^import\{A as e\}from/);
});

test('a global of that name, read somewhere, keeps the alias', async () => {
  const out = await sameResults(`import{A as e}from"${lib}";const g=()=>[typeof A,e];export{g as G};`, (m) => m.G());
  assert.match(out, /^import\{A as e\}from/);
});

test('a longer name, or one a second import already took, keeps the alias', async () => {
  const other = `data:text/javascript,${encodeURIComponent('export const A = 9;')}`;
  const out = await sameResults(`import{Long as e,A as t}from"${lib}";import{A as n}from"${other}";const f=()=>[e,t,n];export{f as F};`, (m) => m.F());
  assert.match(out, /import\{Long as e,A\}from/);
  assert.match(out, /import\{A as n\}from/);
});

test('a class is renamed with its own name inside its body, and an export of another name stays', async () => {
  const out = await sameResults(`class X{static self(){return X}}const y=X;export{X as Q,y as default};`, (m) => [m.Q.self() === m.Q, m.default === m.Q]);
  assert.match(out, /^class Q\{static self\(\)\{return Q\}\}/);
});

test('a declaration exported under its own name keeps that name, and the import its alias', async () => {
  const out = await sameResults(`import{B as e}from"${lib}";export function B(){return e}export const A=()=>e;`, (m) => [m.B(), m.A()]);
  assert.match(out, /^import\{B as e\}from/);
});

test('a module with a direct eval is left as it is', async () => {
  const code = `import{A as e}from"${lib}";const f=()=>eval("e");export{f as F};`;
  assert.equal(await sameResults(code, (m) => m.F()), code);
});
