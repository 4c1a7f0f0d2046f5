/** Small predicates for the value types of feed-format.md. Pure, no DOM. Kept in step with feed.schema.json. */
import { safeUrl } from './safe-url.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Seconds and their decimals (as many as Python's or .NET's six or seven) are optional; the offset (or `Z`) is not. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
/** Letters and digits of any script (`parroquia-san-josé`, a decomposed é's accent too), `-` and `_` (feed-format.md). */
const ID = /^[\p{L}\p{M}\p{N}_-]+$/u;
/** Zone names are words joined by `/`; this rules out bare offsets like `-04:00`, which newer engines accept. */
const ZONE_NAME = /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/;
/** No URL a person writes holds control characters; the URL parser would silently drop some of them (`java\tscript:`). */
const CONTROL = /[\u0000-\u001F\u007F]/;
/** A scheme other than http(s), as the URL parser reads one once there are no control characters or surrounding spaces. */
const OTHER_THAN_WEB_SCHEME = /^(?!https?:)[a-z][a-z\d+.-]*:/i;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && !!v.trim();

/** `null`, or a string of nothing but spaces: what a spreadsheet writes for an empty cell. */
export const isBlank = (v: unknown): boolean => v === null || (typeof v === 'string' && !v.trim());

/**
 * The verdict of `check` on each string, remembered: a feed repeats its dates, zones and links
 * across thousands of entries, and a verdict (a URL parse, a formatter for a zone) costs more
 * than looking it up.
 */
function remembered(check: (v: string) => boolean): (v: unknown) => v is string {
  const verdicts = new Map<string, boolean>();
  return (v): v is string => {
    if (typeof v !== 'string') return false;
    let ok = verdicts.get(v);
    if (ok === undefined) verdicts.set(v, (ok = check(v)));
    return ok;
  };
}

/** A real calendar date: Date.UTC moves 2026-02-30 on to March, so its month and day read differently. */
export const isDate = remembered((v) =>
  DATE.test(v) && new Date(Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8))).toISOString().slice(5, 10) === v.slice(5));

export const isDateTime = (v: unknown): v is string =>
  typeof v === 'string' && DATE_TIME.test(v) && isDate(v.slice(0, 10));

export const isLang = (v: unknown): v is string => typeof v === 'string' && LANG.test(v);

export const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

/** The URL parser's verdict, on the trimmed text (see isLinkUrl), remembered for links a feed repeats. */
const isParsedLinkUrl = remembered((v) => {
  const url = v.trim();
  return !CONTROL.test(url) && safeUrl(url) === url;
});
/**
 * What most links look like, safe without parsing: https://host.name/… (the last label starting with
 * a letter, so never an IP address; no `xn--` to decode) or mailto:, tel:, sms:, all in printable
 * ASCII without spaces. The URL parser takes these schemes and never fails on the rest.
 */
const PLAIN_LINK = /^(?!.*xn--)(https?:\/\/([\w-]+\.)*[a-z][\w-]*([/?#][!-~]*)?|(mailto|tel|sms):(?!\/)[!-~]*)$/i;

/**
 * A URL that may go in a link (principle 2), judged on the trimmed text, which
 * is what the feed keeps: safeUrl alone would pass `"\u00A0javascript:…"`,
 * whose no-break space the URL parser keeps but `trim()` removes. A plain link
 * needs no parse: thousands of sessions each have their own.
 */
export const isLinkUrl = (v: unknown): v is string => typeof v === 'string' && (PLAIN_LINK.test(v) || isParsedLinkUrl(v));

/** A URL a signup can be sent to: https, http or relative; never mailto/tel/sms. */
export const isWebUrl = (v: unknown): v is string =>
  isLinkUrl(v) && !OTHER_THAN_WEB_SCHEME.test(v.trim());

/**
 * Zone names that name no place: fixed offsets and abbreviations (`EST`, `MST`, `HST`, `CET`,
 * `EST5EDT`, `Etc/GMT+5`, `SystemV/EST5`, `Factory`), and `US/Pacific-New`, gone from the time
 * zone database. `EST` never has summer time, so every summer session would be an hour off, and
 * `CET` does not say whose rules apply. Told by their shape, as engines disagree on some (Firefox
 * knows no `SystemV/` name, Chromium and WebKit do). UTC and GMT (in any case) stay allowed, for
 * online sessions that mean it.
 */
const NO_PLACE_ZONE = /^(?!(Etc\/)?(UTC|GMT)$)(Etc\/|SystemV\/|Factory$|US\/Pacific-New$|[a-z]{2}t$|[^/]*\d)/i;
export const isNoPlaceZone = (v: string): boolean => NO_PLACE_ZONE.test(v);

/**
 * Old names of places' zones: one word (`Japan`, `GB`, `Singapore`) or an old country folder
 * (`US/Central`, `Canada/Eastern`, `Brazil/East`). Every engine knows them, with their place's
 * rules, so they are read (sessions still show), and reported with the place-based name to write.
 */
const OLD_ZONE = /^(?!(UTC|GMT)$)([^/]+|(US|Canada|Brazil|Chile|Mexico)\/.+)$/i;
export const isOldZone = (v: string): boolean => OLD_ZONE.test(v);

/**
 * The zone names this engine lists, asked once. A page's first date formatter costs it 10 to 20 ms (the
 * formatting data loads), this list 1 to 3: a feed whose widget shows no time (a banner) need not pay more.
 */
let listedZones: Set<string> | undefined;
const isListedZone = (v: string): boolean => (listedZones ??= new Set(Intl.supportedValuesOf?.('timeZone') ?? [])).has(v);

/** An IANA time zone name of a place (an old one too: isOldZone) this browser knows (feed-format.md, Zone), surrounding spaces aside. */
export const isZone = remembered((v) => {
  v = v.trim();
  if (!ZONE_NAME.test(v) || isNoPlaceZone(v)) return false;
  if (isListedZone(v)) return true;
  // Not listed: an alias (`Asia/Calcutta`) or another spelling, which the formatter judges.
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return true;
  } catch {
    return false;
  }
});

/**
 * The address in an email field as people write it: "help@example.org", "mailto:help@example.org",
 * "Help desk <help@example.org>", "help@example.org (weekdays)". Undefined when it holds none
 * ("help at example dot org", "ask at the desk"): no link is made of it (internal/links.ts).
 */
export const emailIn = (written: string): string | undefined => /[^\s<>()[\]@,;:"]+@[^\s<>()[\]@,;:"]+\.[^\s<>()[\]@,;:".]+/.exec(written)?.[0];

/** Keys that must never be copied onto a plain object. */
export const isUnsafeKey = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

/**
 * A copy of a JSON value (an unknown field, kept by principle 3) without keys
 * that could reach a prototype, at any depth. Past `depth` levels, nesting is
 * cut off, so a hostile file cannot exhaust the stack.
 */
export function plainCopy(v: unknown, depth = 16): unknown {
  if (Array.isArray(v)) return depth > 0 ? v.map((x) => plainCopy(x, depth - 1)) : [];
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  if (depth > 0) {
    for (const [key, x] of Object.entries(v)) if (!isUnsafeKey(key)) out[key] = plainCopy(x, depth - 1);
  }
  return out;
}

/** Shows a value in a message without letting a huge or hostile value take it over. Never throws. */
export function describe(v: unknown): string {
  let text: string;
  try {
    text = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  } catch {
    text = Array.isArray(v) ? 'a list' : 'an object';
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
