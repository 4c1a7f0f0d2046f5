/**
 * Readers only the sections need (lists, numbers, web addresses), kept out of read.ts so that the
 * core every widget loads does not carry them; those only the listings need (dates, times, days,
 * codes) are in listing-values.ts, so that the signup does not carry them either.
 */
import { describe, isWebUrl } from '../checks.js';
import { accept, asLink, optional, report, type Raw, type Read } from '../read.js';

/**
 * `read`, forgiving a number written in quotes (`"2"`, `"39.09"`): to the person who wrote it, "2" is 2,
 * and read as nothing it could leave a session out. It is reported with how to write it.
 */
export const unquoted = <T>(read: Read<T>): Read<T> => (v, path) => {
  // (A string that is a number once its spaces are trimmed: isFinite reads it as Number does.)
  const number = typeof v === 'string' && v.trim() && isFinite(v as unknown as number) ? +v : v;
  const value = read(number, path);
  if (value !== undefined && number !== v) report(path, 'quoted-number', [describe(v), `${number}`]);
  return value;
};

export const wholeNumber = (min: number, max: number): Read<number> =>
  unquoted(accept((v): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max));

/** Where signups can be sent: https, http or relative (`www.…` read as https, as links are). */
export const asWebUrl: Read<string> = (v, path) => (isWebUrl(v) ? asLink(v, path) : undefined);

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
