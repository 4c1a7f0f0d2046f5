/**
 * parseFeed: the one gate between a feed file and the widgets.
 * Every rule of shared/spec/feed-format.md lives here. Only a file that is
 * not JSON or has no known `version` fails whole (FeedError); anything
 * else wrong is reported as a FeedProblem with its path, and the entry it
 * spoils, or only the field, is left out so the rest still shows.
 */
import {
  describe, isDate, isDateTime, isId, isLang, isNonEmptyString, isObject, isTime, isUnsafeKey, isZone,
} from './checks.js';
import { safeUrl } from '../internal/safe-url.js';
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

function zoneMessage(v: unknown): string {
  if (typeof v === 'string' && /^(UTC|GMT)?\s*[+-]\d/.test(v)) {
    return `${describe(v)} is not a time zone name; use one like "America/New_York"`;
  }
  return `${describe(v)} is not a known time zone; use an IANA name like "America/Chicago" or "Asia/Jakarta"`;
}

class FeedReader {
  readonly problems: FeedProblem[] = [];
  private organizationZone: string | undefined;
  private placeIds = new Set<string>();

  report(path: string, message: string, skipped = false): void {
    this.problems.push({ path, message, skipped });
  }

  // ---- field readers: return the value, or undefined after reporting why it was dropped

  /** A field that must pass `check`; a bad value is reported and dropped. */
  optional<T>(raw: Raw, key: string, path: string, check: (v: unknown) => v is T, hint: (v: unknown) => string): T | undefined {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (check(v)) return v;
    this.report(`${path}.${key}`, hint(v));
    return undefined;
  }

