/**
 * parseFeed: the one gate between a feed file and the widgets.
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
 */
import {
  describe, isBlank, isDate, isDateTime, isId, isLang, isLinkUrl, isNonEmptyString, isObject, isTime, isUnsafeKey,
  isWebUrl, isZone, plainCopy,
} from './checks.js';
import {
  DAYS, REFERRAL_COSTS, SIGNUP_FIELDS,
  type Day, type Feed, type FeedProblem, type Labels, type Message, type OpeningHours, type Organization,
  type ParsedFeed, type Place, type Referral, type Schedule, type Session, type SignupField, type Text,
  type Volunteering, type VolunteerRole,
} from './types.js';
import { FeedError } from './errors.js';

type Raw = Record<string, unknown>;

/** Thrown inside an entry's reader when a required part is unusable; the entry is skipped. */
class SkipEntry {
  constructor(readonly path: string, readonly message: string) {}
}

const DATE_HINT = 'write it as YYYY-MM-DD, e.g. "2026-03-14"';
const TIME_HINT = 'write it as HH:MM on a 24-hour clock, e.g. "18:30"';
const TEXT_HINT = 'should be text, or an object of language → text like {"en": "…", "es": "…"}';
const ZONE_EXAMPLE = 'an IANA name like "America/Chicago" or "Asia/Jakarta"';

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);
const isDay = (x: unknown): x is Day => DAYS.includes(x as Day);
const oneOf = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

function zoneMessage(v: unknown): string {
  if (typeof v === 'string' && /^(UTC|GMT)?\s*[+-]\d/i.test(v)) {
    return `${describe(v)} is not a time zone name; use one like "America/New_York", which also knows when summer time starts`;
  }
  return `${describe(v)} is not a known time zone; use ${ZONE_EXAMPLE}`;
}

class FeedReader {
  readonly problems: FeedProblem[] = [];
  private organizationZone: string | undefined;
  private placeIds = new Set<string>();

  report(path: string, message: string, skipped = false): void {
    this.problems.push({ path, message, skipped });
  }

  // ---- field readers: return the value, or undefined after reporting why it was dropped

  /** Whether `raw[key]` holds a value; null or blank is reported and counts as left out. */
  given(raw: Raw, key: string, path: string): boolean {
    const v = raw[key];
    if (v === undefined) return false;
    if (!isBlank(v)) return true;
    this.report(at(path, key), `"${key}" is empty; fill it in or leave it out`);
    return false;
  }

  /** A field that must pass `check`; a bad value is reported and dropped. */
  optional<T>(raw: Raw, key: string, path: string, check: (v: unknown) => v is T, hint: (v: unknown) => string): T | undefined {
    if (!this.given(raw, key, path)) return undefined;
    const v = raw[key];
    if (check(v)) return v;
    this.report(at(path, key), hint(v));
    return undefined;
  }

  /** A field the entry cannot do without: missing or bad skips the entry. */
  required<T>(raw: Raw, key: string, path: string, check: (v: unknown) => v is T, hint: (v: unknown) => string, what: string): T {
    const v = raw[key];
    if (v === undefined || isBlank(v)) throw new SkipEntry(at(path, key), `${what} needs "${key}"; it is ${v === undefined ? 'missing' : 'empty'}`);
    if (!check(v)) throw new SkipEntry(at(path, key), hint(v));
    return v;
  }

  string(raw: Raw, key: string, path: string): string | undefined {
    return this.optional(raw, key, path, isNonEmptyString, (v) => `${describe(v)} should be text`);
  }

  boolean(raw: Raw, key: string, path: string): boolean | undefined {
    return this.optional(raw, key, path, (v): v is boolean => typeof v === 'boolean', (v) => `${describe(v)} should be true or false`);
  }

  date(raw: Raw, key: string, path: string): string | undefined {
    return this.optional(raw, key, path, isDate, (v) => `${describe(v)} is not a date; ${DATE_HINT}`);
  }

  /** A link (principle 2); anything but https, http, mailto, tel, sms or relative is dropped and reported. */
  url(raw: Raw, key: string, path: string): string | undefined {
    return this.optional(raw, key, path, isLinkUrl, (v) => `${describe(v)} is not a safe link; use an https:, http:, mailto:, tel: or sms: address, or a relative one`)?.trim();
  }

