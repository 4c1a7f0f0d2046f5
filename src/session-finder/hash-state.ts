/**
 * Filters in the page's URL hash, so a filtered list can be shared and Back
 * works: `#sessions:day=tu&kind=peer-group`. Only the choices of the filter
 * menus go there. Words typed in the search box never do: on a shared computer
 * the address bar and the history would show the next person what someone
 * looked for. Only keys we know are read, and only as strings.
 */
import { FACETS, FILTER_KEYS, filterValue, HASH_PREFIX as PREFIX, indexedValue, type Facet, type FilterResult, type Filters } from './filters.js';

/** Every filter but the search words. */
const KEYS = FILTER_KEYS.filter((key): key is Exclude<typeof key, 'query'> => key !== 'query');

export function filtersToHash(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filterValue(filters, key);
    if (value !== undefined && value !== false) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? PREFIX + query : '';
}

/** Said once a page: the page's own route is in the hash. */
let routeTold = false;

/**
 * Whether a hash that is not ours names a place on the page, as a browser finds it: an element's id or an
 * `<a name>`, as written or decoded (`#caf%C3%A9` is "café"), or the top. A visitor followed a link there.
 */
function namesPlace(hash: string): boolean {
  const names = [hash.slice(1)];
  try {
    names.push(decodeURIComponent(names[0]));
  } catch {
    // A stray "%": the name as written only.
  }
  return names.some((name) => /^top$/i.test(name) || !!document.getElementById(name)
    || [...document.getElementsByName(name)].some((element) => element.localName === 'a'));
}

/**
 * The hash to write for `filters` in place of `current` (the address's), or undefined when there is nothing to
 * write: the same hash, or one the finder did not write and which writing ours would lose. A single-page app's
 * route (`#/groups`, `#!/groups`): a reload would not find the app's page; the console says why once. A place on
 * the page (`#contact`): the address would lose it, for a reload or a link shared on; a visitor's doing, so nothing
 * is said. The filters still apply, kept in the page only, until the address is the finder's again.
 *
 * Null, not now, when `current` is a link of ours that came since `seen`, the hash the finder last read or wrote
 * (pasted while the last link's filters were being checked): its own hashchange applies it, and writing these filters
 * would put the older ones back over it. The finder has then neither read nor written, so it keeps `seen`.
 */
export function hashToWrite(filters: Filters, current: string, seen?: string): string | undefined | null {
  const hash = filtersToHash(filters);
  if (/^#[/!]/.test(current)) {
    if (!routeTold) console.warn(`<care-session-finder> hash-state: the address ends in ${current}, the page's own route (a single-page app's), which the filters would replace; so they are not kept in the address. Remove hash-state from this page, or use it on a page whose address has no #/ route.`);
    routeTold = true;
    return undefined;
  }
  if (current.startsWith(PREFIX) && seen !== undefined && current !== seen) return null;
  return hash === current || (!current.startsWith(PREFIX) && namesPlace(current)) ? undefined : hash;
}

/**
 * The filters in a hash, with the search words of `current` kept (the hash has none), or undefined
 * when the hash is not ours (a page anchor, say) or names the filters `current` has already (a
 * router's own history entry, which changes nothing, so nothing is said to a screen reader).
 */
export function filtersFromHash(hash: string, current: Filters = {}): Filters | undefined {
  const filters = readFilters(hash, current);
  return filters && filtersToHash(filters) !== filtersToHash(current) ? filters : undefined;
}

function readFilters(hash: string, current: Filters): Filters | undefined {
  if (!hash.startsWith(PREFIX)) return hash === '' ? keepSearch({}, current) : undefined;
  const params = new URLSearchParams(hash.slice(PREFIX.length));
  const filters: Record<string, string | boolean> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    // `free` is written as `true` only; any other value (`yes`, `1`) names nothing and is left out.
    if (value && (key !== 'free' || value === 'true')) filters[key] = key === 'free' || value;
  }
  return keepSearch(filters as Filters, current);
}

const keepSearch = (filters: Filters, { query }: Filters): Filters => (query ? { ...filters, query } : filters);

/**
 * The filters without the values a link names that no session in the feed has (`inFeed`: the values
 * each filter offers; `someFree`: whether any session is free): a kind removed since the link was
 * shared, a day misspelt by hand, "free only" where nothing is free. They are left out, as a page's
 * presets are, so that the rest of the link still applies; a visitor's link is not the webmaster's
 * mistake, so nothing is said in the console.
 */
export function knownFilters(filters: Filters, inFeed: FilterResult['counts'], someFree: boolean): Filters {
  return Object.fromEntries(Object.entries(filters).flatMap(([key, value]) => {
    if (!(FACETS as readonly string[]).includes(key)) return key !== 'free' || (value && someFree) ? [[key, value]] : [];
    // Kept as the choice it names ("Youth" is "youth", "es-MX" is "es"), which its menu then shows chosen.
    const known = indexedValue(key as Facet, value);
    return inFeed[key as Facet].has(known) ? [[key, known]] : [];
  }));
}
