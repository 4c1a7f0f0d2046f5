/**
 * Readers only the sections need (lists, numbers, dates, times, days), kept
 * out of read.ts so that the core every widget loads does not carry them.
 */
import { describe, isDate, isLang, isWebUrl } from '../checks.js';
import { accept, asString, optional, report, type Raw, type Read } from '../read.js';
import { DAYS, type Day } from '../types.js';

export const wholeNumber = (min: number, max: number): Read<number> =>
  accept((v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);

/** A non-empty list whose every item passes `check`, copied. */
export const listOfAll = <T>(check: (v: unknown) => v is T): Read<T[]> => (v) =>
  (Array.isArray(v) && v.length > 0 && v.every(check) ? [...v] : undefined);

export const asDate = accept(isDate);

/** HH:MM, 24-hour (kept out of checks.ts, which every widget loads: only the sections read times). */
export const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

export const asTime = accept(isTime);

export const isDay = (v: unknown): v is Day => DAYS.includes(v as Day);

export const asDays = listOfAll(isDay);

/** Where signups can be sent: https, http or relative. */
export const asWebUrl: Read<string> = (v) => (isWebUrl(v) ? v.trim() : undefined);

/** An optional list; each item `read` cannot use is reported and dropped. */
export function list<T>(raw: Raw, key: string, path: string, read: Read<T>, code = 'invalid'): T[] | undefined {
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

export const booleanField = (raw: Raw, key: string, path: string) =>
  optional(raw, key, path, accept((v): v is boolean => typeof v === 'boolean'), 'not-boolean');

export const dateField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asDate, 'not-date');

/** Open codes (kinds, audiences, topics, accessibility). */
export const codeList = (raw: Raw, key: string, path: string) => list(raw, key, path, asString, 'not-code');

export const langList = (raw: Raw, key: string, path: string) => list(raw, key, path, accept(isLang), 'not-language');