  /** An object field such as `contact`; anything else is reported and dropped. */
  object(raw: Raw, key: string, path: string, example: string): Raw | undefined {
    if (!this.given(raw, key, path)) return undefined;
    const v = raw[key];
    if (isObject(v)) return v;
    this.report(at(path, key), `"${key}" should be an object like ${example}; it is left out`);
    return undefined;
  }

  /** Text: a string or a map of language tag → string (principle 4). */
  text(raw: Raw, key: string, path: string): Text | undefined {
    if (!this.given(raw, key, path)) return undefined;
    const v = raw[key];
    const text = this.readText(v, at(path, key));
    if (text === undefined) this.report(at(path, key), `${describe(v)} ${TEXT_HINT}`);
    return text;
  }

  requiredText(raw: Raw, key: string, path: string, what: string): Text {
    const v = raw[key];
    if (v === undefined || isBlank(v)) throw new SkipEntry(at(path, key), `${what} needs "${key}"; it is ${v === undefined ? 'missing' : 'empty'}`);
    const text = this.readText(v, at(path, key));
    if (text === undefined) throw new SkipEntry(at(path, key), `${describe(v)} ${TEXT_HINT}`);
    return text;
  }

  /** The Text, keeping a map's good languages (bad ones are reported); undefined when nothing is usable. */
  private readText(v: unknown, path: string): Text | undefined {
    if (isNonEmptyString(v)) return v;
    if (!isObject(v)) return undefined;
    const map: Record<string, string> = Object.create(null);
    for (const [lang, value] of Object.entries(v)) {
      if (!isLang(lang) || isUnsafeKey(lang)) {
        this.report(`${path}.${lang}`, `${describe(lang)} is not a language tag; use one like "en", "es" or "pt-BR"`);
      } else if (!isNonEmptyString(value)) {
        this.report(`${path}.${lang}`, isBlank(value) ? 'the text is empty; fill it in or leave the language out' : `${describe(value)} should be text`);
      } else {
        map[lang] = value;
      }
    }
    return Object.keys(map).length > 0 ? Object.freeze(map) : undefined;
  }

  /** Open codes (kinds, audiences, topics, accessibility): strings; bad ones are dropped. */
  codes(raw: Raw, key: string, path: string): string[] | undefined {
    return this.list(raw, key, path, isNonEmptyString, (v) => `${describe(v)} should be a short code such as "youth"`);
  }

  langs(raw: Raw, key: string, path: string): string[] | undefined {
    return this.list(raw, key, path, isLang, (v) => `${describe(v)} is not a language tag; use one like "en", "es" or "ar"`);
  }

  /** An array whose items must pass `check`; bad items are dropped one by one. */
  list<T>(raw: Raw, key: string, path: string, check: (v: unknown) => v is T, hint: (v: unknown) => string, example = '["…", "…"]'): T[] | undefined {
    if (!this.given(raw, key, path)) return undefined;
    const v = raw[key];
    if (!Array.isArray(v)) {
      this.report(at(path, key), `${describe(v)} should be a list, like ${example}`);
      return undefined;
    }
    return v.filter((item, i) => {
      if (check(item)) return true;
      this.report(`${at(path, key)}[${i}]`, hint(item));
      return false;
    });
  }

  /** Fields nobody here knows are kept (principle 3), copied without keys that could reach a prototype. */
  keepUnknown<T extends object>(raw: Raw, known: T): T {
    for (const key of Object.keys(raw)) {
      if (!(key in known) && !isUnsafeKey(key)) (known as Raw)[key] = plainCopy(raw[key]);
    }
    return known;
  }

  /** Reads an array of entries; a broken entry is skipped and reported, the rest kept. */
  entries<T extends { id: string }>(raw: Raw, key: string, read: (entry: Raw, path: string) => T, parent = ''): T[] {
    const listPath = at(parent, key);
    if (!this.given(raw, key, parent)) return [];
    const v = raw[key];
    if (!Array.isArray(v)) {
      this.report(listPath, `"${key}" should be a list of entries, like [{"id": "…", …}]; all of it is left out.`, true);
      return [];
    }
    const seen = new Set<string>();
    const out: T[] = [];
    v.forEach((entry, i) => {
      const path = `${listPath}[${i}]`;
      try {
        if (!isObject(entry)) throw new SkipEntry(path, `${describe(entry)} should be an object with fields like "id"`);
        const id = this.required(entry, 'id', path, isId, (x) => `${describe(x)} is not a usable id; use letters, digits, "-" and "_"`, 'This entry');
        if (seen.has(id)) throw new SkipEntry(`${path}.id`, `the id "${id}" is used twice in "${key}"; ids must be unique`);
        seen.add(id);
        out.push(read(entry, path));
      } catch (e) {
        if (!(e instanceof SkipEntry)) throw e;
        this.report(e.path, `${e.message}. This entry is left out.`, true);
      }
    });
    return out;
  }

