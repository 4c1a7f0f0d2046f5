/**
 * The reader toolkit every part of the validator shares: reporting and
 * skipping, value readers, and field readers. validate.ts reads the core of a
 * feed (organization, places, labels) with it, and each file in sections/
 * one section (sessions, referrals, messages, volunteering), so a widget's
 * code carries only the rules of the sections it shows.
 *
 * Every byte here ships to every visitor, so the code is written small, as
 * long as it stays plain: functions rather than methods (the minifier can
 * shorten their names), the state of a check in one object, and the simple
 * optional fields of each entry as a table of field → reader.
 */
import { describe, emailIn, isBlank, isId, isLang, isLinkUrl, isNonEmptyString, isObject, isOldZone, isUnsafeKey, isZone, plainCopy } from './checks.js';
import type { FeedProblem, Text } from './types.js';

export type Raw = Record<string, unknown>;
/** Reads one value: the usable value, or undefined. `path` is where it is, for problems found inside it. */
export type Read<T> = (v: unknown, path: string) => T | undefined;
/** Reads an optional field of an entry: the usable value, or undefined after reporting why not. */
export type FieldReader = (raw: Raw, key: string, path: string) => unknown;

/**
 * The state of one check: the problems found so far, and what the core gives
 * the sections (the organization's zone, the place ids). A check is
 * synchronous, so checks never overlap.
 */
export const run = {
  problems: [] as FeedProblem[],
  /** Null when the organization gives one that cannot be used. */
  organizationZone: undefined as string | null | undefined,
  placeIds: new Set<string>(),
  /** Where each place that was read is, by id: for a session naming one that was left out. */
  placePaths: new Map<string, string>(),
  /** The feed's own address, which its relative links are read against (asLink); none for a feed given inline. */
  base: undefined as string | undefined,
  /** Whether the entry being read is left out (skip). */
  skipped: false,
  /** The id of the entry being read, which its problems name (FeedProblem.entry). */
  entry: undefined as string | undefined,
};

/**
 * raw[key] when the feed itself has it: never a value inherited from a
 * polluted Object.prototype (a page's script setting `tone` there must not
 * turn every message urgent).
 */
export const own = (raw: Raw, key: string): unknown => (Object.hasOwn(raw, key) ? raw[key] : undefined);

export const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);
/** Missing, `null` or blank. */
export const absent = (v: unknown): boolean => v === undefined || isBlank(v);

export function report(path: string, code: string, args: string[] = [], skipped = false): void {
  run.problems.push({ path, code, args, skipped, message: '', entry: run.entry });
}

/**
 * Reports why the entry being read is left out (unlessSkipped). The entry is still read to its end,
 * so that all its problems are said at once, not one per check of the file; so what follows a skip
 * gets undefined in its place, and must not count on a value.
 */
export function skip(path: string, code: string, args: string[] = []): undefined {
  report(path, code, args, true);
  run.skipped = true;
  return undefined;
}

/** Runs `read`, the reading of one entry; undefined when a problem of the entry left it out (skip). */
export function unlessSkipped<T>(read: () => T): T | undefined {
  const outer = run.skipped;
  run.skipped = false;
  const value = read();
  const left = run.skipped;
  run.skipped = outer;
  return left ? undefined : value;
}

// ---- value readers

/** The value as it is, when it passes `check`. */
export const accept = <T>(check: (v: unknown) => v is T): Read<T> => (v) => (check(v) ? v : undefined);

/**
 * `read`, forgiving what `tidy` takes off a string: by default the spaces around it; for codes its case
 * too (oneOf), for times their whole seconds (asTime). A spreadsheet's `"weekly "` or `"18:30:00"`, or a
 * typed `"Urgent"`, read as nothing would leave a session out, or an urgent message unannounced. What is read so is reported with how it was read, so the feed keeper
 * still learns of it (feed.schema.json, the feed keeper's lint, stays strict).
 */
export const tidied = <T>(read: Read<T>, tidy = (v: string) => v.trim()): Read<T> => (v, path) => {
  const tidier = typeof v === 'string' ? tidy(v) : v;
  const value = read(tidier, path);
  if (value !== undefined && tidier !== v) report(path, 'read-as', [describe(v), describe(tidier)]);
  return value;
};

