// Framework types and editor data, generated from custom-elements.json into dist/frameworks/
// (run by scripts/build.js after the manifest; shipped in the package):
// - jsx.d.ts: JSX IntrinsicElements for React 19, Preact, Solid and other JSX frameworks
//   (`care-widgets/jsx`), by @wc-toolkit/jsx-types
// - vue.d.ts: Vue's GlobalComponents (`care-widgets/vue`), written below
// - vscode.html-custom-data.json, vscode.css-custom-data.json: VS Code's HTML and CSS custom data,
//   by custom-element-vs-code-integration
// Each .d.ts has an empty .js beside it, so `import 'care-widgets/jsx'` also resolves at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const outdir = 'dist/frameworks';
/** The classes' declarations, relative to outdir. */
const classes = '../types/classes.js';
const manifest = () => JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// An event without a type would reach TSX and Vue with no `detail`: its @fires tag lacks one.
const untyped = manifest().modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.events ?? []).filter((e) => !e.type?.text).map((e) => `<${d.tagName}> ${e.name}`));
if (untyped.length) {
  throw new Error(`Events with no type in custom-elements.json: ${untyped.join(', ')}. Write each @fires tag as @fires {HTMLElementEventMap['care-…']} care-… - …`);
}

generateJsxTypes(manifest(), { outdir, fileName: 'jsx.d.ts', globalTypePath: classes, stronglyTypedEvents: true, hideLogs: true });

/**
 * Vue's GlobalComponents, written here rather than by custom-element-vuejs-integration: that tool
 * names props as the attributes are spelt (`days-ahead`) and events as `oncare-filter-change`,
 * while Vue's template checker looks props up camel-cased (`daysAhead`) and listeners as
 * `onCareFilterChange`, so its types never checked a template.
 */
function vueTypes({ modules }) {
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const doc = (text) => (text ? `    /** ${text.replace(/\*\//g, '*\\/')} */\n` : '');
  const elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const blocks = elements.map((d) => {
    const fields = new Map();
    for (const a of d.attributes ?? []) if (a.fieldName) fields.set(a.fieldName, a.description);
    for (const m of d.members ?? []) if (m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public') fields.set(m.name, fields.get(m.name) ?? m.description);
    const props = [...fields].map(([name, text]) => `${doc(text)}    ${name}?: ${d.name}['${name}'];`);
    const events = (d.events ?? []).map((e) => `${doc(e.description)}    ${camel(`on-${e.name}`)}?: (event: ${e.type?.text ?? 'CustomEvent'}) => void;`);
    return `  '${d.tagName}': DefineComponent<{\n${[...props, ...events].join('\n')}\n  }>;`;
  });
  return `// Generated from custom-elements.json by scripts/framework-types.js.
import type { DefineComponent } from 'vue';
import type { ${elements.map((d) => d.name).join(', ')} } from '${classes}';

declare module 'vue' {
  interface GlobalComponents {
${blocks.map((b) => b.replace(/^/gm, '  ')).join('\n')}
  }
}
`;
}
mkdirSync(outdir, { recursive: true });
writeFileSync(`${outdir}/vue.d.ts`, vueTypes(manifest()));

generateVsCodeCustomElementData(manifest(), {
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  descriptionSrc: 'summary',
  hideMethodDocs: true,
  hideLogs: true,
});

for (const name of ['jsx', 'vue']) writeFileSync(`${outdir}/${name}.js`, '// Types only: see jsx.d.ts / vue.d.ts beside this file.\nexport {};\n');
console.log(`Wrote ${outdir}/: jsx.d.ts, vue.d.ts, vscode.html-custom-data.json, vscode.css-custom-data.json`);
