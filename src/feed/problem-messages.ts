/**
 * What each feed problem says to the webmaster: the sentence for every code
 * checkFeed (validate.ts) reports, from its arguments.
 *
 * Visitors never need these sentences, so they stay out of the script-tag
 * bundles: parseFeed imports this module for npm users, and the widgets load
 * it only when a feed has problems (explain.ts), as `feed-problems.js` beside
 * the bundle. A bundle may meet an older or newer copy of that file, so a
 * code it does not know gets no sentence here (explain.ts then says the code).
 */
import { isNoPlaceZone } from './checks.js';
import { type FeedProblem } from './types.js';
import { DAYS, REFERRAL_COSTS, SIGNUP_FIELDS } from './codes.js';
import type { FeedError, FeedErrorReason } from './errors.js';

const DATE_HINT = 'write it as YYYY-MM-DD, e.g. "2026-03-14"';
const TIME_HINT = 'write it as HH:MM on a 24-hour clock, e.g. "18:30"';
const ZONE_EXAMPLE = 'an IANA name like "America/Chicago" or "Asia/Jakarta"';
const ORGANIZATION_EXAMPLE = '{"name": "…", "timezone": "America/Chicago"}';
const OPENING_HOURS_EXAMPLE = '{"days": ["mo", "tu"], "opens": "09:00", "closes": "17:00"}';
const HOURS_EXAMPLE = `"24/7" or [${OPENING_HOURS_EXAMPLE}]`;

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/** What a number written where text belongs (the value as people see it: a number comes unquoted) needs. */
const inQuotes = (v: string) => (/^-?\d/.test(v) ? `: write it in quotes, "${v}"` : '');

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const ordinal = (n: number) => `${n}${[, 'st', 'nd', 'rd'][n % 100 > 10 && n % 100 < 14 ? 0 : n % 10] ?? 'th'}`;

/**
 * Why a value is not a date (it comes quoted). One written as YYYY-MM-DD whose day the calendar has not
 * (`"2026-02-30"`) is told which part is wrong, as telling it the form it already has would not help.
 */
function notDate(v: string): string {
  const [, year, month, day] = (/^"\s*(\d{4})-(\d\d)-(\d\d)\s*"$/.exec(v) ?? []).map(Number);
  if (!year) return `${v} is not a date; ${DATE_HINT}`;
  if (month < 1 || month > 12) return `${v} is not a date: there is no month ${month}; write the year, then the month from 01 to 12, then the day`;
  if (day < 1) return `${v} is not a date: there is no day 0; days start at 01`;
  const leap = month === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
  return `${v} is not a date: ${MONTHS[month - 1]} ${year} has no ${ordinal(day)}${leap}; check the day and the month`;
}

/**
 * Why a value is not a time (it comes quoted), by the part that is wrong where it is written H:MM or
 * HH:MM: no one reading "write it as HH:MM" sees what is wrong with "25:00".
 */
function notTime(v: string): string {
  const [, hour, minute] = (/^"\s*(\d\d?):(\d\d)\s*"$/.exec(v) ?? []).map(Number);
  const why = hour === undefined ? TIME_HINT
    : hour === 24 && !minute ? '"24:00" is midnight at the end of the day, which can close a range or end a session but not start one; write "00:00", on the next day'
      : hour > 23 ? `there is no ${hour} o'clock: hours go from 00 to 23 (7 pm is "19:00")`
        : minute > 59 ? `there is no minute ${minute}: minutes go from 00 to 59`
          : `write the hour with two digits: "${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}"`;
  return `${v} is not a time; ${why}`;
}

/** A DateTime written without its offset (the value comes quoted): it says when only together with one. */
const NO_OFFSET = /^"\d{4}-\d\d-\d\dT[\d:.]+"$/;
const noOffset = (v: string) => `${v} has no offset, so the moment it means is unclear; add one at the end: "Z" for UTC, or one like "-05:00"`;

