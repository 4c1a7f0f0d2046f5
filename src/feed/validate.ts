/**
 * checkFeed: the one gate between a feed file and the widgets.
 * Every rule of shared/spec/feed-format.md lives here. Only a file that is
 * not JSON or has no known `version` fails whole (FeedError); anything
 * else wrong is reported as a FeedProblem with its path, and the entry it
 * spoils, or only the field, is left out so the rest still shows.
 *
 * Where the spec is silent:
 * - A `null` or blank (`""`, `"  "`) optional field is reported and treated as
 *   left out; on a required field it counts as missing.
 * - A bad value that would show an entry at the wrong time (`end_date`, a
 *   message's `starts`/`ends`, `status`, `repeat`, `days`, `weeks`) skips the
 *   entry; any other bad optional value drops only that field.
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
 *
 * Every byte here ships to every visitor, so the code is written small, as
 * long as it stays plain: functions rather than methods (the minifier can
 * shorten their names), the state of a run in module variables, and the
 * simple optional fields of each entry as a table of field → reader.
 */
import {
  describe, isBlank, isDate, isDateTime, isId, isLang, isLinkUrl, isNonEmptyString, isObject, isTime, isUnsafeKey,
  isWebUrl, isZone, plainCopy,
} from './checks.js';
import {
  DAYS, REFERRAL_COSTS, SIGNUP_FIELDS,
  type Day, type Feed, type FeedProblem, type Labels, type Message, type OpeningHours, type Organization,
  type ParsedFeed, type Place, type Referral, type Schedule, type Session, type Text, type Volunteering,
  type VolunteerRole,
} from './types.js';
import { FeedError } from './errors.js';

type Raw = Record<string, unknown>;
/** Reads one value: the usable value, or undefined. `path` is where it is, for problems found inside it. */
type Read<T> = (v: unknown, path: string) => T | undefined;
/** Reads an optional field of an entry: the usable value, or undefined after reporting why not. */
type FieldReader = (raw: Raw, key: string, path: string) => unknown;

/** Thrown inside an entry's reader when a required part is unusable; the entry is left out. */
class SkipEntry {
  constructor(readonly path: string, readonly code: string, readonly args: string[]) {}
}

// The state of one checkFeed run. A run is synchronous and calls nothing
// outside this module, so runs never overlap.
let problems: FeedProblem[] = [];
let organizationZone: string | undefined;
let placeIds = new Set<string>();

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);
/** Missing, `null` or blank. */
const absent = (v: unknown): boolean => v === undefined || isBlank(v);

function report(path: string, code: string, args: string[] = [], skipped = false): void {
  problems.push({ path, code, args, skipped, message: '' });
}

function skip(path: string, code: string, args: string[] = []): never {
  throw new SkipEntry(path, code, args);
}

/** Runs `read`; when it skips, reports why (as skipped) and gives undefined. */
function unlessSkipped<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof SkipEntry)) throw e;
    report(e.path, e.code, e.args, true);
    return undefined;
  }
}

// ---- value readers

