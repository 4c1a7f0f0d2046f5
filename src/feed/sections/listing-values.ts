/**
 * Readers for what the listings hold (sessions, referrals, places): dates, times, days, yes/no
 * fields, codes and languages. Apart from values.ts, so that the signup does not carry them.
 */
import { describe, isDate, isLang } from '../checks.js';
import { accept, asPhoneNumber, asString, at, oneOf, optional, own, report, run, tidied, type Raw, type Read } from '../read.js';
import { type Day } from '../types.js';
import { DAYS } from '../codes.js';
import { list } from './values.js';

/**
 * A non-empty list whose every item `read` can use, as read. When one cannot be, the list is not,
 * and what was said of the others (`"Mo"` read as `"mo"`) is taken back: the list's own problem says it.
 */
export const listOfAll = <T>(read: Read<T>): Read<T[]> => (v, path) => {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const said = run.problems.length;
  const items = v.map((item, i) => read(item, `${path}[${i}]`));
  if (items.every((item) => item !== undefined)) return items as T[];
  run.problems.length = said;
  return undefined;
};

/** A date, its spaces forgiven (tidied). */
export const asDate = tidied(accept(isDate));

/** HH:MM, 24-hour (kept out of checks.ts, which every widget loads: only the sections read times). */
export const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

/**
 * A time, its spaces forgiven, the whole seconds a spreadsheet writes ("18:30:00") and an hour of one
 * digit as people write it ("9:00"), read as tidied does: read as nothing, they would leave a session
 * out or a service's hours unknown.
 */
export const asTime = tidied(accept(isTime), (v) => v.trim().replace(/^\d:/, '0$&').replace(/^(\d\d:\d\d):00$/, '$1'));

/**
 * The end of a time range (`closes`, `end_time`): a time, or "24:00", midnight at the day's end as
 * ISO 8601 and many a timetable write it, read as "00:00" (an end not after the start runs into the
 * next day), and reported. Read as nothing, it would leave a service's hours unknown.
 */
export const asEndTime: Read<string> = (v, path) => {
  if (typeof v !== 'string' || v.trim() !== '24:00') return asTime(v, path);
  report(path, 'midnight', [describe(v)]);
  return '00:00';
};

/** Days, each in any case and with its spaces forgiven (`["Mo ", "WE"]`). */
export const asDays: Read<Day[]> = listOfAll(oneOf(DAYS));

const YES_NO = ['false', 'no', 'true', 'yes'];

/** true or false, or the words for them in quotes (`"yes"`, `" False"`…). */
export const asYesNo: Read<boolean> = (v) => {
  const i = YES_NO.indexOf(typeof v === 'string' ? v.trim().toLowerCase() : typeof v === 'boolean' ? `${v}` : '');
  return i < 0 ? undefined : i > 1;
};

/**
 * A yes/no field. One written in quotes (`"yes"`, `"False"`) is read, and reported with how it was
 * read: a `"yes"` that counted for nothing could leave a crisis line out of the crisis strip.
 */
export function booleanField(raw: Raw, key: string, path: string, code = 'not-boolean'): boolean | undefined {
  const value = optional(raw, key, path, asYesNo, code);
  if (typeof own(raw, key) === 'string' && value !== undefined) report(at(path, key), 'quoted-boolean', [describe(own(raw, key)), `${value}`]);
  return value;
}

export const phoneField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asPhoneNumber, 'not-text');

export const dateField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asDate, 'not-date');

/** Open codes (kinds, audiences, topics, accessibility). */
export const codeList = (raw: Raw, key: string, path: string) => list(raw, key, path, asString, 'not-code');

export const langList = (raw: Raw, key: string, path: string) => list(raw, key, path, accept(isLang), 'not-language');

/**
 * The arguments of a problem with no time zone to use: `organization` when the organization
 * gives one that cannot be used (its own problem says why), so the fix named is the right one.
 */
export const zoneArgs = (): string[] => (run.organizationZone === null ? ['organization'] : []);