/**
 * Fixed-offset zone names: a clock that never changes for summer (`EST`, `Etc/GMT+5`, `SystemV/EST5`).
 * Other names of no place (checks.ts) are abbreviations (`CET`, `EST5EDT`) or UTC's other names.
 */
const FIXED_OFFSET_ZONE = /^(Etc\/|SystemV\/)?(EST|MST|HST|GMT[+-]\d+|[A-Z]{3}\d+)$/i;
const UTC_ALIAS = /^(Etc\/)?(UCT|Zulu|Universal|Greenwich|GMT[+-]?0)$/i;
const UTC_NAME = (v: string) => `${v} is an old name for UTC; write "UTC"`;

/** What is wrong with a time zone (the value comes quoted), with its own advice. */
function zoneMessage(v: string): string {
  const zone = v.slice(1, -1).trim();
  // An offset such as "-04:00" or "UTC+2" is a common mistake with its own advice.
  if (/^(UTC|GMT)?\s*[+-]\d/i.test(zone)) return `${v} is not a time zone name; use one like "America/New_York", which also knows when summer time starts`;
  if (UTC_ALIAS.test(zone)) return UTC_NAME(v);
  if (FIXED_OFFSET_ZONE.test(zone)) {
    return `${v} is a fixed-offset zone name that ignores summer time, so times would be an hour off for part of the year; use a place-based name such as "America/New_York"`;
  }
  if (isNoPlaceZone(zone)) {
    return `${v} is an old-style zone name; use the place-based name of where the sessions are, such as "America/New_York" or "Europe/Paris"`;
  }
  return `${v} is not a known time zone; use ${ZONE_EXAMPLE}`;
}

/**
 * An old name of a place's zone (the value comes quoted), which is read: the place-based name to
 * write, as this browser resolves it (Chromium and Firefox give "America/Chicago" for "US/Central";
 * WebKit gives the old name back, and then an example is given).
 */
function oldZoneMessage(v: string): string {
  const zone = v.slice(1, -1).trim();
  if (UTC_ALIAS.test(zone)) return UTC_NAME(v);
  let place: string | undefined;
  try {
    place = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    // Not known here: the advice stays general.
  }
  return place?.includes('/') && place.toLowerCase() !== zone.toLowerCase()
    ? `${v} is an old name for the time zone "${place}"; it is read as that, but write "${place}"`
    : `${v} is an old name for a time zone; it is read, but write the place-based name instead, ${ZONE_EXAMPLE}`;
}

/** What is wrong with one part of a range of opening hours (`days`, `opens`, `closes`), or with the range itself. */
function hoursPartMessage(v: string, key?: string): string {
  if (!key) return `${v} should be like ${OPENING_HOURS_EXAMPLE}`;
  if (v === 'undefined') return `"${key}" is missing`;
  return key === 'days' ? INVALID.days(v, key) : notTime(v);
}

/** The entry a required field belongs to, by the noun code checkFeed passes. */
const WHAT: Record<string, string> = {
  entry: 'This entry', place: 'A place', session: 'A session', referral: 'A referral', message: 'A message', role: 'A role',
  schedule: 'A schedule', 'timed-schedule': 'A schedule without "by_appointment"', submit: '"submit"', consent: '"consent"',
};

/** An example of each object field; the rest are the label groups (`labels.audiences`…). */
const OBJECT_EXAMPLES: Record<string, string> = {
  emergency: '{"number": "911"}',
  contact: '{"email": "…", "phone": "…"}',
  online: '{"url": "https://…"}',
  registration: '{"required": true, "url": "https://…"}',
  link: '{"text": "…", "url": "https://…"}',
  labels: '{"audiences": {"farmers": "Farmers"}}',
};
const LABEL_GROUP_EXAMPLE = '{"farmers": "Farmers"}: code → label';

const LIST_EXAMPLES: Record<string, string> = { except: '["2026-12-25"]', add: '["2026-12-25"]' };

