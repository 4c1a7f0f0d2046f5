/// <reference types="vite/client" />

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
 * The manifest as Storybook's web-components docs should show it:
 * - Storybook lists every member as a property, private state included; only
 *   public instance fields that have no attribute row are kept.
 * - The docs page shows `description`; ours is the one-line `@summary`.
 */
export function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (declaration.kind !== 'class') return declaration;
        return {
          ...declaration,
          description: declaration.description || declaration.summary || '',
          members: declaration.members?.filter(
            (m) => m.kind === 'field' && !m.static && !m.attribute && (m.privacy ?? 'public') === 'public',
          ),
        };
      }),
    })),
  };
}