  // ---- the feed

  read(raw: Raw): Feed {
    const hasSessions = Array.isArray(raw.sessions) && raw.sessions.length > 0;
    const organization = this.organization(raw.organization, hasSessions);
    const places = this.entries(raw, 'places', (e, p) => this.place(e, p));
    for (const place of places) this.placeIds.add(place.id);
    const feed: Feed = {
      version: 1,
      updated: this.optional(raw, 'updated', '', isDateTime, (v) => `${describe(v)} is not a valid date and time with an offset, e.g. "2026-03-14T09:00:00-05:00"`),
      organization,
      places,
      sessions: this.entries(raw, 'sessions', (e, p) => this.session(e, p)),
      referrals: this.entries(raw, 'referrals', (e, p) => this.referral(e, p)),
      messages: this.entries(raw, 'messages', (e, p) => this.message(e, p)),
      volunteering: this.volunteering(raw),
      labels: this.labels(raw),
    };
    return this.keepUnknown(raw, feed);
  }

  private organization(v: unknown, hasSessions: boolean): Organization {
    const path = 'organization';
    if (!isObject(v)) {
      if (v === undefined || isBlank(v)) this.report(path, '"organization" is missing; say who publishes this feed, e.g. {"name": "…", "timezone": "America/Chicago"}');
      else this.report(path, '"organization" should be an object like {"name": "…", "timezone": "America/Chicago"}; it is left out.', true);
      return { name: '', language: 'en' };
    }
    let name: Text | undefined;
    if (v.name === undefined || isBlank(v.name)) this.report(`${path}.name`, 'the organization needs a "name": who publishes this feed');
    else name = this.text(v, 'name', path);
    let timezone: string | undefined;
    if (hasSessions && (v.timezone === undefined || isBlank(v.timezone))) {
      this.report(`${path}.timezone`, `the organization needs a "timezone" because the feed has sessions; use ${ZONE_EXAMPLE}`);
    } else {
      timezone = this.optional(v, 'timezone', path, isZone, zoneMessage);
    }
    this.organizationZone = timezone;
    return this.keepUnknown(v, {
      name: name ?? '',
      url: this.url(v, 'url', path),
      timezone,
      language: this.optional(v, 'language', path, isLang, (x) => `${describe(x)} is not a language tag; use one like "en"`) ?? 'en',
      country: this.optional(v, 'country', path, (x): x is string => typeof x === 'string' && /^[A-Za-z]{2}$/.test(x), (x) => `${describe(x)} is not a two-letter country code such as "US"`),
      emergency: this.emergency(v, path),
      contact: this.contact(v, `${path}`, ['email', 'phone'], true),
      feedback_url: this.url(v, 'feedback_url', path),
    });
  }

  private emergency(v: Raw, path: string): Organization['emergency'] {
    const e = this.object(v, 'emergency', path, '{"number": "911"}');
    if (!e) return undefined;
    if (!isNonEmptyString(e.number)) {
      this.report(`${path}.emergency.number`, typeof e.number === 'number'
        ? `write the number in quotes, e.g. "${e.number}", so it is kept exactly; the emergency number is left out.`
        : 'the emergency entry needs a "number", e.g. {"number": "911"}; it is left out.', true);
      return undefined;
    }
    return this.keepUnknown(e, { number: e.number.trim(), label: this.text(e, 'label', `${path}.emergency`) });
  }

  /** A `contact` object of plain strings, plus a `url` for the organization's. */
  private contact(v: Raw, path: string, keys: string[], withUrl = false): Record<string, string | undefined> | undefined {
    const c = this.object(v, 'contact', path, '{"email": "…", "phone": "…"}');
    if (!c) return undefined;
    const contact: Record<string, string | undefined> = {};
    for (const key of keys) contact[key] = this.string(c, key, `${path}.contact`);
    if (withUrl) contact.url = this.url(c, 'url', `${path}.contact`);
    return this.keepUnknown(c, contact);
  }