  /** A field the entry cannot do without: missing or bad skips the entry. */
  required<T>(raw: Raw, key: string, path: string, check: (v: unknown) => v is T, hint: (v: unknown) => string, what: string): T {
    const v = raw[key];
    if (v === undefined || v === null || v === '') throw new SkipEntry(`${path}.${key}`, `${what} needs "${key}"; it is missing`);
    if (!check(v)) throw new SkipEntry(`${path}.${key}`, hint(v));
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

  url(raw: Raw, key: string, path: string): string | undefined {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    const safe = safeUrl(v);
    if (safe === undefined) {
      this.report(`${path}.${key}`, `${describe(v)} is not a safe link; use an https:, http:, mailto:, tel: or sms: address, or a relative one`);
    }
    return safe;
  }

  /** Text: a string or a map of language tag → string (principle 4). */
  text(raw: Raw, key: string, path: string): Text | undefined {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    const text = this.readText(v, `${path}.${key}`);
    if (text === undefined) this.report(`${path}.${key}`, `${describe(v)} should be text, or an object of language → text like {"en": "…", "es": "…"}`);
    return text;
  }

  requiredText(raw: Raw, key: string, path: string, what: string): Text {
    const v = raw[key];
    if (v === undefined || v === null || v === '') throw new SkipEntry(`${path}.${key}`, `${what} needs "${key}"; it is missing`);
    const text = this.readText(v, `${path}.${key}`);
    if (text === undefined) throw new SkipEntry(`${path}.${key}`, `${describe(v)} should be text, or an object of language → text like {"en": "…", "es": "…"}`);
    return text;
  }

  private readText(v: unknown, path: string): Text | undefined {
    if (isNonEmptyString(v)) return v;
    if (!isObject(v)) return undefined;
    const map: Record<string, string> = Object.create(null);
    for (const [lang, value] of Object.entries(v)) {
      if (!isLang(lang) || isUnsafeKey(lang)) {
        this.report(`${path}.${lang}`, `${describe(lang)} is not a language tag; use one like "en", "es" or "pt-BR"`);
      } else if (!isNonEmptyString(value)) {
        this.report(`${path}.${lang}`, `${describe(value)} should be text`);
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
  list<T>(raw: Raw, key: string, path: string, check: (v: unknown) => v is T, hint: (v: unknown) => string): T[] | undefined {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.report(`${path}.${key}`, `${describe(v)} should be a list, like ["${key === 'days' ? 'mo' : 'a'}", "…"]`);
      return undefined;
    }
    return v.filter((item, i) => {
      if (check(item)) return true;
      this.report(`${path}.${key}[${i}]`, hint(item));
      return false;
    });
  }

  /** Fields nobody here knows are kept as they are (principle 3), minus keys that could reach a prototype. */
  keepUnknown<T extends object>(raw: Raw, known: T): T {
    for (const key of Object.keys(raw)) {
      if (!(key in known) && !isUnsafeKey(key)) (known as Raw)[key] = raw[key];
    }
    return known;
  }

  /** Reads an array of entries; a broken entry is skipped and reported, the rest kept. */
  entries<T extends { id: string }>(raw: Raw, key: string, read: (entry: Raw, path: string) => T, parent = ''): T[] {
    const v = raw[key];
    const listPath = parent ? `${parent}.${key}` : key;
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.report(listPath, `"${key}" should be a list of entries`, true);
      return [];
    }
    const seen = new Set<string>();
    const out: T[] = [];
    v.forEach((entry, i) => {
      const path = `${listPath}[${i}]`;
      try {
        if (!isObject(entry)) throw new SkipEntry(path, `${describe(entry)} should be an object with fields like "id"`);
        const id = this.required(entry, 'id', path, isId, (x) => `${describe(x)} is not a usable id; use letters, digits, "-" and "_"`, 'Every entry');
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
    const organization = this.organization(raw.organization);
    const places = this.entries(raw, 'places', (e, p) => this.place(e, p));
    for (const place of places) this.placeIds.add(place.id);
    const feed: Feed = {
      version: 1,
      updated: this.optional(raw, 'updated', '', isDateTime, (v) => `${describe(v)} is not a date and time with an offset, e.g. "2026-03-14T09:00:00-05:00"`),
      organization,
      places,
      sessions: this.entries(raw, 'sessions', (e, p) => this.session(e, p)),
      referrals: this.entries(raw, 'referrals', (e, p) => this.referral(e, p)),
      messages: this.entries(raw, 'messages', (e, p) => this.message(e, p)),
      volunteering: this.volunteering(raw.volunteering),
      labels: this.labels(raw.labels),
    };
    return this.keepUnknown(raw, feed);
  }

  private organization(v: unknown): Organization {
    const path = 'organization';
    if (!isObject(v)) {
      this.report(path, v === undefined ? '"organization" is missing; say who publishes this feed, e.g. {"name": "…", "timezone": "America/Chicago"}' : '"organization" should be an object');
      return { name: '', language: 'en' };
    }
    const name = this.text(v, 'name', path);
    if (name === undefined && v.name === undefined) this.report(`${path}.name`, 'the organization needs a "name"');
    const timezone = this.optional(v, 'timezone', path, isZone, zoneMessage);
    this.organizationZone = timezone;
    const emergency = isObject(v.emergency) && isNonEmptyString(v.emergency.number)
      ? { number: v.emergency.number, label: this.text(v.emergency, 'label', `${path}.emergency`) }
      : undefined;
    if (v.emergency !== undefined && !emergency) this.report(`${path}.emergency`, 'the emergency entry needs a "number", e.g. {"number": "911"}');
    const contact = isObject(v.contact)
      ? { email: this.string(v.contact, 'email', `${path}.contact`), phone: this.string(v.contact, 'phone', `${path}.contact`), url: this.url(v.contact, 'url', `${path}.contact`) }
      : undefined;
    return this.keepUnknown(v, {
      name: name ?? '',
      url: this.url(v, 'url', path),
      timezone,
      language: this.optional(v, 'language', path, isLang, (x) => `${describe(x)} is not a language tag; use one like "en"`) ?? 'en',
      country: this.optional(v, 'country', path, (x): x is string => typeof x === 'string' && /^[A-Za-z]{2}$/.test(x), (x) => `${describe(x)} is not a two-letter country code such as "US"`),
      emergency,
      contact,
      feedback_url: this.url(v, 'feedback_url', path),
    });
  }

  private place(v: Raw, path: string): Place {
    const place: Place = {
      id: v.id as string,
      name: this.requiredText(v, 'name', path, 'A place'),
      kind: this.string(v, 'kind', path),
      address: this.string(v, 'address', path),
      directions: this.text(v, 'directions', path),
      accessibility: this.codes(v, 'accessibility', path),
    };
    const { lat, lng } = v;
    if (lat !== undefined || lng !== undefined) {
      if (typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
        Object.assign(place, { lat, lng });
      } else {
        this.report(`${path}.lat`, 'give both "lat" and "lng" as numbers (latitude −90 to 90, longitude −180 to 180), or neither; the position is left out');
      }
    }
    if (v.address_on_request !== undefined) {
      // A privacy setting: when in doubt, keep the address private.
      place.address_on_request = v.address_on_request !== false;
      if (typeof v.address_on_request !== 'boolean') this.report(`${path}.address_on_request`, `${describe(v.address_on_request)} should be true or false; treated as true so the address stays private`);
    }
    return this.keepUnknown(v, place);
  }

  private session(v: Raw, path: string): Session {
    const title = this.requiredText(v, 'title', path, 'A session');
    let place: string | undefined;
    if (v.place !== undefined) {
      place = this.required(v, 'place', path, isId, (x) => `${describe(x)} is not a place id`, 'A session');
      if (!this.placeIds.has(place)) throw new SkipEntry(`${path}.place`, `no place has the id "${place}"; add it to "places" or fix the id`);
    }
    let online: Session['online'];
    if (v.online !== undefined) {
      if (!isObject(v.online)) throw new SkipEntry(`${path}.online`, '"online" should be an object like {"url": "https://…"}');
      online = { url: this.url(v.online, 'url', `${path}.online`), phone: this.string(v.online, 'phone', `${path}.online`), notes: this.text(v.online, 'notes', `${path}.online`) };
    }
    if (place === undefined && online === undefined) throw new SkipEntry(path, 'a session needs a "place" or "online" (or both)');
    const status = v.status ?? 'active';
    if (status !== 'active' && status !== 'paused' && status !== 'cancelled') {
      throw new SkipEntry(`${path}.status`, `${describe(status)} is not a status; use "active", "paused" or "cancelled"`);
    }
    if (!isObject(v.schedule)) throw new SkipEntry(`${path}.schedule`, v.schedule === undefined ? 'a session needs a "schedule"' : '"schedule" should be an object');
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
      cost: v.cost === undefined ? 'free' : this.text(v, 'cost', path) ?? 'free',
      registration: isObject(v.registration) ? this.registration(v.registration, `${path}.registration`) : undefined,
      contact: isObject(v.contact)
        ? { name: this.string(v.contact, 'name', `${path}.contact`), email: this.string(v.contact, 'email', `${path}.contact`), phone: this.string(v.contact, 'phone', `${path}.contact`) }
        : undefined,
      accessibility: this.codes(v, 'accessibility', path),
      status,
      updated: this.date(v, 'updated', path),
    });
  }

  private registration(v: Raw, path: string): Session['registration'] {
    return {
      required: this.boolean(v, 'required', path),
      url: this.url(v, 'url', path),
      email: this.string(v, 'email', path),
      phone: this.string(v, 'phone', path),
      notes: this.text(v, 'notes', path),
    };
  }

  private schedule(v: Raw, path: string): Schedule {
    const what = 'A schedule';
    const timezone = v.timezone === undefined ? this.organizationZone : this.required(v, 'timezone', path, isZone, zoneMessage, what);
    if (timezone === undefined) throw new SkipEntry(`${path}.timezone`, 'no time zone: set "timezone" on the organization or on this schedule');
    const start_date = this.required(v, 'start_date', path, isDate, (x) => `${describe(x)} is not a date; ${DATE_HINT}`, what);
    const by_appointment = this.boolean(v, 'by_appointment', path);
    const time = by_appointment
      ? this.optional(v, 'time', path, isTime, (x) => `${describe(x)} is not a time; ${TIME_HINT}`)
      : this.required(v, 'time', path, isTime, (x) => `${describe(x)} is not a time; ${TIME_HINT}`, 'A schedule without "by_appointment"');
    const repeat = v.repeat ?? 'none';
    if (repeat !== 'none' && repeat !== 'weekly' && repeat !== 'monthly') {
      throw new SkipEntry(`${path}.repeat`, `${describe(repeat)} is not a repeat; use "none", "weekly" or "monthly"`);
    }
    const interval = v.interval ?? 1;
    if (!Number.isInteger(interval) || (interval as number) < 1) throw new SkipEntry(`${path}.interval`, `${describe(interval)} should be a whole number of 1 or more`);
    const end_date = this.date(v, 'end_date', path);
    if (end_date !== undefined && end_date < start_date) throw new SkipEntry(`${path}.end_date`, `"end_date" ${end_date} is before "start_date" ${start_date}, so the session never happens`);
    const days = this.scheduleDays(v, path);
    const weeks = this.scheduleWeeks(v, path, repeat);
    const duration = this.optional(v, 'duration', path, (x): x is number => Number.isInteger(x) && (x as number) > 0 && (x as number) <= 24 * 60, (x) => `${describe(x)} should be a number of minutes, 1 to 1440`);
    return this.keepUnknown(v, {
      start_date, end_date, time,
      end_time: this.optional(v, 'end_time', path, isTime, (x) => `${describe(x)} is not a time; ${TIME_HINT}`),
      duration, repeat, interval: interval as number, days, weeks,
      except: this.list(v, 'except', path, isDate, (x) => `${describe(x)} is not a date; ${DATE_HINT}`),
      add: this.list(v, 'add', path, isDate, (x) => `${describe(x)} is not a date; ${DATE_HINT}`),
      by_appointment, timezone,
    });
  }

  private scheduleDays(v: Raw, path: string): Day[] | undefined {
    if (v.days === undefined) return undefined;
    const isDay = (x: unknown): x is Day => DAYS.includes(x as Day);
    if (!Array.isArray(v.days) || v.days.length === 0 || !v.days.every(isDay)) {
      throw new SkipEntry(`${path}.days`, `${describe(v.days)} should be a list of days from "mo", "tu", "we", "th", "fr", "sa", "su"`);
    }
    return v.days;
  }

  private scheduleWeeks(v: Raw, path: string, repeat: string): number[] | undefined {
    const isWeek = (x: unknown): x is number => Number.isInteger(x) && (((x as number) >= 1 && (x as number) <= 5) || x === -1);
    if (v.weeks === undefined) {
      if (repeat === 'monthly') throw new SkipEntry(`${path}.weeks`, 'a monthly schedule needs "weeks", e.g. [2] for the second week or [-1] for the last');
      return undefined;
    }
    if (!Array.isArray(v.weeks) || v.weeks.length === 0 || !v.weeks.every(isWeek)) {
      throw new SkipEntry(`${path}.weeks`, `${describe(v.weeks)} should be a list of weeks of the month: 1 to 5, or -1 for the last`);
    }
    return v.weeks;
  }

  private referral(v: Raw, path: string): Referral {
    const timezone = this.optional(v, 'timezone', path, isZone, zoneMessage);
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
      hours: this.hours(v, path),
      timezone,
      cost: this.optional(v, 'cost', path, (x): x is Referral['cost'] => REFERRAL_COSTS.includes(x as never), (x) => `${describe(x)} is not a cost; use one of ${REFERRAL_COSTS.map((c) => `"${c}"`).join(', ')}`),
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
    if (v.hours === '24/7') return '24/7';
    const isHours = (x: unknown): x is OpeningHours =>
      isObject(x) && Array.isArray(x.days) && x.days.length > 0 && x.days.every((d) => DAYS.includes(d as Day)) && isTime(x.opens) && isTime(x.closes);
    const hours = this.list(v, 'hours', path, isHours, (x) => `${describe(x)} should be like {"days": ["mo", "tu"], "opens": "09:00", "closes": "17:00"}`);
    return hours?.map(({ days, opens, closes }) => ({ days, opens, closes }));
  }

  private message(v: Raw, path: string): Message {
    const when = (key: 'starts' | 'ends') => {
      const x = v[key];
      if (x === undefined || x === null) return undefined;
      // A message shown outside its window could say the wrong thing at the wrong time, so a bad date skips it.
      if (!isDate(x) && !isDateTime(x)) throw new SkipEntry(`${path}.${key}`, `${describe(x)} is not a date; ${DATE_HINT}, or a date and time with an offset`);
      return x;
    };
    let link: Message['link'];
    if (isObject(v.link)) {
      const url = this.url(v.link, 'url', `${path}.link`);
      if (url) link = { url, text: this.text(v.link, 'text', `${path}.link`) };
    } else if (v.link !== undefined) {
      this.report(`${path}.link`, '"link" should be an object like {"text": "…", "url": "https://…"}');
    }
    const tone = v.tone ?? 'info';
    return this.keepUnknown(v, {
      id: v.id as string,
      text: this.requiredText(v, 'text', path, 'A message'),
      link,
      starts: when('starts'),
      ends: when('ends'),
      tone: tone === 'hope' || tone === 'urgent' ? tone : (tone !== 'info' && this.report(`${path}.tone`, `${describe(tone)} is not a tone; use "info", "hope" or "urgent"`), 'info'),
    });
  }

  private volunteering(v: unknown): Volunteering | undefined {
    const path = 'volunteering';
    if (v === undefined || v === null) return undefined;
    try {
      if (!isObject(v)) throw new SkipEntry(path, '"volunteering" should be an object');
      const roles = this.entries(v, 'roles', (e, p) => this.role(e, p), path);
      if (roles.length === 0) throw new SkipEntry(`${path}.roles`, 'volunteering needs at least one role in "roles"');
      if (!isObject(v.submit)) throw new SkipEntry(`${path}.submit`, 'volunteering needs "submit": {"url": "https://…"} to know where signups go');
      const submitUrl = this.required(v.submit, 'url', `${path}.submit`, (x): x is string => safeUrl(x) !== undefined && !/^\s*(mailto|tel|sms):/i.test(x as string), (x) => `${describe(x)} is not a web address signups can be sent to`, 'Submit');
      const format = v.submit.format ?? 'json';
      if (format !== 'json' && format !== 'form') throw new SkipEntry(`${path}.submit.format`, `${describe(format)} should be "json" or "form"`);
      if (!isObject(v.consent)) throw new SkipEntry(`${path}.consent`, 'volunteering needs "consent": {"text": "…", "version": "1"}: what people agree to');
      const consent = {
        text: this.requiredText(v.consent, 'text', `${path}.consent`, 'Consent'),
        version: this.required(v.consent, 'version', `${path}.consent`, isNonEmptyString, (x) => `${describe(x)} should be text such as "2026-01"`, 'Consent'),
      };
      return this.keepUnknown(v, {
        intro: this.text(v, 'intro', path),
        roles,
        submit: { url: submitUrl.trim(), format: format as 'json' | 'form', email: this.string(v.submit, 'email', `${path}.submit`) },
        fields: this.list(v, 'fields', path, (x): x is SignupField => SIGNUP_FIELDS.includes(x as SignupField), (x) => `${describe(x)} is not a signup question; use ${SIGNUP_FIELDS.map((f) => `"${f}"`).join(', ')}`) ?? [],
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

  private labels(v: unknown): Labels {
    const labels: Labels = {};
    if (v === undefined || v === null) return labels;
    if (!isObject(v)) {
      this.report('labels', '"labels" should be an object like {"audiences": {"farmers": "Farmers"}}');
      return labels;
    }
    for (const category of ['audiences', 'kinds', 'topics', 'accessibility'] as const) {
      const group = v[category];
      if (group === undefined) continue;
      if (!isObject(group)) {
        this.report(`labels.${category}`, `"labels.${category}" should be an object of code → label`);
        continue;
      }
      const out: Record<string, Text> = Object.create(null);
      for (const code of Object.keys(group)) {
        if (isUnsafeKey(code)) continue;
        const text = this.text(group, code, `labels.${category}`);
        if (text !== undefined) out[code] = text;
      }
      labels[category] = out;
    }
    return labels;
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
    try {
      raw = JSON.parse(input);
    } catch (e) {
      throw new FeedError('not-json', `The feed is not valid JSON (${(e as Error).message}). Check it with a JSON validator.`);
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