/** The value as it is, when it passes `check`. */
const accept = <T>(check: (v: unknown) => v is T): Read<T> => (v) => (check(v) ? v : undefined);
const oneOf = <T extends string>(values: readonly T[]): Read<T> => accept((v): v is T => values.includes(v as T));
const wholeNumber = (min: number, max: number): Read<number> =>
  accept((v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);
/** A non-empty list whose every item passes `check`, copied. */
const listOfAll = <T>(check: (v: unknown) => v is T): Read<T[]> => (v) =>
  (Array.isArray(v) && v.length > 0 && v.every(check) ? [...v] : undefined);

const asString = accept(isNonEmptyString);
const asDate = accept(isDate);
const asTime = accept(isTime);
const asZone = accept(isZone);
const asId = accept(isId);
const asObject = accept(isObject);
const isDay = (v: unknown): v is Day => DAYS.includes(v as Day);
const asDays = listOfAll(isDay);
/** A link (principle 2): https, http, mailto, tel, sms or relative; kept trimmed. */
const asLink: Read<string> = (v) => (isLinkUrl(v) ? v.trim() : undefined);
/** Where signups can be sent: https, http or relative. */
const asWebUrl: Read<string> = (v) => (isWebUrl(v) ? v.trim() : undefined);

/** Text (principle 4): a string, or a map of language tag → string keeping its good languages (the bad ones are reported). */
function asText(v: unknown, path: string): Text | undefined {
  if (isNonEmptyString(v)) return v;
  if (!isObject(v)) return undefined;
  const map: Record<string, string> = Object.create(null);
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
function given(raw: Raw, key: string, path: string): boolean {
  const v = raw[key];
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
function optional<T>(raw: Raw, key: string, path: string, read: Read<T>, code = 'invalid'): T | undefined {
  if (!given(raw, key, path)) return undefined;
  const value = read(raw[key], at(path, key));
  if (value === undefined) report(at(path, key), code, [describe(raw[key]), key]);
  return value;
}

/** A field the entry (`what`) cannot do without: missing, blank or unusable skips the entry. */
function required<T>(raw: Raw, key: string, path: string, read: Read<T>, what: string, code = 'invalid'): T {
  const v = raw[key];
  if (absent(v)) skip(at(path, key), v === undefined ? 'missing' : 'missing-empty', [what, key]);
  return read(v, at(path, key)) ?? skip(at(path, key), code, [describe(v), key]);
}

/** An optional field that `fallback` stands in for when left out, but whose bad value skips the entry. */
function strict<T, F>(raw: Raw, key: string, path: string, read: Read<T>, fallback: F, code = 'invalid'): T | F {
  return given(raw, key, path) ? (read(raw[key], at(path, key)) ?? skip(at(path, key), code, [describe(raw[key]), key])) : fallback;
}

/** An optional list; each item `read` cannot use is reported and dropped. */
function list<T>(raw: Raw, key: string, path: string, read: Read<T>, code = 'invalid'): T[] | undefined {
  const items = (v: unknown, where: string): T[] | undefined => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    v.forEach((item, i) => {
      const value = read(item, `${where}[${i}]`);
      if (value === undefined) report(`${where}[${i}]`, code, [describe(item), key]);
      else out.push(value);
    });
    return out;
  };
  return optional(raw, key, path, items, 'not-list');
}

// The simple optional fields, as `fields` tables use them.
const textField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asText, 'not-text-or-map');
const stringField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asString, 'not-text');
const linkField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asLink, 'unsafe-link');
const booleanField = (raw: Raw, key: string, path: string) =>
  optional(raw, key, path, accept((v): v is boolean => typeof v === 'boolean'), 'not-boolean');
const dateField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asDate, 'not-date');
/** Open codes (kinds, audiences, topics, accessibility). */
const codeList = (raw: Raw, key: string, path: string) => list(raw, key, path, asString, 'not-code');
const langList = (raw: Raw, key: string, path: string) => list(raw, key, path, accept(isLang), 'not-language');

const requiredText = (raw: Raw, key: string, path: string, what: string) => required(raw, key, path, asText, what, 'not-text-or-map');

/** Reads each field of `spec` with its reader. Every key is set, undefined when left out, so keepUnknown knows them all. */
function fields<S extends Record<string, FieldReader>>(raw: Raw, path: string, spec: S): { [K in keyof S]: ReturnType<S[K]> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(spec)) out[key] = spec[key](raw, key, path);
  return out as { [K in keyof S]: ReturnType<S[K]> };
}

/** An optional object field made of simple fields, such as `contact`. */
function group<S extends Record<string, FieldReader>>(raw: Raw, key: string, path: string, spec: S) {
  const v = optional(raw, key, path, asObject, 'not-object');
  return v && keepUnknown(v, fields(v, at(path, key), spec));
}

/** Fields nobody here knows are kept (principle 3), copied without keys that could reach a prototype. */
function keepUnknown<T extends object>(raw: Raw, known: T): T {
  for (const key of Object.keys(raw)) {
    if (!(key in known) && !isUnsafeKey(key)) (known as Raw)[key] = plainCopy(raw[key]);
  }
  return known;
}

