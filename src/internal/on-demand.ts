/**
 * Modules a visitor may never need, loaded when first used: the UI strings
 * of a language other than English, the feed problem messages (only when a
 * feed has problems), the calendar file writer (only on "Add to calendar")
 * and the search-engine data (only with `structured-data`).
 *
 * From npm these are ordinary dynamic imports, so a bundler makes each its
 * own chunk. The script-tag bundles swap this file for
 * on-demand.script-tag.ts (vite.config.ts), which loads the same modules from
 * files beside the bundle.
 */
import type { UIStrings } from '../i18n/en.js';

export const onDemand = {
  locale: (tag: string): Promise<{ default: UIStrings }> => {
    switch (tag) {
      case 'es': return import('../i18n/locales/es.js');
      case 'ar': return import('../i18n/locales/ar.js');
      case 'he': return import('../i18n/locales/he.js');
      default: return Promise.reject(new Error(`no locale ${tag}`));
    }
  },
  problemMessages: () => import('../feed/problem-messages.js'),
  calendar: () => import('../session-finder/ics.js'),
  structuredData: () => import('../session-finder/structured-data.js'),
};

export type OnDemand = typeof onDemand;
