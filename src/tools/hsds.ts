/**
 * `care-widgets import hsds`: referrals from Open Referral HSDS 3 services
 * (docs.openreferral.org): each active service becomes a referral, with its
 * phones, weekly schedules as opening hours, languages, service areas and
 * first physical location as the walk-in place. Every field with no place in
 * the care feed is reported. Reads the JSON forms of HSDS 3: a list of
 * services, one service, a page of them (`{"contents": […]}`) or an
 * organization with its `services`. Pure.
 */
import type { OpeningHours } from '../feed/index.js';
import { readDay, readTime } from './cells.js';
import {
  Unmapped, dateIn, formatOf, hasValue, isRecord, nothingToImport, number, organizationFrom, organizationNotes, text, uniqueId, withoutEmpty,
  type ImportOptions, type ImportResult,
} from './import-report.js';

type Row = Record<string, unknown>;

const list = (v: unknown): Row[] => (Array.isArray(v) ? v.filter(isRecord) : []);

const SERVICE_FIELDS = new Set([
  'id', 'name', 'description', 'url', 'email', 'status', 'phones', 'schedules', 'languages', 'service_areas',
  'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'fees_description', 'cost_options',
  'service_at_locations', 'organization', 'organization_id',
]);
const SERVICE_WHY: Record<string, string> = {
  alternate_name: 'a referral has one name',
  application_process: 'say how to apply in the description',
  interpretation_services: 'list the languages in "languages", or say it in the description',
  alert: 'the banner\'s messages are the place for alerts',
  contacts: 'referrals list the service\'s own phone, email and links, not named people',
  attributes: 'taxonomy terms do not map to the care feed\'s topics by themselves: add topics by hand',
};
const PHONE_FIELDS = new Set(['id', 'number', 'type', 'service_id', 'location_id', 'organization_id', 'service_at_location_id', 'contact_id']);
const SCHEDULE_FIELDS = new Set([
  'id', 'freq', 'byday', 'opens_at', 'closes_at', 'interval', 'service_id', 'location_id', 'service_at_location_id', 'wkst',
  'bymonthday', 'byweekno', 'byyearday', 'valid_from', 'valid_to', 'dtstart', 'until', 'count',
]);
const LOCATION_FIELDS = new Set(['id', 'name', 'location_type', 'latitude', 'longitude', 'addresses', 'transportation', 'url', 'organization_id', 'phones', 'schedules']);
const LANGUAGE_FIELDS = new Set(['id', 'name', 'code', 'service_id', 'location_id', 'phone_id']);
const AREA_FIELDS = new Set(['id', 'name', 'description', 'service_id', 'service_at_location_id', 'extent_type']);
const ORGANIZATION_FIELDS = new Set(['id', 'name', 'website', 'url', 'email', 'services']);
const ADDRESS_FIELDS = new Set(['id', 'location_id', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type', 'region']);

/** The services in any of the JSON forms HSDS 3 is published in. */
function servicesOf(input: unknown): { services: Row[]; organization?: Row } | undefined {
  if (Array.isArray(input)) return { services: list(input) };
  if (!isRecord(input)) return undefined;
  if (Array.isArray(input.contents)) return { services: list(input.contents) };
  if (Array.isArray(input.services)) return { services: list(input.services), organization: input };
  if (typeof input.name === 'string' && 'id' in input) return { services: [input] };
  return undefined;
}

export function feedFromHsds(input: unknown, options: ImportOptions): ImportResult {
  const found = servicesOf(input);
  if (found && formatOf(found.services) === 'meeting-guide') {
    return nothingToImport('this is a Meeting Guide feed (meetings with a "day" and "time"), not HSDS services: use care-widgets import meeting-guide', options);
  }
  if (!found) return nothingToImport('no HSDS services found: expected a list of services, {"contents": [services]} or an organization with "services" (the CSV data package form is not read; use its JSON form)', options);
  const unmapped = new Unmapped();
  const notes: ImportResult['notes'] = [];
  const source = found.organization ?? found.services.map((s) => s.organization).find(isRecord) ?? {};
  unmapped.rest(source, ORGANIZATION_FIELDS, 'organization.');
  const organization = organizationFrom({ name: text(source.name), url: text(source.website) ?? text(source.url), contact: text(source.email) ? { email: text(source.email) } : undefined }, options);

  const referralIds = new Set<string>();
  const placeIds = new Set<string>();
  const places = new Map<string, Row>();
  const referrals: Row[] = [];
  /** Locations with no name and no address, by id, with what became of each service that named them. */
  const emptyLocations = new Map<string, string[]>();
  found.services.forEach((service, i) => {
    const name = text(service.name) ?? `services[${i}]`;
    const status = text(service.status);
    if (status && status !== 'active') {
      notes.push({ where: `services[${i}] (${name})`, message: `its status is "${status}", so it is not imported` });
      return;
    }
    unmapped.rest(service, SERVICE_FIELDS, '', SERVICE_WHY);
    const referral: Row = {
      id: uniqueId(text(service.id) ?? name, referralIds),
      name: text(service.name),
      description: text(service.description),
      url: text(service.url),
      email: text(service.email),
      eligibility: eligibility(service),
      verified: text(service.assured_date)?.slice(0, 10),
      cost: costOf(service, unmapped),
    };
    const siteLocations = list(service.service_at_locations);
    const locations = siteLocations.map((sal) => sal.location).filter(isRecord);
    Object.assign(referral, phonesOf([...list(service.phones), ...siteLocations.flatMap((sal) => list(sal.phones))], unmapped));
    const schedules = inForce([...list(service.schedules), ...siteLocations.flatMap((sal) => list(sal.schedules))], dateIn(options.today, organization.timezone), notes, `services[${i}] (${name})`);
    const hours = hoursOf(schedules, unmapped, notes, name, `services[${i}] (${name})`);
    if (hours) referral.hours = hours;
    for (const language of list(service.languages)) {
      unmapped.rest(language, LANGUAGE_FIELDS, 'languages[].');
      if (!text(language.code) && text(language.name)) unmapped.add('languages[] without a code', 'languages are tags such as "hmn": add them by hand');
    }
    const languages = list(service.languages).map((l) => text(l.code)).filter((c): c is string => !!c);
    if (languages.length > 0) referral.languages = [...new Set(languages)];
    list(service.service_areas).forEach((area) => unmapped.rest(area, AREA_FIELDS, 'service_areas[].', { extent: 'the area is said in words' }));
    const areas = list(service.service_areas).map((a) => text(a.name) ?? text(a.description)).filter(Boolean);
    if (areas.length > 0) referral.area = areas.join(', ');

    // A location with no name and no address would be a place the feed leaves out, and the referral's
    // walk-in address with it: the service takes its next location instead, or none, and is said so.
    const physical = locations.filter((l) => text(l.location_type) !== 'virtual');
    const usable = physical.filter((l) => text(l.name) || addressLines(l));
    usable.slice(1).forEach(() => unmapped.add('service_at_locations (after the first)', 'a referral has one walk-in place'));
    let walkIn = 'listed without a walk-in place';
    if (usable[0]) {
      const place = placeOf(usable[0], unmapped);
      const key = text(usable[0].id) ?? JSON.stringify(place);
      if (!places.has(key)) places.set(key, { id: uniqueId(text(usable[0].id) ?? String(place.name), placeIds), ...place });
      referral.place = places.get(key)!.id;
      walkIn = `its walk-in place is "${String(place.name)}"`;
    }
    for (const location of physical.filter((l) => !usable.includes(l))) {
      const id = text(location.id);
      const key = id ? `location "${id}"` : 'a location with no id';
      emptyLocations.set(key, [...(emptyLocations.get(key) ?? []), `"${name}" (${walkIn})`]);
    }
    const virtual = locations.find((l) => text(l.location_type) === 'virtual' && text(l.url));
    if (virtual && !referral.url) referral.url = text(virtual.url);
    referrals.push(withoutEmpty(referral));
  });

  for (const [where, services] of emptyLocations) {
    notes.push({
      where,
      message: `has no name and no address, so it is not made a place; the ${services.length === 1 ? 'service that names it' : 'services that name it'}: ${services.join(', ')}. `
        + `Give the location a name or an address in the source, or add a "place" to ${services.length === 1 ? 'the referral' : 'the referrals'} by hand.`,
    });
  }
  notes.push(...organizationNotes(organization, referrals.some((r) => Array.isArray(r.hours))));
  return { feed: { version: 1, organization, places: [...places.values()], referrals }, notes, unmapped: unmapped.list() };
}

function eligibility(service: Row): string | undefined {
  const described = text(service.eligibility_description);
  if (described) return described;
  const min = number(service.minimum_age);
  const max = number(service.maximum_age);
  if (min !== undefined && max !== undefined) return `Ages ${min}–${max}`;
  if (min !== undefined) return `Ages ${min} and over`;
  if (max !== undefined) return `Up to age ${max}`;
  return undefined;
}

/** "free" when the service says it is; any other cost is reported, as the care feed's cost is one word. */
function costOf(service: Row, unmapped: Unmapped): string | undefined {
  const fees = text(service.fees_description);
  const options = list(service.cost_options);
  if ((fees && /^free\b/i.test(fees)) || (options.length > 0 && options.every((o) => number(o.amount) === 0))) return 'free';
  if (fees) unmapped.add('fees_description', 'cost is one of free, low-cost, sliding-scale, insurance, paid: set it by hand');
  if (options.length > 0) unmapped.add('cost_options', 'cost is one of free, low-cost, sliding-scale, insurance, paid: set it by hand');
  return undefined;
}

/** The first voice number as `phone`, the first text number as `sms`; the rest are reported. */
function phonesOf(phones: Row[], unmapped: Unmapped): Row {
  const out: Row = {};
  for (const phone of phones) {
    unmapped.rest(phone, PHONE_FIELDS, 'phones[].', { extension: 'a phone link cannot dial an extension: say it in the description' });
    const type = (text(phone.type) ?? 'voice').toLowerCase();
    const key = type === 'text' ? 'sms' : type === 'voice' || type === 'cell' ? 'phone' : undefined;
    if (!key) unmapped.add(`phones[] of type ${type}`);
    else if (out[key]) unmapped.add(`phones[] (more than one ${key === 'sms' ? 'text' : 'voice'} number)`, 'a referral has one phone and one SMS number');
    else out[key] = text(phone.number);
  }
  return out;
}

/**
 * Weekly schedules as opening hours. HSDS times may carry an offset
 * (`09:00-05:00`); the care feed's hours are wall-clock times in a named
 * zone, so the offset is dropped and the person is told to give --timezone.
 * The feed's hours are known whole or not at all (src/feed/validate.ts): a
 * week with a day or a time missing would show the service closed when it is
 * open. So a schedule that cannot be weekly hours (a first-Saturday drop-in,
 * every other week, a time that cannot be read) or a weekly one with a day
 * that cannot be read (`MO,TU,W`) leaves out all the service's hours, and a
 * note names the service and the schedule.
 */
function hoursOf(schedules: Row[], unmapped: Unmapped, notes: ImportResult['notes'], name: string, where: string): Row['hours'] {
  const hours: OpeningHours[] = [];
  const unreadDays: string[] = [];
  const unread: string[] = [];
  const notWeekly: string[] = [];
  let offsets = false;
  for (const schedule of schedules) {
    unmapped.rest(schedule, SCHEDULE_FIELDS, 'schedules[].', {
      description: 'hours are structured in the care feed; put words about them in the description',
      timezone: 'an offset is not a time zone; give --timezone',
    });
    const freq = (text(schedule.freq) ?? 'WEEKLY').toUpperCase();
    const interval = number(schedule.interval) ?? 1;
    const codes = (text(schedule.byday) ?? '').split(',').map((d) => d.trim()).filter(Boolean);
    const days = codes.map((d) => readDay(d)).filter((d) => d !== undefined);
    const opensAt = text(schedule.opens_at);
    const closesAt = text(schedule.closes_at);
    offsets ||= [opensAt, closesAt].some((t) => t && /(Z|[+-]\d{2}(:?\d{2})?)$/.test(t) && t.length > 8);
    const opens = opensAt && readTime(opensAt.replace(/(Z|[+-]\d{2}(:?\d{2})?)$/, '').slice(0, 8));
    const closes = closesAt && readTime(closesAt.replace(/(Z|[+-]\d{2}(:?\d{2})?)$/, '').slice(0, 8));
    const why = whyNotWeekly(schedule, freq, interval, codes, opens, closes);
    if (why) {
      notWeekly.push(`${text(schedule.id) ? `schedule "${text(schedule.id)}"` : 'a schedule with no id'} ${why}`);
      continue;
    }
    if (days.length < codes.length) {
      unreadDays.push(`"${text(schedule.byday)}"`);
      unread.push(...codes.filter((d) => !readDay(d)).map((d) => `"${d}"`));
      continue;
    }
    hours.push({ days, opens: opens!, closes: closes! });
  }
  if (offsets) notes.push({ where: name, message: 'the schedule times carry a UTC offset; they are read as local times in the feed\'s --timezone' });
  if (unreadDays.length > 0) {
    notes.push({
      where,
      message: `${unreadDays.length === 1 ? `a schedule's byday ${unreadDays[0]} has` : `its schedules' byday ${unreadDays.join(' and ')} have`} `
        + `${unread.length === 1 ? 'a day' : 'days'} that cannot be read (${unread.join(', ')}; days are MO, TU, WE, TH, FR, SA, SU), so none of its opening hours are imported: `
        + 'hours with a day missing would show it closed when it is open. Fix the day in the source, or add "hours" to the referral by hand.',
    });
  }
  if (notWeekly.length > 0) {
    const others = hours.length > 0 || unreadDays.length > 0;
    notes.push({
      where,
      message: `${notWeekly.join('; ')}: opening hours are days with an opening and a closing time every week, `
        + (others ? 'so none of its opening hours are imported, as its weekly hours alone would show it closed when it is open. ' : 'so it has no opening hours in the feed. ')
        + 'Say its times in the referral\'s description, or fix the schedule in the source and import again.',
    });
  }
  if (unreadDays.length > 0 || notWeekly.length > 0 || hours.length === 0) return undefined;
  const allWeek = hours.some((h) => h.days.length === 7 && h.opens === '00:00' && (h.closes === '23:59' || h.closes === '00:00'));
  return allWeek ? '24/7' : hours;
}

/**
 * The schedules in force today. The feed's opening hours hold always, with no dates: a schedule that has ended
 * (`valid_to`, `until`) or not yet begun (`valid_from`, `dtstart`) is left out, with a note, rather than show the
 * service open at hours it keeps no more or not yet; one that will end keeps its hours, and a note says when to
 * change them.
 */
function inForce(schedules: Row[], today: string, notes: ImportResult['notes'], where: string): Row[] {
  const said = (schedule: Row) => (text(schedule.id) ? `schedule "${text(schedule.id)}"` : 'a schedule with no id');
  /** Of the dates in these fields, the first (or the last), with its field: ISO dates and date-times compare as text. */
  const dateOf = (schedule: Row, fields: string[], last: boolean) => fields
    .map((field) => ({ field, date: text(schedule[field])?.slice(0, 10) ?? '' }))
    .filter(({ date }) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .sort((a, b) => (a.date < b.date) === last ? 1 : -1)[0];
  return schedules.filter((schedule) => {
    const start = dateOf(schedule, ['valid_from', 'dtstart'], true);
    const end = dateOf(schedule, ['valid_to', 'until'], false);
    if (end && end.date < today) {
      notes.push({ where, message: `${said(schedule)} ended on ${end.date} ("${end.field}"), so it is not imported` });
      return false;
    }
    if (start && start.date > today) {
      notes.push({ where, message: `${said(schedule)} begins on ${start.date} ("${start.field}"), so it is not imported: add its hours to the referral then, or import again` });
      return false;
    }
    const count = number(schedule.count);
    if (end || count !== undefined) {
      const until = end ? `ends on ${end.date} ("${end.field}")` : `ends after ${count} openings ("count")`;
      notes.push({ where, message: `${said(schedule)} ${until}: its hours are imported, and the feed's opening hours have no end date, so change them when it ends` });
    }
    return true;
  });
}

/** Why a schedule is not weekly opening hours, in its own fields' words; undefined when it is. */
function whyNotWeekly(schedule: Row, freq: string, interval: number, codes: string[], opens: string | undefined, closes: string | undefined): string | undefined {
  const value = (key: string) => `"${key}": ${JSON.stringify(schedule[key])}`;
  const why: string[] = [];
  // An RRULE's other parts keep only some of its weeks or days.
  const some = ['bymonthday', 'byweekno', 'byyearday'].filter((key) => hasValue(schedule[key]));
  if (freq !== 'WEEKLY') why.push(`is not weekly (${['freq', ...(codes.length > 0 ? ['byday'] : []), ...some].map(value).join(', ')})`);
  else if (interval !== 1) why.push(`is not every week (${value('interval')})`);
  else if (some.length > 0) why.push(`is only in some weeks (${some.map(value).join(', ')})`);
  if (codes.length === 0 && !hasValue(schedule.opens_at) && !hasValue(schedule.closes_at)) return [...why, 'has no days or times ("byday", "opens_at", "closes_at")'].join(' and ');
  // A monthly rule names its days its own way (`bymonthday`), so only a weekly one lacks them.
  if (codes.length === 0 && freq === 'WEEKLY') why.push('names no days ("byday")');
  for (const [key, time, word] of [['opens_at', opens, 'opening'], ['closes_at', closes, 'closing']] as const) {
    if (!hasValue(schedule[key])) why.push(`has no ${word} time ("${key}")`);
    else if (!time) why.push(`has ${word === 'opening' ? 'an' : 'a'} ${word} time that cannot be read (${value(key)}; write it as "09:00")`);
  }
  return why.length > 0 ? why.join(' and ') : undefined;
}

/** The location's physical address (or its first), as the feed writes one. */
function addressOf(location: Row): Row | undefined {
  const addresses = list(location.addresses);
  return addresses.find((a) => text(a.address_type) === 'physical') ?? addresses[0];
}

/** The address's lines, or '' when it has none. */
function addressLines(location: Row): string {
  const address = addressOf(location);
  return address ? [
    text(address.address_1), text(address.address_2),
    [text(address.city), [text(address.state_province), text(address.postal_code)].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  ].filter(Boolean).join('\n') : '';
}

/** A place from a location that has a name or an address (a place needs a name: its address's first line, when it has no other). */
function placeOf(location: Row, unmapped: Unmapped): Row {
  unmapped.rest(location, LOCATION_FIELDS, 'location.', { accessibility: 'place accessibility is a list of codes such as "wheelchair": add them by hand' });
  const address = addressOf(location);
  if (address) unmapped.rest(address, ADDRESS_FIELDS, 'location.addresses[].');
  const lines = addressLines(location);
  const lat = number(location.latitude);
  const lng = number(location.longitude);
  return withoutEmpty({
    name: text(location.name) ?? lines.split('\n')[0],
    address: lines || undefined,
    ...(lat !== undefined && lng !== undefined ? { lat, lng } : {}),
    directions: text(location.transportation),
  });
}

