/**
 * Code a person needs only once they act, loaded by `load`, an arrow that is one `import()`:
 * `onDemand(() => import('./deliver.js'), import.meta.url)`; each call asks for it, and a call after
 * one that failed asks the network again.
 *
 * Firefox keeps a module that failed to load (offline when the page opened) failed for the rest of the
 * page, and never asks the network for that address again. So after a failure the module is asked for
 * with `?1` (`?2` after two…) after its address, which every engine fetches anew, and keeps once it
 * has arrived, as it keeps any module: calls meanwhile share it. The address is the one the build wrote
 * in `load` (the hashed file beside the caller in dist/, the source file in development), read against
 * `base`, the caller's own address; where a bundler wrote none there, `load` is called again as it is.
 */
export function onDemand<T>(load: () => Promise<T>, base: string): () => Promise<T> {
  let failed = 0;
  // The first string in `load` (builds write import("…") in double quotes).
  const file = /"(.+?)"/.exec(load as never)?.[1];
  return () => (failed && file ? (import(/* @vite-ignore */ `${new URL(file, base)}?${failed}`) as Promise<T>) : load()).catch((error: unknown) => {
    failed++;
    throw error;
  });
}
