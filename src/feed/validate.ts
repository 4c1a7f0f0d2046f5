/**
 * The one gate between a feed file and the widgets. Every rule of
 * shared/spec/feed-format.md lives in this folder: the core of a feed
 * (organization, places, labels) here, each section a widget may show
 * (sessions, referrals, messages, volunteering) in sections/, with the reader
 * toolkit they share in read.ts. Only a file that is not JSON or has no known
 * `version` fails whole (FeedError); anything else wrong is reported as a
 * FeedProblem with its path, and the entry it spoils, or only the field, is
 * left out so the rest still shows.
 *
 * A widget checks the core and the sections it shows, each once per feed file
 * however many widgets read it (readSections); parseFeed checks them all.
 *
 * Where the spec is silent:
 * - A `null` or blank (`""`, `"  "`) optional field is reported and treated as
 *   left out; on a required field it counts as missing.
 * - A bad value that would show an entry at the wrong time (`end_date`, an
 *   `except` date, a message's `starts`/`ends` or an `ends` before its
 *   `starts`, `status`, `repeat`, `days`, `weeks`, a time-zone name of no place:
 *   `EST`, `CET`, `Etc/GMT+5`, `SystemV/EST5`) skips the entry; any other bad
 *   optional value drops only that field. An old name of a place's zone
 *   (`Japan`, `US/Central`) is read, and reported (checks.ts, isOldZone).
 * - Opening hours are known whole or not at all: one unusable range drops
 *   `hours` (reported at the part that is wrong), as the others alone would
 *   show a line closed when it is open. A range that opens and closes at the
 *   same time runs round the clock (a closing time not after the opening one
 *   runs into the next day); it is kept, and reported.
 * - Yes/no fields written as words in quotes (`"yes"`, `"False"`) are read,
 *   and reported; anything else unreadable is dropped, except
 *   `address_on_request`, which then keeps the address private. So are
 *   numbers written in quotes (`"interval": "2"`, `"lat": "39.09"`), and a
 *   phone number written as a whole number (`5551234`), as its digits.
 * - A link without its scheme that names a web host (`www.…`, `t.me/…`,
 *   `sos.org.sg`: read.ts, NO_SCHEME) is read as https, and reported; zone names
 *   and `"24/7"` are read without the spaces around them, and `UTC`/`GMT` in
 *   any case.
 * - A value of a closed list (`status`, `repeat`, `days`, `tone`, `cost`,
 *   `format`, `fields`) with spaces around it or in capitals, and a date or
 *   time with spaces around it, is read (read.ts, tidied), and reported with
 *   how it was read; feed.schema.json stays strict.
 * - A closing or end time of "24:00" is midnight at the day's end: read as
 *   "00:00", and reported (listing-values.ts, asEndTime).
 * - Fields that change nothing (`days` or an `interval` over 1 without a
 *   repeat, `weeks` without a monthly repeat, `duration` beside `end_time`)
 *   and an online-only session with no way to join are kept, and reported.
 * - A problem that comes from another entry's (a session's place that was
 *   left out, the organization's unusable zone) names that entry.
 * - Only the feed's own fields are read, never ones inherited from a polluted
 *   Object.prototype.
 * - A fetched file that is not UTF-8 is read as Windows-1252 ("ANSI", what
 *   Notepad and Excel have long saved), and reported as the file's own problem,
 *   with the path '' (encoding.ts, load.ts).
 *
 * A problem is a code and its arguments, not a sentence: the sentences, for
 * the webmaster, are in problem-messages.ts. parseFeed (parse-feed.ts) fills
 * them in at once; the widgets load them only when a feed has problems
 * (explain.ts), so a visitor never downloads them for a good feed.
 * - Codes: a type's problem that many fields share (`not-date`, `unsafe-link`,
 *   `missing`…), `invalid` for a value that breaks its field's own rule (the
 *   sentence is chosen by the field's name), or a rule's own (`no-weeks`…).
 * - Arguments are strings: a value as `describe` shows it (never the value
 *   itself, which may be huge, cyclic or hostile, and problems travel in event
 *   details), the field's name, an id, or the noun of the entry a required
 *   field belongs to (WHAT in problem-messages.ts). A value's problem has
 *   `[value, field name]`.
 */
