/**
 * For a widget whose strings come from several folders (its own and those it shares with another, say). Kept out of
 * load-strings.ts, and so out of the core every widget loads, for the widgets that use it (vite.config.ts).
 */
import type { LocaleLoaders } from './load-strings.js';

/** One set of loaders from several: each language's files load together, their strings merged. */
export function combineLocales(...sets: LocaleLoaders[]): LocaleLoaders {
  const tags = new Set(sets.flatMap((set) => Object.keys(set)));
  return Object.fromEntries([...tags].map((tag) => [tag, () =>
    Promise.all(sets.map((set) => set[tag]?.() ?? { default: {} })).then((files) => ({ default: Object.assign({}, ...files.map((file) => file.default)) }))]));
}
