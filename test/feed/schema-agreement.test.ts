import { expect } from '@open-wc/testing';
import type Ajv2020Type from 'ajv/dist/2020.js';
import type addFormatsType from 'ajv-formats';

const modules = new Map<string, { exports: unknown }>();
function fetchSync(url: string): string | undefined {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  xhr.send();
  return xhr.status === 200 ? xhr.responseText : undefined;
}
function resolveModule(spec: string, from: string): { url: string; source: string } {
  if (!spec.startsWith('.')) {
    const parts = spec.split('/');
    const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const root = new URL(`/node_modules/${name}/`, location.href).href;
    const rest = spec.slice(name.length + 1);
    const main = rest || (JSON.parse(fetchSync(`${root}package.json`)!) as { main?: string }).main || 'index.js';
    return resolveModule(`./${main.replace(/^\.\//, '')}`, root);
  }
  const base = new URL(spec, from).href;
  for (const url of [base, `${base}.js`, `${base}/index.js`, `${base}.json`]) {
    if (!/\.(js|json)$/.test(url)) continue;
    const source = fetchSync(url);
    if (source !== undefined) return { url, source };
  }
  throw new Error(`cannot find ${spec} from ${from}`);
}
function requireFromServer(spec: string, from = location.href): unknown {
  const { url, source } = resolveModule(spec, from);
  let module = modules.get(url);
  if (!module) {
    module = { exports: {} };
    modules.set(url, module);
    if (url.endsWith('.json')) module.exports = JSON.parse(source);
    else new Function('module', 'exports', 'require', source)(module, module.exports, (s: string) => requireFromServer(s, url));
  }
  return module.exports;
}

describe('ajv probe', () => {
  it('loads', () => {
    const Ajv2020 = (requireFromServer('ajv/dist/2020.js') as { default: typeof Ajv2020Type }).default;
    const addFormats = (requireFromServer('ajv-formats') as { default: typeof addFormatsType }).default;
    const ajv = new Ajv2020();
    addFormats(ajv);
    expect(ajv.validate({ type: 'string', format: 'date' }, '2026-02-29')).to.equal(false);
    expect(ajv.validate({ type: 'string', format: 'date' }, '2028-02-29')).to.equal(true);
    expect(ajv.validate({ type: 'string', pattern: '^\\s*(?=\\S)x' }, '  x')).to.equal(true);
  });
});
