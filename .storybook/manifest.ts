/// <reference types="vite/client" />
import * as classes from '../src/classes.js';

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: Member[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/**
 * The root custom-elements.json (`npm run manifest`; git-ignored). Read through
 * a glob so a fresh clone still typechecks and builds before it exists.
 */
export const manifest: Manifest | undefined = Object.values(
  import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' }),
)[0];

/**
 * The manifest as Storybook's web-components docs read it:
 * - Storybook finds a component by `tagName`. The analyzer cannot see the tag
 *   through the guarded `define()` in src/internal/define.ts, so the tag is
 *   taken from the live registry (`customElements.getName`) for each class in
 *   src/classes.ts. Only fills a missing tag.
 * - Storybook lists every member as a property; private and protected ones,
 *   methods, statics and fields already listed as attributes are left out.
 * - The docs page shows `description`; ours is in `@summary`.
 */
export function forStorybook(source: Manifest): Manifest {
  const tags = new Map<string, string>();
  for (const [name, value] of Object.entries(classes)) {
    const tag = typeof value === 'function' ? customElements.getName(value as CustomElementConstructor) : null;
    if (tag) tags.set(name, tag);
  }
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (declaration.kind !== 'class') return declaration;
        const tagName = declaration.tagName ?? tags.get(declaration.name);
        return {
          ...declaration,
          ...(tagName ? { tagName, customElement: true } : {}),
          description: declaration.description || declaration.summary || '',
          members: declaration.members?.filter(
            (m) => m.kind === 'field' && !m.static && !m.attribute && (m.privacy ?? 'public') === 'public',
          ),
        };
      }),
    })),
  };
}
