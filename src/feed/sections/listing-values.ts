/**
 * Readers for what the listings hold (sessions, referrals, places): dates, times, days, yes/no
 * fields, codes and languages. Apart from values.ts, so that the signup does not carry them.
 */
import { isDate, isLang } from '../checks.js';
import { accept, asString, optional, type Raw, type Read } from '../read.js';
import { DAYS, type Day } from '../types.js';
import { list } from './values.js';

/** A non-empty list whose every item passes `check`, copied. */
export const listOfAll = <T>(check: (v: unknown) => v is T): Read<T[]> => (v) =>
  (Array.isArray(v) && v.length > 0 && v.every(check) ? [...v] : undefined);

export const asDate = accept(isDate);

/** HH:MM, 24-hour (kept out of checks.ts, which every widget loads: only the sections read times). */
export const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

export const asTime = accept(isTime);

export const isDay = (v: unknown): v is Day => DAYS.includes(v as Day);

export const asDays = listOfAll(isDay);

export const booleanField = (raw: Raw, key: string, path: string) =>
  optional(raw, key, path, accept((v): v is boolean => typeof v === 'boolean'), 'not-boolean');

export const dateField = (raw: Raw, key: string, path: string) => optional(raw, key, path, asDate, 'not-date');

/** Open codes (kinds, audiences, topics, accessibility). */
export const codeList = (raw: Raw, key: string, path: string) => list(raw, key, path, asString, 'not-code');

export const langList = (raw: Raw, key: string, path: string) => list(raw, key, path, accept(isLang), 'not-language');