import { describe, isDateTime, isLang, isObject } from './checks.js';
import {
  absent, accept, asObject, asPhoneNumber, asZone, emailField, fields, group, keepUnknown, linkField, optional, own, report, run, stringField, textField, tidied,
  type Raw,
} from './read.js';
import type { Feed, FeedProblem, Organization, ParsedFeed, Text } from './types.js';
import { FeedError } from './errors.js';

export type SectionKey = 'places' | 'sessions' | 'referrals' | 'messages' | 'volunteering' | 'labels';

/** The rules of one section of a feed: what a widget that shows it carries. */
export interface FeedSection {
  key: SectionKey;
  read(raw: Raw): unknown;
  /** Sections this one refers to, checked first (sessions name places). */
  needs?: readonly FeedSection[];
}

/** A feed file checked: its core at once, each section the first time a widget asks for it. */
export interface CheckedFeed {
  /** Shared by every widget of the file; a section is filled in when first checked. */
  feed: Feed;
  raw: Raw;
  /** The problems of the core and of each section checked so far. */
  problems: Map<SectionKey | 'core', FeedProblem[]>;
  /** What the core gives the sections (null: the organization's zone cannot be used). */
  organizationZone?: string | null;
  /** Where each place that was read is, by id (run.placePaths). */
  placePaths: Map<string, string>;
  /** The feed's address, when it came from one (run.base). */
  base?: string;
}