  private place(v: Raw, path: string): Place {
    const place: Place = {
      id: v.id as string,
      name: this.requiredText(v, 'name', path, 'A place'),
      kind: this.string(v, 'kind', path),
      address: this.string(v, 'address', path),
      lat: undefined,
      lng: undefined,
      directions: this.text(v, 'directions', path),
      accessibility: this.codes(v, 'accessibility', path),
      address_on_request: undefined,
    };
    const hasLat = this.given(v, 'lat', path);
    const hasLng = this.given(v, 'lng', path);
    if (hasLat !== hasLng) {
      this.report(`${path}.${hasLat ? 'lng' : 'lat'}`, 'give both "lat" and "lng", or neither; the map position is left out');
    } else if (hasLat) {
      const lat = this.coordinate(v, 'lat', 90, path);
      const lng = this.coordinate(v, 'lng', 180, path);
      if (lat !== undefined && lng !== undefined) Object.assign(place, { lat, lng });
    }
    if (v.address_on_request !== undefined) {
      // A privacy setting: when in doubt (even blank), keep the address private.
      place.address_on_request = v.address_on_request !== false;
      if (typeof v.address_on_request !== 'boolean') {
        this.report(`${path}.address_on_request`, `${describe(v.address_on_request)} should be true or false; treated as true so the address stays private`);
      }
    }
    return this.keepUnknown(v, place);
  }

  private coordinate(v: Raw, key: 'lat' | 'lng', max: number, path: string): number | undefined {
    const x = v[key];
    if (typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= max) return x;
    this.report(`${path}.${key}`, `${describe(x)} should be a number from -${max} to ${max}, like ${key === 'lat' ? '41.88' : '-87.63'}; the map position is left out`);
    return undefined;
  }

  private session(v: Raw, path: string): Session {
    const title = this.requiredText(v, 'title', path, 'A session');
    let place: string | undefined;
    if (this.given(v, 'place', path)) {
      place = this.required(v, 'place', path, isId, (x) => `${describe(x)} is not a place id`, 'A session');
      if (!this.placeIds.has(place)) throw new SkipEntry(`${path}.place`, `no place has the id "${place}"; add it to "places" or fix the id`);
    }
    const o = this.object(v, 'online', path, '{"url": "https://…"}');
    const online = o && this.keepUnknown(o, {
      url: this.url(o, 'url', `${path}.online`), phone: this.string(o, 'phone', `${path}.online`), notes: this.text(o, 'notes', `${path}.online`),
    });
    if (place === undefined && online === undefined) throw new SkipEntry(path, 'a session needs a "place" or "online" (or both)');
    const status = this.given(v, 'status', path) ? v.status : 'active';
    if (status !== 'active' && status !== 'paused' && status !== 'cancelled') {
      throw new SkipEntry(`${path}.status`, `${describe(status)} is not a status; use "active", "paused" or "cancelled"`);
    }
    if (!isObject(v.schedule)) {
      throw new SkipEntry(`${path}.schedule`, v.schedule === undefined || isBlank(v.schedule) ? 'a session needs a "schedule"' : '"schedule" should be an object like {"start_date": "2026-03-14", "time": "18:30"}');
    }
    const r = this.object(v, 'registration', path, '{"required": true, "url": "https://…"}');
    return this.keepUnknown(v, {
      id: v.id as string,
      title,
      description: this.text(v, 'description', path),
      kind: this.string(v, 'kind', path) ?? 'peer-group',
      audiences: this.codes(v, 'audiences', path),
      topics: this.codes(v, 'topics', path),
      languages: this.langs(v, 'languages', path),
      place,
      online,
      schedule: this.schedule(v.schedule, `${path}.schedule`),
      facilitator: this.text(v, 'facilitator', path),
      cost: this.text(v, 'cost', path) ?? 'free',
      registration: r && this.keepUnknown(r, {
        required: this.boolean(r, 'required', `${path}.registration`),
        url: this.url(r, 'url', `${path}.registration`),
        email: this.string(r, 'email', `${path}.registration`),
        phone: this.string(r, 'phone', `${path}.registration`),
        notes: this.text(r, 'notes', `${path}.registration`),
      }),
      contact: this.contact(v, path, ['name', 'email', 'phone']),
      accessibility: this.codes(v, 'accessibility', path),
      status,
      updated: this.date(v, 'updated', path),
    });
  }