/** Reads a list of entries with ids; a broken entry is skipped and reported, the rest kept. */
function entries<T>(raw: Raw, key: string, read: (entry: Raw, path: string) => T, parent = ''): T[] {
  const listPath = at(parent, key);
  if (!given(raw, key, parent)) return [];
  const v = raw[key];
  if (!Array.isArray(v)) {
    report(listPath, 'not-entry-list', [key], true);
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  v.forEach((entry, i) => {
    const path = `${listPath}[${i}]`;
    unlessSkipped(() => {
      if (!isObject(entry)) skip(path, 'not-entry', [describe(entry)]);
      const id = required(entry, 'id', path, asId, 'entry');
      if (seen.has(id)) skip(`${path}.id`, 'duplicate-id', [id, key]);
      seen.add(id);
      out.push(read(entry, path));
    });
  });
  return out;
}

// ---- the feed

function readFeed(raw: Raw): Feed {
  const hasSessions = Array.isArray(raw.sessions) && raw.sessions.length > 0;
  const organization = readOrganization(raw.organization, hasSessions);
  const places = entries(raw, 'places', readPlace);
  placeIds = new Set(places.map((place) => place.id));
  return keepUnknown(raw, {
    version: 1,
    updated: optional(raw, 'updated', '', accept(isDateTime)),
    organization,
    places,
    sessions: entries(raw, 'sessions', readSession),
    referrals: entries(raw, 'referrals', readReferral),
    messages: entries(raw, 'messages', readMessage),
    volunteering: readVolunteering(raw),
    labels: readLabels(raw),
  } satisfies Feed);
}

function readOrganization(v: unknown, hasSessions: boolean): Organization {
  const path = 'organization';
  if (!isObject(v)) {
    if (absent(v)) report(path, 'no-organization');
    else report(path, 'organization-not-object', [], true);
    return { name: '', language: 'en' };
  }
  let name: Text | undefined;
  if (absent(v.name)) report(`${path}.name`, 'no-organization-name');
  else name = textField(v, 'name', path);
  let timezone: string | undefined;
  if (hasSessions && absent(v.timezone)) report(`${path}.timezone`, 'no-organization-timezone');
  else timezone = optional(v, 'timezone', path, asZone);
  organizationZone = timezone;
  return keepUnknown(v, {
    name: name ?? '',
    timezone,
    language: optional(v, 'language', path, accept(isLang)) ?? 'en',
    country: optional(v, 'country', path, accept((x): x is string => typeof x === 'string' && /^[A-Za-z]{2}$/.test(x))),
    emergency: readEmergency(v, path),
    contact: group(v, 'contact', path, { email: stringField, phone: stringField, url: linkField }),
    ...fields(v, path, { url: linkField, feedback_url: linkField }),
  });
}

function readEmergency(v: Raw, path: string): Organization['emergency'] {
  const e = optional(v, 'emergency', path, asObject, 'not-object');
  if (!e) return undefined;
  if (!isNonEmptyString(e.number)) {
    if (typeof e.number === 'number') report(`${path}.emergency.number`, 'unquoted-number', [String(e.number)], true);
    else report(`${path}.emergency.number`, 'no-emergency-number', [], true);
    return undefined;
  }
  return keepUnknown(e, { number: e.number.trim(), label: textField(e, 'label', `${path}.emergency`) });
}

const PLACE_FIELDS = { kind: stringField, address: stringField, directions: textField, accessibility: codeList };

function readPlace(v: Raw, path: string): Place {
  const place: Place = {
    id: v.id as string,
    name: requiredText(v, 'name', path, 'place'),
    ...fields(v, path, PLACE_FIELDS),
    lat: undefined,
    lng: undefined,
    address_on_request: undefined,
  };
  const hasLat = given(v, 'lat', path);
  const hasLng = given(v, 'lng', path);
  if (hasLat !== hasLng) {
    report(at(path, hasLat ? 'lng' : 'lat'), 'lat-lng-pair');
  } else if (hasLat) {
    const coordinate = (max: number): Read<number> =>
      accept((x): x is number => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= max);
    const lat = optional(v, 'lat', path, coordinate(90));
    const lng = optional(v, 'lng', path, coordinate(180));
    if (lat !== undefined && lng !== undefined) Object.assign(place, { lat, lng });
  }
  if (v.address_on_request !== undefined) {
    // A privacy setting: when in doubt (even blank), keep the address private.
    place.address_on_request = v.address_on_request !== false;
    if (typeof v.address_on_request !== 'boolean') report(at(path, 'address_on_request'), 'invalid', [describe(v.address_on_request), 'address_on_request']);
  }
  return keepUnknown(v, place);
}

const SESSION_FIELDS = {
  description: textField, audiences: codeList, topics: codeList, languages: langList, facilitator: textField,
  accessibility: codeList, updated: dateField,
};

function readSession(v: Raw, path: string): Session {
  const title = requiredText(v, 'title', path, 'session');
  let place: string | undefined;
  if (given(v, 'place', path)) {
    place = required(v, 'place', path, asId, 'session');
    if (!placeIds.has(place)) skip(at(path, 'place'), 'unknown-place', [place]);
  }
  const online = group(v, 'online', path, { url: linkField, phone: stringField, notes: textField });
  if (place === undefined && online === undefined) skip(path, 'no-place-or-online');
  const status = strict(v, 'status', path, oneOf(['active', 'paused', 'cancelled'] as const), 'active');
  if (!isObject(v.schedule)) skip(at(path, 'schedule'), absent(v.schedule) ? 'no-schedule' : 'schedule-not-object');
  return keepUnknown(v, {
    id: v.id as string,
    title,
    kind: stringField(v, 'kind', path) ?? 'peer-group',
    ...fields(v, path, SESSION_FIELDS),
    place,
    online,
    cost: textField(v, 'cost', path) ?? 'free',
    registration: group(v, 'registration', path, { required: booleanField, url: linkField, email: stringField, phone: stringField, notes: textField }),
    contact: group(v, 'contact', path, { name: stringField, email: stringField, phone: stringField }),
    status,
    // Last, as it may skip the session: every problem above is reported first.
    schedule: readSchedule(v.schedule, at(path, 'schedule')),
  });
}

const isWeek = (x: unknown): x is number => Number.isInteger(x) && (((x as number) >= 1 && (x as number) <= 5) || x === -1);

function readSchedule(v: Raw, path: string): Schedule {
  const timezone = strict(v, 'timezone', path, asZone, organizationZone) ?? skip(at(path, 'timezone'), 'no-time-zone');
  const start_date = required(v, 'start_date', path, asDate, 'schedule', 'not-date');
  const by_appointment = booleanField(v, 'by_appointment', path);
  const time = by_appointment
    ? optional(v, 'time', path, asTime, 'not-time')
    : required(v, 'time', path, asTime, 'timed-schedule', 'not-time');
  const repeat = strict(v, 'repeat', path, oneOf(['none', 'weekly', 'monthly'] as const), 'none');
  const interval = strict(v, 'interval', path, wholeNumber(1, Infinity), 1);
  // Without its end date a session would be listed after it ended, so a bad one skips it.
  const end_date = strict(v, 'end_date', path, asDate, undefined, 'not-date');
  if (end_date !== undefined && end_date < start_date) skip(at(path, 'end_date'), 'end-before-start', [end_date, start_date]);
  const end_time = optional(v, 'end_time', path, asTime, 'not-time');
  const duration = optional(v, 'duration', path, wholeNumber(1, 24 * 60));
  const days = strict(v, 'days', path, asDays, undefined);
  const weeks = strict(v, 'weeks', path, listOfAll(isWeek), undefined);
  if (repeat === 'monthly' && weeks === undefined) skip(at(path, 'weeks'), 'no-weeks');
  return keepUnknown(v, {
    start_date, end_date, time, end_time, duration, repeat, interval, days, weeks,
    except: list(v, 'except', path, asDate, 'not-date'),
    add: list(v, 'add', path, asDate, 'not-date'),
    by_appointment, timezone,
  });
}

const REFERRAL_FIELDS = {
  urgent: booleanField, description: textField, topics: codeList, audiences: codeList, phone: stringField, sms: stringField,
  whatsapp: stringField, chat_url: linkField, url: linkField, email: stringField, languages: langList, area: textField,
  walk_in: booleanField, referral_required: booleanField, eligibility: textField, verified: dateField,
};

function readReferral(v: Raw, path: string): Referral {
  const timezone = optional(v, 'timezone', path, asZone);
  let hours = readHours(v, path);
  if (Array.isArray(hours) && hours.length > 0 && timezone === undefined) {
    // Hours in the wrong zone would say a line is open when it is closed.
    if (!absent(v.timezone)) {
      report(at(path, 'hours'), 'hours-zone-unusable');
      hours = undefined;
    } else if (organizationZone === undefined) {
      report(at(path, 'hours'), 'hours-no-zone');
      hours = undefined;
    }
  }
  let place = optional(v, 'place', path, asId);
  if (place !== undefined && !placeIds.has(place)) {
    report(at(path, 'place'), 'unknown-walk-in-place', [place]);
    place = undefined;
  }
  return keepUnknown(v, {
    id: v.id as string,
    name: requiredText(v, 'name', path, 'referral'),
    kind: stringField(v, 'kind', path) ?? 'service',
    ...fields(v, path, REFERRAL_FIELDS),
    hours,
    timezone,
    cost: optional(v, 'cost', path, oneOf(REFERRAL_COSTS)),
    place,
  });
}

const asOpeningHours: Read<OpeningHours> = (x) => {
  if (!isObject(x) || !isTime(x.opens) || !isTime(x.closes)) return undefined;
  const days = asDays(x.days, '');
  return days && keepUnknown(x, { days, opens: x.opens, closes: x.closes });
};

function readHours(v: Raw, path: string): Referral['hours'] {
  if (v.hours === '24/7') return '24/7';
  if (typeof v.hours === 'string' && !isBlank(v.hours)) {
    report(at(path, 'hours'), 'not-hours', [describe(v.hours)]);
    return undefined;
  }
  return list(v, 'hours', path, asOpeningHours);
}

function readMessage(v: Raw, path: string): Message {
  let link: Message['link'];
  const l = optional(v, 'link', path, asObject, 'not-object');
  if (l && absent(l.url)) {
    report(`${path}.link.url`, 'no-link-url');
  } else if (l) {
    const url = linkField(l, 'url', `${path}.link`);
    if (url !== undefined) link = keepUnknown(l, { text: textField(l, 'text', `${path}.link`), url });
  }
  const tone = optional(v, 'tone', path, oneOf(['info', 'hope', 'urgent'] as const)) ?? 'info';
  // A message shown outside its window could say the wrong thing at the wrong time, so a bad date skips it.
  const when = (key: string) => strict(v, key, path, accept((x): x is string => isDate(x) || isDateTime(x)), undefined);
  return keepUnknown(v, {
    id: v.id as string,
    text: requiredText(v, 'text', path, 'message'),
    link,
    starts: when('starts'),
    ends: when('ends'),
    tone,
  });
}

function readVolunteering(raw: Raw): Volunteering | undefined {
  const path = 'volunteering';
  if (!given(raw, path, '')) return undefined;
  return unlessSkipped(() => {
    const v = raw.volunteering;
    if (!isObject(v)) skip(path, 'volunteering-not-object');
    const roles = entries(v, 'roles', readRole, path);
    if (roles.length === 0) skip(`${path}.roles`, 'no-roles');
    const submit = v.submit;
    const submitPath = `${path}.submit`;
    if (!isObject(submit)) skip(submitPath, 'no-submit');
    const url = required(submit, 'url', submitPath, asWebUrl, 'submit');
    const format = strict(submit, 'format', submitPath, oneOf(['json', 'form'] as const), 'json');
    const consent = v.consent;
    const consentPath = `${path}.consent`;
    if (!isObject(consent)) skip(consentPath, 'no-consent');
    return keepUnknown(v, {
      ...fields(v, path, { intro: textField, privacy_url: linkField, thanks: textField }),
      roles,
      submit: keepUnknown(submit, { url, format, email: stringField(submit, 'email', submitPath) }),
      fields: list(v, 'fields', path, oneOf(SIGNUP_FIELDS)) ?? [],
      consent: keepUnknown(consent, {
        text: requiredText(consent, 'text', consentPath, 'consent'),
        version: required(consent, 'version', consentPath, asString, 'consent'),
      }),
    });
  });
}

function readRole(v: Raw, path: string): VolunteerRole {
  return keepUnknown(v, {
    id: v.id as string,
    title: requiredText(v, 'title', path, 'role'),
    ...fields(v, path, { description: textField, commitment: textField, training: textField }),
    min_age: optional(v, 'min_age', path, wholeNumber(1, 129)),
  });
}

function readLabels(raw: Raw): Labels {
  const v = optional(raw, 'labels', '', asObject, 'not-object');
  if (!v) return {};
  const labels: Labels = { audiences: undefined, kinds: undefined, topics: undefined, accessibility: undefined };
  for (const category of ['audiences', 'kinds', 'topics', 'accessibility'] as const) {
    const group = optional(v, category, 'labels', asObject, 'not-object');
    if (!group) continue;
    const out: Record<string, Text> = Object.create(null);
    for (const code of Object.keys(group)) {
      if (isUnsafeKey(code)) continue;
      const text = textField(group, code, `labels.${category}`);
      if (text !== undefined) out[code] = text;
    }
    labels[category] = out;
  }
  return keepUnknown(v, labels);
}

/**
 * Checks a feed (JSON text or an already parsed value) against version 1.
 * Returns the usable feed and every problem found, as codes whose `message`
 * is still empty (parseFeed and explainProblems fill it in); throws
 * FeedError only when the file as a whole cannot be used.
 */
export function checkFeed(input: unknown): ParsedFeed {
  let raw = input;
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, ''); // the byte-order mark some editors put first
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const hint = /^\s*</.test(text) ? 'It looks like a web page, not the feed: check the feed\'s address.' : 'Check it with a JSON validator.';
      throw new FeedError('not-json', `The feed is not valid JSON (${(e as Error).message}). ${hint}`);
    }
  }
  if (!isObject(raw)) throw new FeedError('bad-version', 'The feed is not a care feed: it should be a JSON object starting with {"version": 1, …}.');
  if (raw.version !== 1) {
    throw new FeedError('bad-version', raw.version === undefined
      ? 'The feed has no "version"; add "version": 1 at the top.'
      : `The feed says "version": ${describe(raw.version)}, which these widgets do not know; they read version 1.`);
  }
  problems = [];
  organizationZone = undefined;
  placeIds = new Set();
  return { feed: readFeed(raw), problems };
}
