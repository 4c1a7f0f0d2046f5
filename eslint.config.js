import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'public/mockServiceWorker.js', 'custom-elements.json', '.sz/', '.size/', '.examples/'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Elements are registered through one guarded define() (src/internal/define.ts).
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The shared layers sit below the widgets: they name no widget folder (DEVELOPERS.md, Layout).
    files: ['src/feed/**/*.ts', 'src/time/**/*.ts', 'src/i18n/**/*.ts', 'src/internal/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          // Up one or two folders, into any folder that is not a shared layer.
          regex: '^\\.\\.(/\\.\\.)?/(?!(feed|time|i18n|internal)/)[\\w-]+/',
          message: 'A shared layer (feed, time, i18n, internal) must not import from a widget folder: move what both need down into a shared layer.',
        }],
      }],
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly' } },
  },
);