  private schedule(v: Raw, path: string): Schedule {
    const what = 'A schedule';
    const timezone = this.given(v, 'timezone', path) ? this.required(v, 'timezone', path, isZone, zoneMessage, what) : this.organizationZone;
    if (timezone === undefined) throw new SkipEntry(`${path}.timezone`, 'no time zone: set "timezone" on the organization or on this schedule');
    const dateHint = (x: unknown) => `${describe(x)} is not a date; ${DATE_HINT}`;
    const timeHint = (x: unknown) => `${describe(x)} is not a time; ${TIME_HINT}`;
    const start_date = this.required(v, 'start_date', path, isDate, dateHint, what);
    const by_appointment = this.boolean(v, 'by_appointment', path);
    const time = by_appointment
      ? this.optional(v, 'time', path, isTime, timeHint)
      : this.required(v, 'time', path, isTime, timeHint, 'A schedule without "by_appointment"');
    const repeat = this.given(v, 'repeat', path) ? v.repeat : 'none';
    if (repeat !== 'none' && repeat !== 'weekly' && repeat !== 'monthly') {
      throw new SkipEntry(`${path}.repeat`, `${describe(repeat)} is not a repeat; use "none", "weekly" or "monthly"`);
    }
    const interval = this.given(v, 'interval', path) ? v.interval : 1;
    if (!Number.isInteger(interval) || (interval as number) < 1) throw new SkipEntry(`${path}.interval`, `${describe(interval)} should be a whole number of 1 or more`);
    // Without its end date a session would be listed after it ended, so a bad one skips it.
    const end_date = this.given(v, 'end_date', path) ? this.required(v, 'end_date', path, isDate, dateHint, what) : undefined;
    if (end_date !== undefined && end_date < start_date) throw new SkipEntry(`${path}.end_date`, `"end_date" ${end_date} is before "start_date" ${start_date}, so the session never happens`);
    return this.keepUnknown(v, {
      start_date, end_date, time,
      end_time: this.optional(v, 'end_time', path, isTime, timeHint),
      duration: this.optional(v, 'duration', path, (x): x is number => Number.isInteger(x) && (x as number) > 0 && (x as number) <= 24 * 60, (x) => `${describe(x)} should be a number of minutes, 1 to 1440`),
      repeat, interval: interval as number,
      days: this.scheduleDays(v, path),
      weeks: this.scheduleWeeks(v, path, repeat),
      except: this.list(v, 'except', path, isDate, dateHint, '["2026-12-25"]'),
      add: this.list(v, 'add', path, isDate, dateHint, '["2026-12-25"]'),
      by_appointment, timezone,
    });
  }

  private scheduleDays(v: Raw, path: string): Day[] | undefined {
    if (!this.given(v, 'days', path)) return undefined;
    if (!Array.isArray(v.days) || v.days.length === 0 || !v.days.every(isDay)) {
      throw new SkipEntry(`${path}.days`, `${describe(v.days)} should be a list of days from "mo", "tu", "we", "th", "fr", "sa", "su"`);
    }
    return [...v.days];
  }

  private scheduleWeeks(v: Raw, path: string, repeat: string): number[] | undefined {
    const isWeek = (x: unknown): x is number => Number.isInteger(x) && (((x as number) >= 1 && (x as number) <= 5) || x === -1);
    if (!this.given(v, 'weeks', path)) {
      if (repeat === 'monthly') throw new SkipEntry(`${path}.weeks`, 'a monthly schedule needs "weeks", e.g. [2] for the second week or [-1] for the last');
      return undefined;
    }
    if (!Array.isArray(v.weeks) || v.weeks.length === 0 || !v.weeks.every(isWeek)) {
      throw new SkipEntry(`${path}.weeks`, `${describe(v.weeks)} should be a list of weeks of the month: 1 to 5, or -1 for the last`);
    }
    return [...v.weeks];
  }

