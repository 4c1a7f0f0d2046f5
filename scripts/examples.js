// The React and Vue examples (examples/), as a developer using the published package would have
// them: type-checked against dist/ (tsc for React's TSX, vue-tsc for the Vue component), then
// bundled by Vite into .examples/react.js and .examples/vue.js, which test/dist/frameworks.test.ts
// renders in the browser. Needs `npm run build` first; a step of `npm test`.
import { spawnSync } from 'node:child_process';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';

const typeChecks = [
  ['React (tsc)', ['tsc', '-p', 'examples/react/tsconfig.json']],
  ['Vue (vue-tsc)', ['vue-tsc', '-p', 'examples/vue/tsconfig.json']],
];
let failed = false;
for (const [name, args] of typeChecks) {
  const ok = spawnSync('npx', args, { stdio: 'inherit' }).status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} type-check: ${name}`);
  failed ||= !ok;
}
if (failed) process.exit(1);

await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  // Vue renders care-* tags as the custom elements they are, not as unknown Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('care-') } } })],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: '.examples',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    lib: { entry: { react: 'examples/react/main.tsx', vue: 'examples/vue/main.ts' }, formats: ['es'] },
  },
});
console.log('Built .examples/react.js and .examples/vue.js');
