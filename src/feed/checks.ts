/** Small predicates for the value types of feed-format.md. Pure, no DOM. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const ID = /^[A-Za-z0-9_-]+$/;
/** Zone names are words joined by `/`; this rules out bare offsets like `-04:00`, which newer engines accept. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function isDate(v: unknown): v is string {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isTime = (v: unknown): v is string => typeof v === 'string' && TIME.test(v);

export const isDateTime = (v: unknown): v is string =>
  typeof v === 'string' && DATE_TIME.test(v) && isDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v));

export const isLang = (v: unknown): v is string => typeof v === 'string' && LANG.test(v);

export const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

const knownZones = new Map<string, boolean>();
export function isZone(v: unknown): v is string {
  if (typeof v !== 'string' || !ZONE_NAME.test(v)) return false;
  let ok = knownZones.get(v);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: v });
      ok = true;
    } catch {
      ok = false;
    }
    knownZones.set(v, ok);
  }
  return ok;
}

/** Keys that must never be copied onto a plain object. */
export const isUnsafeKey = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

/** Shows a value in a message without letting a huge or hostile value take it over. */
export function describe(v: unknown): string {
  const text = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
