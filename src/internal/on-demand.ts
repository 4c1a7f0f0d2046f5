/** How many times each module failed to load, by its address. */
const failures = new Map<string, number>();

/**
 * Loads code the page asks for after it has opened (a part a person needs only once they act, other
 * languages, the problem messages, the saved copies): `load` is an arrow that is one `import()`, as
 * `onDemand(() => import('./deliver.js'), import.meta.url)`. Every such `import()` goes through here,
 * so that a module that failed to load loads on a later try, once the connection is back.
 *
 * Firefox keeps a module that failed to load (offline when the page opened) failed for the rest of the
 * page, and never asks the network for that address again. So after a failure the module is asked for
 * with `?1` (`?2` after two…) after its address, which every engine fetches anew, and keeps once it
 * has arrived, as it keeps any module: calls meanwhile, from anywhere in the page, share it. The address
 * is the one the build wrote in `load` (the hashed file beside the caller in dist/, the source file in
 * development), read against `base`, the caller's own address, with the export the bundler picks from
 * that file where the file is shared with code that imports it statically (`.then(e=>e.r)`,
 * `.then((n) => n.n)`); where a bundler wrote no address there, `load` is called again as it is.
 */
export function onDemand<T>(load: () => Promise<T>, base: string): Promise<T> {
  const [, file, pick] = /import\("(.+?)"\)(?:\.then\(\(?\w+\)? ?=> ?\w+\.(\w+))?/.exec(load as never) ?? [];
  const url = file && `${new URL(file, base)}`;
  const failed = (url && failures.get(url)) || 0;
  return (failed ? import(/* @vite-ignore */ `${url}?${failed}`).then((module) => (pick ? module[pick] : module) as T) : load()).catch((error: unknown) => {
    if (url) failures.set(url, failed + 1);
    throw error;
  });
}