/** A value of a closed list of codes (`repeat`, `status`, `tone`, `cost`…), read as tidied does. */
export const oneOf = <T extends string>(values: readonly T[]): Read<T> => tidied(accept((v): v is T => values.includes(v as T)), (v) => v.trim().toLowerCase());

export const asString = accept(isNonEmptyString);
/**
 * A phone number without the direction controls (embeddings, overrides, isolates) a copy from a
 * right-to-left page or a hostile feed can carry: shown, they would put its digits in another order
 * than the one dialled.
 */
export const asPhone: Read<string> = (v) => (isNonEmptyString(v) ? v.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').trim() || undefined : undefined);
/**
 * A phone number, or one written as a number, without quotes (`5551234`, an emergency `911`): read as
 * its digits, which a whole JSON number is exactly (it has no leading zeros), and reported, as a number
 * of more than 15 digits or with a 0 or + before it would not be kept as written.
 */
export const asPhoneNumber: Read<string> = (v, path) => {
  if (!Number.isSafeInteger(v) || (v as number) < 0) return asPhone(v, path);
  report(path, 'unquoted-phone', [`${v}`]);
  return `${v}`;
};
/** A zone name, kept without the spaces around it; an old one (`US/Central`, `Japan`) is reported. */
export const asZone: Read<string> = (v, path) => {
  if (!isZone(v)) return undefined;
  if (isOldZone(v.trim())) report(path, 'old-zone', [describe(v)]);
  return v.trim();
};
export const asId = accept(isId);
export const asObject = accept(isObject);
/**
 * A web address written without its scheme, as on a poster: `www.…`, or a host name ending in a
 * country's two letters (`t.me/…`, `sos.org.sg`) or in one of the common generic top-level domains
 * (`988lifeline.org/chat`, `Riverside-Clinic.ORG`), which no page beside the host's is called: a file
 * name ends in `.html`, `.php`, `.pdf`… Kept in step with feed.schema.json's Url.
 */
const NO_SCHEME = /^(www\.|[a-z\d-]+(\.[a-z\d-]+)*\.([a-z]{2}|com|org|net|edu|gov|int|info|biz|app|dev|online|site|ngo|health|help|care|life|live|xyz)([/?#:]|$))/i;

/**
 * A link (principle 2): https, http, mailto, tel, sms or relative; kept trimmed. One written
 * without its scheme (NO_SCHEME) is a web address, not a page beside the host's: it is read as
 * https, and reported.
 */
export const asLink: Read<string> = (v, path) => {
  if (!isLinkUrl(v)) return undefined;
  const url = v.trim();
  const web = `https://${url}`;
  if (!NO_SCHEME.test(url) || !isLinkUrl(web)) return fromFeed(url);
  report(path, 'no-scheme', [describe(web)]);
  return web;
};

/**
 * A relative link as its writer meant it: beside the feed (`/groups` on the program's site), as links in
 * any web document are read, not on each page that shows the feed (a parish site has no `/groups`).
 */
function fromFeed(url: string): string {
  if (!run.base || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, run.base).href;
  } catch {
    return url;
  }
}

/** Text (principle 4): a string, or a map of language tag → string keeping its good languages (the bad ones are reported). */
export function asText(v: unknown, path: string): Text | undefined {
  if (isNonEmptyString(v)) return v;
  if (!isObject(v)) return undefined;
  // A plain object, read by its own keys only (text.ts), and no key here can reach its prototype:
  // one without a prototype is kept as a hash table, several times the size, in every Text of a feed.
  const map: Record<string, string> = {};
  for (const [lang, value] of Object.entries(v)) {
    const where = `${path}.${lang}`;
    if (!isLang(lang) || isUnsafeKey(lang)) report(where, 'not-language-key', [describe(lang)]);
    else if (isNonEmptyString(value)) map[lang] = value;
    else if (isBlank(value)) report(where, 'empty-text');
    else report(where, 'not-text', [describe(value)]);
  }
  return Object.keys(map).length > 0 ? Object.freeze(map) : undefined;
}

// ---- field readers

/** Whether raw[key] holds a value; null or blank is reported and counts as left out. */
export function given(raw: Raw, key: string, path: string): boolean {
  const v = own(raw, key);
  if (v === undefined) return false;
  if (!isBlank(v)) return true;
  report(at(path, key), 'empty', [key]);
  return false;
}

/**
 * An optional field: a value `read` cannot use is reported as `code` and
 * dropped. The code is a type's (`not-date`…) where many fields share the
 * type; else `invalid`, and the message is the field's own.
 */
export function optional<T>(raw: Raw, key: string, path: string, read: Read<T>, code = 'invalid'): T | undefined {
  if (!given(raw, key, path)) return undefined;
  const value = read(own(raw, key), at(path, key));
  if (value === undefined) report(at(path, key), code, [describe(own(raw, key)), key]);
  return value;
}

/**
 * A field the entry (`what`) cannot do without: missing, blank or unusable skips the entry. (Then it
 * gives undefined, which nothing keeps: the entry is left out.)
 */
export function required<T>(raw: Raw, key: string, path: string, read: Read<T>, what: string, code = 'invalid'): T {
  const v = own(raw, key);
  return (absent(v) ? skip(at(path, key), v === undefined ? 'missing' : 'missing-empty', [what, key]) : read(v, at(path, key)) ?? skip(at(path, key), code, [describe(v), key])) as T;
}

/** An optional field that `fallback` stands in for when left out, but whose bad value skips the entry (as required, undefined then). */
export function strict<T, F>(raw: Raw, key: string, path: string, read: Read<T>, fallback: F, code = 'invalid'): T | F {
  return (given(raw, key, path) ? (read(own(raw, key), at(path, key)) ?? skip(at(path, key), code, [describe(own(raw, key)), key])) : fallback) as T | F;
}

// The simple optional fields, as `fields` tables use them.
export const textField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asText, 'not-text-or-map');
export const stringField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asString, 'not-text');
export const linkField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asLink, 'unsafe-link');