/**
 * `invalid`: a value its field does not allow, said in the field's own words.
 * By field name; each gets `(value, field name)`, the value already shown the
 * way people read it.
 */
const INVALID: Record<string, (v: string, key: string) => string> = {
  id: (v) => `${v} is not a usable id; use letters, digits, "-" and "_"`,
  updated: (v) => (NO_OFFSET.test(v) ? noOffset(v) : `${v} is not a valid date and time with an offset, e.g. "2026-03-14T09:00:00-05:00"`),
  timezone: zoneMessage,
  language: (v) => `${v} is not a language tag; use one like "en"`,
  country: (v) => `${v} is not a two-letter country code such as "US"`,
  lat: (v) => `${v} should be a number from -90 to 90, like 41.88; the map position is left out`,
  lng: (v) => `${v} should be a number from -180 to 180, like -87.63; the map position is left out`,
  address_on_request: (v) => `${v} should be true or false; treated as true so the address stays private`,
  place: (v) => `${v} is not a place id; ids are letters, digits, "-" and "_"${/\s/.test(v) ? ', without spaces' : ''}`,
  status: (v) => `${v} is not a status; use "active", "paused" or "cancelled"`,
  repeat: (v) => `${v} is not a repeat; use "none", "weekly" or "monthly"`,
  interval: (v) => `${v} should be a whole number, 1 or more (1 is every week or month, 2 every other one)`,
  duration: (v) => `${v} should be a number of minutes, 1 to 2880 (two days); for a longer event, give each day its own session`,
  days: (v) => `${v} should be a list of days from ${quoted(DAYS)}`,
  weeks: (v) => `${v} should be a list of weeks of the month: 1 to 5, or -1 for the last`,
  cost: (v) => `${v} is not a cost; use one of ${quoted(REFERRAL_COSTS)}`,
  hours: (v) => `${v} should be like ${OPENING_HOURS_EXAMPLE}`,
  starts: (v) => (NO_OFFSET.test(v) ? noOffset(v) : /^"\s*\d{4}-\d\d-\d\d\s*"$/.test(v) ? notDate(v) : `${v} is not a date; ${DATE_HINT}, or a date and time with an offset`),
  tone: (v) => `${v} is not a tone; use "info", "hope" or "urgent"; shown as "info"`,
  url: (v) => `${v} is not a web address signups can be sent to; use an https: address`,
  format: (v) => `${v} should be "json" or "form"`,
  version: (v) => `${v} should be text such as "2026-01"${inQuotes(v)}`,
  fields: (v) => `${v} is not a signup question; use ${quoted(SIGNUP_FIELDS)}`,
  min_age: (v) => `${v} should be an age in whole years, from 1 to 129, like 18, so that people confirm they are old enough for the role`,
};
INVALID.ends = INVALID.starts;

/**
 * The sentence for each code, from the problem's arguments. A value's problem
 * gets `(value, field name)`; the others are noted.
 */