  private referral(v: Raw, path: string): Referral {
    const timezone = this.optional(v, 'timezone', path, isZone, zoneMessage);
    let hours = this.hours(v, path);
    if (Array.isArray(hours) && hours.length > 0 && timezone === undefined) {
      // Hours in the wrong zone would say a line is open when it is closed.
      if (v.timezone !== undefined && !isBlank(v.timezone)) {
        this.report(`${path}.hours`, 'the opening hours are left out because this referral\'s "timezone" is not usable');
        hours = undefined;
      } else if (this.organizationZone === undefined) {
        this.report(`${path}.hours`, 'opening hours need a time zone: set "timezone" on the organization or on this referral; the hours are left out');
        hours = undefined;
      }
    }
    let place = this.optional(v, 'place', path, isId, (x) => `${describe(x)} is not a place id`);
    if (place !== undefined && !this.placeIds.has(place)) {
      this.report(`${path}.place`, `no place has the id "${place}"; the walk-in address is left out`);
      place = undefined;
    }
    return this.keepUnknown(v, {
      id: v.id as string,
      name: this.requiredText(v, 'name', path, 'A referral'),
      kind: this.string(v, 'kind', path) ?? 'service',
      urgent: this.boolean(v, 'urgent', path),
      description: this.text(v, 'description', path),
      topics: this.codes(v, 'topics', path),
      audiences: this.codes(v, 'audiences', path),
      phone: this.string(v, 'phone', path),
      sms: this.string(v, 'sms', path),
      whatsapp: this.string(v, 'whatsapp', path),
      chat_url: this.url(v, 'chat_url', path),
      url: this.url(v, 'url', path),
      email: this.string(v, 'email', path),
      hours,
      timezone,
      cost: this.optional(v, 'cost', path, (x): x is Referral['cost'] => REFERRAL_COSTS.includes(x as never), (x) => `${describe(x)} is not a cost; use one of ${oneOf(REFERRAL_COSTS)}`),
      languages: this.langs(v, 'languages', path),
      area: this.text(v, 'area', path),
      place,
      walk_in: this.boolean(v, 'walk_in', path),
      referral_required: this.boolean(v, 'referral_required', path),
      eligibility: this.text(v, 'eligibility', path),
      verified: this.date(v, 'verified', path),
    });
  }

  private hours(v: Raw, path: string): Referral['hours'] {
    const example = '"24/7" or [{"days": ["mo", "tu"], "opens": "09:00", "closes": "17:00"}]';
    if (v.hours === '24/7') return '24/7';
    if (typeof v.hours === 'string' && !isBlank(v.hours)) {
      this.report(`${path}.hours`, `${describe(v.hours)} should be ${example}`);
      return undefined;
    }
    const isHours = (x: unknown): x is OpeningHours & Raw =>
      isObject(x) && Array.isArray(x.days) && x.days.length > 0 && x.days.every(isDay) && isTime(x.opens) && isTime(x.closes);
    const hours = this.list(v, 'hours', path, isHours, (x) => `${describe(x)} should be like {"days": ["mo", "tu"], "opens": "09:00", "closes": "17:00"}`, example);
    return hours?.map((h) => this.keepUnknown(h, { days: [...h.days], opens: h.opens, closes: h.closes }));
  }

  private message(v: Raw, path: string): Message {
    const when = (key: 'starts' | 'ends') => {
      if (!this.given(v, key, path)) return undefined;
      const x = v[key];
      // A message shown outside its window could say the wrong thing at the wrong time, so a bad date skips it.
      if (!isDate(x) && !isDateTime(x)) throw new SkipEntry(`${path}.${key}`, `${describe(x)} is not a date; ${DATE_HINT}, or a date and time with an offset`);
      return x;
    };
    let link: Message['link'];
    const l = this.object(v, 'link', path, '{"text": "…", "url": "https://…"}');
    if (l) {
      const missing = l.url === undefined || isBlank(l.url);
      if (missing) this.report(`${path}.link.url`, 'a link needs a "url"; the link is left out');
      const url = missing ? undefined : this.url(l, 'url', `${path}.link`);
      if (url !== undefined) link = this.keepUnknown(l, { text: this.text(l, 'text', `${path}.link`), url });
    }
    let tone = this.given(v, 'tone', path) ? v.tone : 'info';
    if (tone !== 'info' && tone !== 'hope' && tone !== 'urgent') {
      this.report(`${path}.tone`, `${describe(tone)} is not a tone; use "info", "hope" or "urgent"; shown as "info"`);
      tone = 'info';
    }
    return this.keepUnknown(v, {
      id: v.id as string,
      text: this.requiredText(v, 'text', path, 'A message'),
      link,
      starts: when('starts'),
      ends: when('ends'),
      tone: tone as Message['tone'],
    });
  }