/** An email address, kept as written ("Help desk <help@example.org>"); one that holds no address makes no link, and is reported. */
export function emailField(raw: Raw, key: string, path: string): string | undefined {
  const value = stringField(raw, key, path);
  if (value && !emailIn(value)) report(at(path, key), 'no-email-address', [describe(value)]);
  return value;
}

export const requiredText = (raw: Raw, key: string, path: string, what: string) => required(raw, key, path, asText, what, 'not-text-or-map');

/** Reads each field of `spec` with its reader. Every key is set, undefined when left out, so keepUnknown knows them all. */
export function fields<S extends Record<string, FieldReader>>(raw: Raw, path: string, spec: S): { [K in keyof S]: ReturnType<S[K]> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(spec)) out[key] = spec[key](raw, key, path);
  return out as { [K in keyof S]: ReturnType<S[K]> };
}

/** An optional object field made of simple fields, such as `contact`. */
export function group<S extends Record<string, FieldReader>>(raw: Raw, key: string, path: string, spec: S) {
  const v = optional(raw, key, path, asObject, 'not-object');
  return v && keepUnknown(v, fields(v, at(path, key), spec));
}

/** Fields nobody here knows are kept (principle 3), copied without keys that could reach a prototype. */
export function keepUnknown<T extends object>(raw: Raw, known: T): T {
  for (const key of Object.keys(raw)) {
    if (!(key in known) && !isUnsafeKey(key)) (known as Raw)[key] = plainCopy(raw[key]);
  }
  return known;
}

/** Reads a list of entries with ids; a broken entry is skipped and reported, the rest kept. */
export function entries<T>(raw: Raw, key: string, read: (entry: Raw, path: string) => T, parent = ''): T[] {
  const listPath = at(parent, key);
  if (!given(raw, key, parent)) return [];
  const v = own(raw, key);
  if (!Array.isArray(v)) {
    report(listPath, 'not-entry-list', [key], true);
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  v.forEach((entry, i) => {
    const path = `${listPath}[${i}]`;
    const kept = unlessSkipped(() => {
      run.entry = undefined;
      if (!isObject(entry)) return skip(path, 'not-entry', [describe(entry)]);
      // The entry's problems name it by its id, once it has one (FeedProblem.entry).
      const id = (run.entry = required(entry, 'id', path, asId, 'entry'));
      if (seen.has(id)) skip(`${path}.id`, 'duplicate-id', [id, key]);
      return read(entry, path);
    });
    // Only an entry that is kept holds its id: a corrected copy after a broken one is kept.
    if (kept) {
      out.push(kept);
      seen.add((entry as Raw).id as string);
    }
  });
  // No list holds another, so what comes after this one is in no entry.
  run.entry = undefined;
  return out;
}

