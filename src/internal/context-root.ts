import { ContextRoot } from '@lit/context';

const CONTEXT_ROOT_FLAG = Symbol.for('care-widgets.context-root');

/**
 * Lets a widget find its `<care-feed>` even when the widget upgrades before
 * the provider, as it can when a site imports the elements one by one from
 * npm. Once per page. The script-tag bundles swap this file for
 * context-root.script-tag.ts (vite.config.ts).
 */
export function ensureContextRoot(): void {
  const flags = document as unknown as Record<symbol, boolean>;
  if (flags[CONTEXT_ROOT_FLAG]) return;
  flags[CONTEXT_ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}