  private volunteering(raw: Raw): Volunteering | undefined {
    const path = 'volunteering';
    if (!this.given(raw, path, '')) return undefined;
    const v = raw.volunteering;
    try {
      if (!isObject(v)) throw new SkipEntry(path, '"volunteering" should be an object like {"roles": […], "submit": {…}, "consent": {…}}');
      const roles = this.entries(v, 'roles', (e, p) => this.role(e, p), path);
      if (roles.length === 0) throw new SkipEntry(`${path}.roles`, 'volunteering needs at least one role in "roles"');
      if (!isObject(v.submit)) throw new SkipEntry(`${path}.submit`, 'volunteering needs "submit": {"url": "https://…"} to know where signups go');
      const submitUrl = this.required(v.submit, 'url', `${path}.submit`, isWebUrl, (x) => `${describe(x)} is not a web address signups can be sent to; use an https: address`, '"submit"');
      const format = this.given(v.submit, 'format', `${path}.submit`) ? v.submit.format : 'json';
      if (format !== 'json' && format !== 'form') throw new SkipEntry(`${path}.submit.format`, `${describe(format)} should be "json" or "form"`);
      const c = v.consent;
      if (!isObject(c)) throw new SkipEntry(`${path}.consent`, 'volunteering needs "consent": {"text": "…", "version": "1"}: what people agree to');
      const consent = this.keepUnknown(c, {
        text: this.requiredText(c, 'text', `${path}.consent`, '"consent"'),
        version: this.required(c, 'version', `${path}.consent`, isNonEmptyString, (x) => `${describe(x)} should be text such as "2026-01"`, '"consent"'),
      });
      return this.keepUnknown(v, {
        intro: this.text(v, 'intro', path),
        roles,
        submit: this.keepUnknown(v.submit, { url: submitUrl.trim(), format: format as 'json' | 'form', email: this.string(v.submit, 'email', `${path}.submit`) }),
        fields: this.list(v, 'fields', path, (x): x is SignupField => SIGNUP_FIELDS.includes(x as SignupField), (x) => `${describe(x)} is not a signup question; use ${oneOf(SIGNUP_FIELDS)}`) ?? [],
        consent,
        privacy_url: this.url(v, 'privacy_url', path),
        thanks: this.text(v, 'thanks', path),
      });
    } catch (e) {
      if (!(e instanceof SkipEntry)) throw e;
      this.report(e.path, `${e.message}. The volunteer signup is left out.`, true);
      return undefined;
    }
  }

  private role(v: Raw, path: string): VolunteerRole {
    return this.keepUnknown(v, {
      id: v.id as string,
      title: this.requiredText(v, 'title', path, 'A role'),
      description: this.text(v, 'description', path),
      commitment: this.text(v, 'commitment', path),
      training: this.text(v, 'training', path),
      min_age: this.optional(v, 'min_age', path, (x): x is number => Number.isInteger(x) && (x as number) > 0 && (x as number) < 130, (x) => `${describe(x)} should be an age in whole years`),
    });
  }

  private labels(raw: Raw): Labels {
    const v = this.object(raw, 'labels', '', '{"audiences": {"farmers": "Farmers"}}');
    if (!v) return {};
    const labels: Labels = { audiences: undefined, kinds: undefined, topics: undefined, accessibility: undefined };
    for (const category of ['audiences', 'kinds', 'topics', 'accessibility'] as const) {
      const group = this.object(v, category, 'labels', '{"farmers": "Farmers"}: code → label');
      if (!group) continue;
      const out: Record<string, Text> = Object.create(null);
      for (const code of Object.keys(group)) {
        if (isUnsafeKey(code)) continue;
        const text = this.text(group, code, `labels.${category}`);
        if (text !== undefined) out[code] = text;
      }
      labels[category] = out;
    }
    return this.keepUnknown(v, labels);
  }
}

/**
 * Checks a feed (JSON text or an already parsed value) against version 1.
 * Returns the usable feed and every problem found; throws FeedError only
 * when the file as a whole cannot be used.
 */
export function parseFeed(input: unknown): ParsedFeed {
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
  const reader = new FeedReader();
  const feed = reader.read(raw);
  return { feed, problems: reader.problems };
}