/** Problems in the order of the feed's top-level fields, as a person reads the file; the file's own (path '') first. */
const ORDER = ['', 'organization', 'places', 'updated', 'sessions', 'referrals', 'messages', 'volunteering', 'labels'];
const rank = (problem: FeedProblem) => {
  const i = ORDER.indexOf(problem.path.split(/[.[]/)[0]);
  return i < 0 ? ORDER.length : i;
};

function readOrganization(v: unknown, hasSessions: boolean): Organization {
  const path = 'organization';
  if (!isObject(v)) {
    if (absent(v)) report(path, 'no-organization');
    else report(path, 'organization-not-object', [], true);
    return { name: '', language: 'en' };
  }
  let name: Text | undefined;
  if (absent(own(v, 'name'))) report(`${path}.name`, 'no-organization-name');
  else name = textField(v, 'name', path);
  let timezone: string | undefined;
  const zone = own(v, 'timezone');
  if (hasSessions && absent(zone)) report(`${path}.timezone`, 'no-organization-timezone');
  else timezone = optional(v, 'timezone', path, asZone);
  // Given but unusable is not the same as not given: each session without its own zone says which.
  run.organizationZone = timezone ?? (absent(zone) ? undefined : null);
  return keepUnknown(v, {
    name: name ?? '',
    timezone,
    language: optional(v, 'language', path, accept(isLang)) ?? 'en',
    country: optional(v, 'country', path, accept((x): x is string => typeof x === 'string' && /^[A-Za-z]{2}$/.test(x))),
    emergency: readEmergency(v, path),
    contact: group(v, 'contact', path, { email: emailField, phone: stringField, url: linkField }),
    ...fields(v, path, { url: linkField, feedback_url: linkField }),
  });
}

function readEmergency(v: Raw, path: string): Organization['emergency'] {
  const e = optional(v, 'emergency', path, asObject, 'not-object');
  if (!e) return undefined;
  // A crisis number written without quotes (911) is still shown, as its digits, and reported.
  const where = `${path}.emergency.number`;
  const written = own(e, 'number');
  const number = asPhoneNumber(written, where);
  if (!number) return void report(where, typeof written === 'number' ? 'unquoted-number' : 'no-emergency-number', [], true);
  return keepUnknown(e, { number, label: textField(e, 'label', `${path}.emergency`) });
}

/** The feed as a JSON object of version 1; else the FeedError that says why not. */
function parseVersion1(input: unknown): Raw {
  let raw = input;
  if (typeof input === 'string') {
    // White space and the byte-order mark some editors put first, in any order: a file saved "UTF-8 with BOM" pasted into a page's <script> lands on a line of its own.
    const text = input.trimStart();
    try {
      raw = JSON.parse(text);
    } catch (e) {
      // With the text, for the words to say where it goes wrong (problem-messages.ts: not every engine says).
      throw Object.assign(new FeedError('not-json', /^\s*</.test(text) ? 'web-page' : 'not-json', (e as Error).message), { text: input });
    }
  }
  if (!isObject(raw)) throw new FeedError('bad-version', 'not-object');
  const version = own(raw, 'version');
  if (version !== 1) {
    throw version === undefined ? new FeedError('bad-version', 'no-version') : new FeedError('bad-version', 'unknown-version', describe(version));
  }
  return raw;
}

/**
 * Reads the core of a feed (JSON text or an already parsed value), from `base` when it came from an address;
 * throws FeedError when the file cannot be used at all.
 */
export function readCore(input: unknown, base?: string): CheckedFeed {
  const raw = parseVersion1(input);
  run.problems = [];
  run.organizationZone = undefined;
  run.base = base;
  // A field of the feed written in capitals or with spaces ("Sessions") is unknown, so kept and ignored
  // (principle 3): said, or a whole section would be missing without a word. (ORDER's first is '', the file.)
  for (const key of Object.keys(raw)) {
    const known = key.trim().toLowerCase();
    if (known !== key && ORDER.indexOf(known) > 0) report(key, 'unknown-field', [describe(key), known]);
  }
  const sessions = own(raw, 'sessions');
  const organization = readOrganization(own(raw, 'organization'), Array.isArray(sessions) && sessions.length > 0);
  const feed: Feed = keepUnknown(raw, {
    version: 1,
    updated: optional(raw, 'updated', '', tidied(accept(isDateTime))),
    organization,
    places: [],
    sessions: [],
    referrals: [],
    messages: [],
    volunteering: undefined,
    labels: {},
  });
  return { feed, raw, problems: new Map([['core', run.problems]]), organizationZone: run.organizationZone, placePaths: new Map(), base };
}

/**
 * The feed with the given sections checked (each once per file, whoever asks
 * first), and the problems of its core and of those sections.
 */
export function readSections(checked: CheckedFeed, sections: readonly FeedSection[]): ParsedFeed {
  const keys = new Set<SectionKey | 'core'>(['core']);
  const check = (section: FeedSection) => {
    section.needs?.forEach(check);
    keys.add(section.key);
    if (checked.problems.has(section.key)) return;
    run.problems = [];
    run.organizationZone = checked.organizationZone;
    run.placeIds = new Set(checked.feed.places.map((place) => place.id));
    run.placePaths = checked.placePaths;
    run.base = checked.base;
    (checked.feed as unknown as Record<string, unknown>)[section.key] = section.read(checked.raw);
    checked.problems.set(section.key, run.problems);
    // A section is read once: its raw entries can go, or a large feed would be held twice.
    // (A copy without them, as the raw feed may be a page's own object.)
    checked.raw = { ...checked.raw, [section.key]: undefined };
  };
  sections.forEach(check);
  const problems = [...keys].flatMap((key) => checked.problems.get(key)!);
  return { feed: checked.feed, problems: problems.sort((a, b) => rank(a) - rank(b)) };
}

/**
 * Checks a feed (JSON text or an already parsed value) against version 1: its
 * core and the given sections. Returns the usable feed and every problem
 * found, as codes whose `message` is still empty (parseFeed and
 * explainProblems fill it in); throws FeedError only when the file as a whole
 * cannot be used.
 */
export function checkFeed(input: unknown, sections: readonly FeedSection[]): ParsedFeed {
  return readSections(readCore(input), sections);
}
