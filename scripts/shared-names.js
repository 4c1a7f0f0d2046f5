// The widgets build's last step over its minified files: a binding one file takes from another
// is named inside each file as it is named between them, where it can be.
//
// The bundler names what a chunk exports to the others with short names (`A`), and the minifier
// names each import and export again inside its file (`e`). So every shared binding is written
// twice: `import{A as e,B as t,…}from"./core.js"` in each importer, `export{Xt as A,…}` in the
// exporter. Over a page's 100-odd shared bindings, writing them once saves about 0.3 KB of gzip.
//
// Here, within each file, a binding is renamed to its name between the files, giving
// `import{A,B,…}` and `export{A,…}`, whenever that changes nothing else: no scope between a use
// and the binding binds that name, no global of that name is read, and the name is no longer.
// A binding that held the name trades names with it. Where a file takes the same name from two
// chunks (the core's `A` and another chunk's `A`), the second keeps its alias. Nothing between
// the files changes: the export names stay the bundler's.
import * as espree from 'espree';
import * as eslintScope from 'eslint-scope';

/** A module's syntax tree and scopes. */
function analyze(code) {
  const ast = espree.parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true });
  const scopes = eslintScope.analyze(ast, { ecmaVersion: 2022, sourceType: 'module' });
  return { ast, scopes, moduleScope: scopes.globalScope.childScopes.find((scope) => scope.type === 'module') };
}

/**
 * @param {string} code a minified ES module
 * @returns {string} the same module, each imported and exported binding named as it is between the files where it can be
 */
export function shareNames(code) {
  const { ast, scopes, moduleScope } = analyze(code);
  // A direct eval may read any name: nothing can be renamed safely.
  if (!moduleScope || scopes.scopes.some((scope) => scope.directCallToEvalScope)) return code;
  /** Names the code reads from the page (globals): a binding given one of them would capture it. */
  const globals = new Set(scopes.globalScope.through.map((reference) => reference.identifier.name));
  /** Shorthand properties by their value's start: `{e}` must become `{e:A}`. */
  const shorthand = new Map();
  /** Import and export specifiers (written again whole), each with its name between the files. */
  const specifiers = [];
  /** Names declared by `export function f` or `export const x`: their name is their export name. */
  const exportedDeclarations = new Set();
  walk(ast, (node) => {
    if (node.type === 'Property' && node.shorthand) shorthand.set((node.value.left ?? node.value).range[0], node.key.name);
    if (node.type === 'ImportDeclaration') {
      for (const spec of node.specifiers) if (spec.type === 'ImportSpecifier' && spec.imported.type === 'Identifier') specifiers.push({ spec, name: spec.imported.name });
    }
    if (node.type === 'ExportNamedDeclaration' && !node.source) {
      for (const spec of node.specifiers) if (spec.exported.type === 'Identifier') specifiers.push({ spec, name: spec.exported.name });
      for (const declared of [node.declaration?.id, ...(node.declaration?.declarations ?? []).map((d) => d.id)]) {
        if (declared) walk(declared, (part) => part.type === 'Identifier' && exportedDeclarations.add(part.name));
      }
    }
  });
  const inSpecifier = new Set(specifiers.map(({ spec }) => spec.local.range[0]));
  const original = new Map([...moduleScope.set.values()].map((binding) => [binding, binding.name]));
  const byOriginalName = new Map([...original].map(([binding, name]) => [name, binding]));
  /** Bindings whose name is their export name: never renamed. */
  const pinned = new Set([...exportedDeclarations].map((name) => byOriginalName.get(name)));

  /** A module-level binding, with its class body's own binding of the same name, if any. */
  const linked = (binding) => {
    const classDef = binding.defs.find((def) => def.type === 'ClassName');
    const inner = classDef && scopes.acquire(classDef.node)?.set.get(binding.name);
    return inner ? [binding, inner] : [binding];
  };
  /** Whether `binding`'s every use still finds it when named `name`: no scope between a use and the binding's own binds `name`. */
  const canTake = (binding, name) => !globals.has(name)
    && !pinned.has(binding)
    && linked(binding).every((b) => b.references.every((reference) => {
      for (let scope = reference.from; scope && scope !== b.scope; scope = scope.upper) if (scope.set.has(name)) return false;
      return true;
    }));
  const setName = (binding, name) => {
    for (const b of linked(binding)) {
      b.scope.set.delete(b.name);
      b.scope.set.set(name, b);
      b.name = name;
    }
  };

  /** Bindings that have their name between the files: never moved again. */
  const settled = new Set();
  for (const { spec, name: to } of specifiers) {
    const binding = byOriginalName.get(spec.local.name);
    if (!binding || settled.has(binding) || to.length > binding.name.length) continue;
    if (binding.name !== to) {
      // Whatever holds the name now trades names with this binding, when both still find their uses.
      const holder = moduleScope.set.get(to);
      if (holder && (settled.has(holder) || !canTake(holder, binding.name))) continue;
      if (!canTake(binding, to)) continue;
      const vacated = binding.name;
      if (holder) setName(holder, `\0${vacated}`);
      setName(binding, to);
      if (holder) setName(holder, vacated);
    }
    settled.add(binding);
  }

  /** @type {Map<number, [end: number, text: string]>} replacements, by where they start */
  const edits = new Map();
  for (const [binding, name] of original) {
    if (binding.name === name) continue;
    for (const b of linked(binding)) {
      for (const id of [...b.defs.map((def) => def.name), ...b.references.map((reference) => reference.identifier)]) {
        if (inSpecifier.has(id.range[0])) continue;
        const key = shorthand.get(id.range[0]);
        edits.set(id.range[0], [id.range[1], key ? `${key}:${b.name}` : b.name]);
      }
    }
  }
  for (const { spec, name } of specifiers) {
    const local = byOriginalName.get(spec.local.name)?.name ?? spec.local.name;
    const text = local === name ? name : spec.type === 'ImportSpecifier' ? `${name} as ${local}` : `${local} as ${name}`;
    edits.set(spec.range[0], [spec.range[1], text]);
  }

  let out = '';
  let last = 0;
  for (const [start, [end, text]] of [...edits].sort((a, b) => a[0] - b[0])) {
    out += code.slice(last, start) + text;
    last = end;
  }
  return out + code.slice(last);
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  visit(node);
  for (const child of Object.values(node)) {
    if (Array.isArray(child)) for (const item of child) if (typeof item?.type === 'string') walk(item, visit);
    if (typeof child?.type === 'string') walk(child, visit);
  }
}
