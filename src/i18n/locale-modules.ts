import type { UIStrings } from './en.js';

/**
 * How locale modules are fetched when used from npm: ordinary dynamic
 * imports, so a bundler makes each locale its own chunk. The script-tag
 * bundles swap this file for locale-modules.script-tag.ts (vite.config.ts).
 */
export const importLocale = (tag: string): Promise<{ default: UIStrings }> => {
  switch (tag) {
    case 'es': return import('./locales/es.js');
    default: return Promise.reject(new Error(`no locale ${tag}`));
  }
};