const MESSAGES: Record<string, (...args: string[]) => string | undefined> = {
  // the file (path '')
  'not-utf-8': () => 'The feed file is not saved as UTF-8 (it looks like "ANSI", Windows-1252 or Latin-1, which Notepad and Excel often use), so it was read as Windows-1252: letters such as é and ñ show right, but those of other alphabets may not. Save the file again as UTF-8.',

  // any field
  invalid: (v, key) => (Object.hasOwn(INVALID, key) ? INVALID[key](v, key) : undefined),
  empty: (key) => `"${key}" is empty; fill it in or leave it out${key === 'address_on_request' ? '; treated as true so the address stays private' : ''}`,
  // (the noun of the entry, the field's name)
  missing: (what, key) => `${WHAT[what]} needs "${key}"; it is missing`,
  'missing-empty': (what, key) => `${WHAT[what]} needs "${key}"; it is empty`,
  'not-text': (v) => `${v} should be text${inQuotes(v)}`,
  // A map whose every language was reported on its own (an object comes shown as {…}).
  'not-text-or-map': (v, key) => (v.startsWith('{')
    ? `no language in "${key}" has usable text`
    : `${v} should be text, or an object of language → text like {"en": "…", "es": "…"}`),
  'empty-text': () => 'the text is empty; fill it in or leave the language out',
  'not-language-key': (v) => `${v} is not a language tag; use one like "en", "es" or "pt-BR"`,
  'not-language': (v) => `${v} is not a language tag; use one like "en", "es" or "ar"`,
  'not-code': (v) => `${v} should be a short code such as "youth"`,
  'not-boolean': (v) => `${v} should be true or false`,
  // (the zone as written)
  'old-zone': oldZoneMessage,
  // (the value as written, how it was read)
  'quoted-boolean': (v, read) => `${v} is read as ${read}; write true or false without quotes`,
  // (the value as written, the number it is read as)
  'quoted-number': (v, read) => `${v} is read as the number ${read}; write it without quotes: ${read}`,
  // (the number as written)
  'unquoted-phone': (v) => `${v} is read as "${v}"; write a phone number in quotes, like "${v}": without them, one that starts with 0 or + is not a number JSON can hold`,
  // (the value as written, and as read: without the spaces around it, and for a code in lower case)
  'read-as': (v, read) => {
    const written = v.slice(1, -1).trim();
    // A time with one digit for the hour ("9:00"), as the message of one that is not read says it.
    if (written.length < read.length - 2) return `${v} is read as ${read}; write the hour with two digits: ${read}`;
    const how = [
      written.length > read.length - 2 ? 'without its seconds' : written !== read.slice(1, -1) && 'in lower case',
      written !== v.slice(1, -1) && 'without the spaces around it',
    ].filter(Boolean);
    return `${v} is read as ${read}; write it ${how.join(', ') || `as ${read}`}`;
  },
  'not-date': notDate,
  'not-time': notTime,
  'midnight': (v) => `${v} is read as "00:00", midnight at the end of the day (a closing or end time not after the start runs into the next day); write "00:00"`,
  'unsafe-link': (v) => `${v} is not a safe link; use an https:, http:, mailto:, tel: or sms: address, or a relative one`,
  // (the address it is read as)
  'no-scheme': (web) => `this looks like a web address without "https://", so it is read as ${web}: did you mean that? Write it in full`,
  'not-object': (_v, key) => `"${key}" should be an object like ${OBJECT_EXAMPLES[key] ?? LABEL_GROUP_EXAMPLE}; it is left out`,
  'not-list': (v, key) => (key === 'hours' ? `${v} should be ${HOURS_EXAMPLE}` : `${v} should be a list, like ${LIST_EXAMPLES[key] ?? '["…", "…"]'}`),

  // lists of entries; (key) is the list's name
  'not-entry-list': (key) => `"${key}" should be a list of entries, like [{"id": "…", …}]; all of it is left out.`,
  'not-entry': (v) => `${v} should be an object with fields like "id"`,
  'duplicate-id': (id, key) => `the id "${id}" is used twice in "${key}"; ids must be unique`,

  // (the field's name as written, the feed's field it is most likely meant to be)
  'unknown-field': (key, known) => `${key} is not a field of the feed, so it is ignored: did you mean "${known}"? Field names are written in lower case, without spaces`,

  // organization
  'no-organization': () => `"organization" is missing; say who publishes this feed, e.g. ${ORGANIZATION_EXAMPLE}`,
  'organization-not-object': () => `"organization" should be an object like ${ORGANIZATION_EXAMPLE}; it is left out.`,
  'no-organization-name': () => 'the organization needs a "name": who publishes this feed',
  'no-organization-timezone': () => `the organization needs a "timezone" because the feed has sessions; use ${ZONE_EXAMPLE}`,
  // A number that is not whole digits (1.5, -911, 1e21, or too long to be kept as written).
  'unquoted-number': () => 'write the emergency number in quotes, as it is dialled, e.g. "911": this one cannot be read as a phone number without them; the emergency number is left out.',
  'no-emergency-number': () => 'the emergency entry needs a "number", e.g. {"number": "911"}; it is left out.',

  // places, sessions and their schedules
  'lat-lng-pair': () => 'give both "lat" and "lng", or neither; the map position is left out',
  // (the id, and where the place with that id was left out, if it was)
  'unknown-place': (id, where) => (where
    ? `the place "${id}" is left out because of its own problem (see ${where}); fix that and this session shows again`
    : `no place has the id "${id}"; add it to "places" or fix the id`),
  'no-place-or-online': () => 'a session needs a "place" or "online" (or both)',
  'no-schedule': () => 'a session needs a "schedule"',
  'schedule-not-object': () => '"schedule" should be an object like {"start_date": "2026-03-14", "time": "18:30"}',
  // ("organization" when the organization's is there but unusable)
  'no-time-zone': (organization) => (organization
    ? 'the organization\'s time zone could not be used (see organization.timezone), and this schedule has none of its own: fix the organization\'s or set "timezone" here'
    : 'no time zone: set "timezone" on the organization or on this schedule'),
  'end-before-start': (end, start) => `"end_date" ${end} is before "start_date" ${start}, so the session never happens`,
  'no-weeks': () => 'a monthly schedule needs "weeks", e.g. [2] for the second week or [-1] for the last',
  'bad-except': (v) => `${notDate(v)}. A cancelled date must be readable, or the session would be listed on the day it does not happen`,
  // (the field's name, the schedule's repeat)
  unused: (key, repeat) => (key === 'duration'
    ? '"duration" is not used, as "end_time" is given; keep only one of them'
    : repeat === 'none'
      ? `"${key}" does nothing without a "repeat": the session happens once, on "start_date"; add "repeat": "weekly" or "monthly" if it repeats`
      : '"weeks" does nothing with "repeat": "weekly"; for the 2nd or last weekday of each month, use "repeat": "monthly"'),
  // (the value, the field's name: interval or duration, the schedule's repeat)
  unusual: (v, key, repeat) => (key === 'interval'
    ? `"interval" ${v} is read as it is: the session repeats every ${v} ${repeat === 'weekly' ? 'weeks' : 'months'}, years apart; if that is a typing slip, correct it (2 is every other one)`
    : `"duration" ${v} is read as it is: ${v} minutes, more than a day, so the session ends on a later day; if you meant hours or a shorter time, write it in minutes, like 90`),
  'no-way-to-join': () => 'an online session needs a usable "url" or "phone": people have no way to join',

  // referrals
  'no-email-address': (v) => `${v} holds no email address, so visitors get no link to write to; write it as "help@example.org"`,
  'no-country-code': (v) => `${v} has no country code, so WhatsApp cannot find it; write the whole international number, like "+1 217 555 0189"`,
  'hours-zone-unusable': () => 'the opening hours are left out because this referral\'s "timezone" is not usable',
  'hours-no-zone': (organization) => (organization
    ? 'the opening hours are left out because the organization\'s time zone could not be used (see organization.timezone); fix it, or set "timezone" on this referral'
    : 'opening hours need a time zone: set "timezone" on the organization or on this referral; the hours are left out'),
  'unknown-walk-in-place': (id, where) => (where
    ? `the place "${id}" is left out because of its own problem (see ${where}), and so is the walk-in address`
    : `no place has the id "${id}"; the walk-in address is left out`),
  // (the value, and the part of the range: days, opens or closes; none when the range is not an object)
  'bad-hours': (v, key) => `${hoursPartMessage(v, key)}. All the opening hours are left out until it is fixed, as a week with a range missing would show the line closed when it is open`,
  'not-hours': (v) => `${v} should be ${HOURS_EXAMPLE}`,
  'round-the-clock': (time) => `"opens" and "closes" are both ${time}, which is read as open round the clock, from ${time} to ${time} the next day; if that is meant, "24/7" says it plainly, else correct the closing time`,

  // messages
  'no-link-url': () => 'a link needs a "url"; the link is left out',
  'ends-before-starts': (ends, starts) => `"ends" ${ends} is before "starts" ${starts}, so the message would never show`,

  // volunteering
  'volunteering-not-object': () => '"volunteering" should be an object like {"roles": […], "submit": {…}, "consent": {…}}',
  'no-roles': () => 'volunteering needs at least one role in "roles"',
  'no-submit': () => 'volunteering needs "submit": {"url": "https://…"} to know where signups go',
  'no-consent': () => 'volunteering needs "consent": {"text": "…", "version": "1"}: what people agree to',
};

/** Codes whose sentence already says what was left out. */
const SAYS_WHAT_WENT = new Set(['not-entry-list', 'organization-not-object', 'unquoted-number', 'no-emergency-number']);

/**
 * What a skipped problem adds: the entry it left out, or, for a problem
 * anywhere under `volunteering` but inside one of its roles, the whole signup.
 */
function leftOut({ code, path, skipped }: FeedProblem): string {
  if (!skipped || SAYS_WHAT_WENT.has(code)) return '';
  return /^volunteering(?!\.roles\[)/.test(path) ? '. The volunteer signup is left out.' : '. This entry is left out.';
}

/** The sentence for a problem; undefined for a code (or field) this copy does not know. */
export function problemMessage(problem: FeedProblem): string | undefined {
  const sentence = Object.hasOwn(MESSAGES, problem.code) ? MESSAGES[problem.code](...problem.args) : undefined;
  return sentence && sentence + leftOut(problem);
}

/**
 * Where JSON text first goes wrong, as an offset: the first character a strict reading cannot take, or the end of
 * the text when it stops short; undefined when it is JSON after all (or nested too deep to follow). Chromium and
 * Firefox name the place, WebKit does not: this names it alike in every engine. The white space and byte-order
 * mark the widgets read past at the start are read past here too.
 */
function badJsonAt(text: string): number | undefined {
  let i = text.length - text.trimStart().length;
  const stop = () => {
    throw i;
  };
  const pass = (char: string) => {
    if (text[i] !== char) stop();
    i++;
  };
  const take = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (pattern.test(text)) i = pattern.lastIndex;
  };
  const value = (): void => {
    take(/[ \t\n\r]*/y);
    const open = text[i];
    if (open === '"') {
      // Up to the first character text in quotes cannot hold (a line break, a bad backslash), or its end.
      take(/"(?:[^"\\\0-\x1f]|\\["\\/bfnrt]|\\u[\da-fA-F]{4})*/y);
      pass('"');
    } else if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      take(/[ \t\n\r]*/y);
      if (text[i] === close) return void i++;
      for (;;) {
        if (open === '{') {
          if (text[i] !== '"') stop();
          value();
          take(/[ \t\n\r]*/y);
          pass(':');
        }
        value();
        take(/[ \t\n\r]*/y);
        if (text[i] === close) return void i++;
        pass(',');
        take(/[ \t\n\r]*/y);
      }
    } else {
      const start = i;
      take(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y);
      if (i === start) stop();
    }
  };
  try {
    value();
    take(/[ \t\n\r]*/y);
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}

/** The engine's own words, without the place it names (given as line and column instead) or the text it quotes. */
const engineWords = (why: string) => why
  .replace(/^JSON(\.parse| Parse error):\s*/i, '')
  .replace(/( in JSON)? at (position|line) \d[^]*|, "[^]*$|^"[^]*" is not valid JSON$/, '')
  // Bytes that are not text (a compressed file) would scramble the console.
  .replace(/[\0-\x1f\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What is wrong with text that is not JSON, where, and the fix: the same words in every engine for the usual slips. */
function notJson(why: string, text?: string): string {
  if (text === undefined) return `The feed is not valid JSON (${engineWords(why)}). Check it with a JSON validator.`;
  if (!text.trim()) return 'The feed file is empty: upload it again (an upload that fails part-way can leave an empty file).';
  // A .json.gz put up as it is, without the server saying it is compressed (Content-Encoding: gzip).
  if (/^\x1f[\x8b\u2039]/.test(text)) return 'The feed is a compressed (gzip) file: put the plain .json file on the server instead.';
  const at = badJsonAt(text);
  if (at === undefined) return `The feed is not valid JSON (${engineWords(why)}). Check it with a JSON validator.`;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const here = text[at];
  const hint = at >= text.length ? 'the file ends before the feed does, as if cut short: upload it again, or look for a missing } or ]'
    : /,\s*$/.test(before) && /[}\]]/.test(here) ? 'a comma after the last item; remove it (JSON allows no comma before } or ])'
      : here === '/' ? 'a comment; remove it (JSON has no comments)'
        : here === "'" ? 'single quotes; JSON needs double quotes, "like this"'
          : /[\n\r\t]/.test(here) && /"[^"]*$/.test(before) ? 'text in quotes is not closed on its line; end it with ", or write \\n for a new line inside text'
            : engineWords(why) || `\`${here}\` is not expected here`;
  return `The feed is not valid JSON at line ${line}, column ${column}: ${hint}. Check it with a JSON validator.`;
}

const PART_WAY = 'Try again, and if it keeps happening, ask whoever runs the server to check it.';

/** What a FeedError says, by its reason, from its facts (errors.ts). */
const FEED_ERRORS: Record<FeedErrorReason, (...args: string[]) => string> = {
  http: (url, status) => `The feed at ${url} answered ${status}.${/^429/.test(status) ? ' The server is turning away requests as too many: ask whoever runs it to allow more.' : ''}`,
  // `answered`: where the server answered from, once it had (load.ts); the download then stopped or broke off part-way.
  timeout: (url, seconds, answered) => (answered
    ? `The feed at ${url} stopped arriving part-way: nothing more came for ${seconds} seconds. ${PART_WAY}`
    : `The feed at ${url} did not arrive: the server did not answer within ${seconds} seconds. Check the address, and that the server is up.`),
  network: (url, why, answered) => (answered
    ? `The download of the feed at ${url} broke off part-way (${why}). The address is right, and the server allows this site. ${PART_WAY}`
    : `The feed at ${url} could not be fetched (${why}). Check the address, and that the server allows this site (CORS).`),
  'wide-text': () => 'The feed is saved as UTF-16 or UTF-32 ("Unicode" in some editors): save it again as UTF-8.',
  'not-json': notJson,
  'web-page': (why) => `The feed is not valid JSON (${engineWords(why)}). It looks like a web page, not the feed: check the feed's address.`,
  'not-object': () => 'The feed is not a care feed: it should be a JSON object starting with {"version": 1, …}.',
  'no-version': () => 'The feed has no "version"; add "version": 1 at the top.',
  'unknown-version': (version) => (/^"\s*1(\.0*)?\s*"$/.test(version)
    ? `The feed says "version": ${version} in quotes; write it without quotes: "version": 1.`
    : `The feed says "version": ${version}, which these widgets do not know; they read version 1.`),
  'no-feed': (tag) => `<${tag}> has no feed: give it a src attribute, a feed property, a <script type="application/json"> child, or put it inside <care-feed src="…">.`,
};

/** The words of a FeedError; undefined for a reason this copy does not know. A text that is not JSON comes with the error (validate.ts). */
export const feedErrorMessage = ({ reason, args, text }: FeedError & { text?: string }): string | undefined =>
  Object.hasOwn(FEED_ERRORS, reason) ? FEED_ERRORS[reason](...args, ...(text === undefined ? [] : [text])) : undefined;
