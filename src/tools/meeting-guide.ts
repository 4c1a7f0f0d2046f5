/**
 * `care-widgets import meeting-guide`: a care feed from a Meeting Guide JSON
 * feed (the format of TSML UI, the 12 Step Meeting List plugin and the
 * Meeting Guide app; github.com/code4recovery/spec). Weekly meetings become
 * weekly sessions; locations become places; online meetings keep their links;
 * meeting types become kinds, audiences, languages and accessibility. Every
 * field with no place in the care feed is reported. Pure.
 */
import { DAYS, type Day } from '../feed/index.js';
import { readDay, readTime } from './cells.js';
import {
  Unmapped, dateIn, formatOf, hasValue, isRecord, nothingToImport, number, organizationFrom, organizationNotes, text, uniqueId, withoutEmpty,
  type ImportOptions, type ImportResult,
} from './import-report.js';

/** Meeting Guide counts days from Sunday (0) to Saturday (6). */
const dayFrom = (d: unknown): Day | undefined => {
  const n = number(d);
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 6 ? DAYS[(n + 6) % 7] : undefined;
};
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Something read from a form the specification does not give (`"Friday"`, `"7:00 PM"`): said once per field and value. */
type Said = (field: string, value: string, readAs: string, form: string) => void;

/**
 * A day as real feeds write it: the specification's number, or a name (`"Friday"`, `"fri"`),
 * which is read and said. Anything else is given back as it was, for the check to explain.
 */
function readMeetingDay(d: unknown, said: Said): Day | undefined {
  const day = dayFrom(d);
  if (day || typeof d !== 'string') return day;
  const named = readDay(d);
  if (named) said('day', d, `${DAY_NAMES[DAYS.indexOf(named)]}`, `a number, 0 for Sunday to 6 for Saturday (${DAY_NAMES[DAYS.indexOf(named)]} is ${(DAYS.indexOf(named) + 1) % 7})`);
  return named;
}

/**
 * A time as real feeds write it: `19:00` and `7:30` (the specification's form, read quietly),
 * `1900` and `7:00 PM` (read and said). Anything else is given back as it was, for the check to explain.
 */
function readMeetingTime(field: string, t: string, said: Said): string {
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) return readTime(t) ?? t;
  const time = readTime(t);
  if (!time) return t;
  said(field, t, time, 'HH:MM on a 24-hour clock');
  return time;
}

/** Meeting types the care feed has a field for. The rest are reported. */
const TYPE_KIND: Record<string, string> = { SP: 'talk', MED: 'mindfulness', '11': 'mindfulness' };
const TYPE_AUDIENCE: Record<string, string> = {
  W: 'women', M: 'men', Y: 'youth', SEN: 'older-adults', LGBTQ: 'lgbtq', G: 'lgbtq', L: 'lgbtq', BI: 'lgbtq', T: 'lgbtq', NB: 'lgbtq',
  BE: 'newcomers', POC: 'people-of-color', NDG: 'indigenous', N: 'indigenous', P: 'professionals',
};
const TYPE_LANGUAGE: Record<string, string> = {
  EN: 'en', S: 'es', FR: 'fr', DE: 'de', ITA: 'it', JA: 'ja', KOR: 'ko', POL: 'pl', POR: 'pt', RUS: 'ru', HE: 'he', HI: 'hi',
  FA: 'fa', EL: 'el', DA: 'da', HR: 'hr', HU: 'hu', LT: 'lt', ML: 'ml', NO: 'no', PUN: 'pa', SK: 'sk', SV: 'sv', TH: 'th',
  TL: 'tl', UK: 'uk', AM: 'am',
};
const TYPE_ACCESSIBILITY: Record<string, string> = {
  X: 'wheelchair', XB: 'accessible-toilet', ASL: 'sign-language', BA: 'childcare', CF: 'child-friendly', FF: 'fragrance-free',
};
/** Labels for the codes above that the widgets do not know, written into the feed's `labels` when used. */
const LABELS: Record<string, Record<string, string>> = {
  audiences: { newcomers: 'Newcomers', 'people-of-color': 'People of color', indigenous: 'Indigenous', professionals: 'Professionals' },
  accessibility: { 'accessible-toilet': 'Wheelchair-accessible toilet', 'child-friendly': 'Child-friendly', 'fragrance-free': 'Fragrance-free' },
};
/** TC: the location is closed for now; the meeting goes on online, or pauses. */
const TEMPORARILY_CLOSED = 'TC';

const HANDLED = new Set([
  'name', 'slug', 'day', 'time', 'end_time', 'timezone', 'types', 'notes', 'location', 'location_notes', 'formatted_address',
  'address', 'city', 'state', 'postal_code', 'country', 'latitude', 'longitude', 'approximate', 'conference_url',
  'conference_url_notes', 'conference_phone', 'conference_phone_notes', 'updated', 'attendance_option',
  'contact_1_name', 'contact_1_email', 'contact_1_phone', 'entity', 'entity_url', 'entity_website_url', 'entity_email', 'entity_phone',
]);
const WHY: Record<string, string> = {
  group: 'sessions have no group; add it to the title or description if people look for it',
  group_notes: 'sessions have no group',
  url: 'sessions have no web page of their own',
  region: 'places have no region', sub_region: 'places have no region', regions: 'places have no region',
  feedback_url: 'the care feed has one feedback_url, for the organization',
  contact_2_name: 'a session has one contact', contact_2_email: 'a session has one contact', contact_2_phone: 'a session has one contact',
  contact_3_name: 'a session has one contact', contact_3_email: 'a session has one contact', contact_3_phone: 'a session has one contact',
  venmo: 'the care feed has no donation links', square: 'the care feed has no donation links', paypal: 'the care feed has no donation links',
};

/** The meetings of a Meeting Guide feed: a list, or (as some servers send) an object holding one. */
function meetingsOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (isRecord(input)) return [input.meetings, input.data].find(Array.isArray);
  return undefined;
}

export function feedFromMeetingGuide(input: unknown, options: ImportOptions): ImportResult {
  const meetings = meetingsOf(input);
  if (!meetings) return nothingToImport('a Meeting Guide feed is a list of meetings, [{"name": …, "slug": …, "day": …}, …]; this file is not one', options);
  if (formatOf(meetings) === 'hsds') return nothingToImport('this is a list of HSDS services, not Meeting Guide meetings: use care-widgets import hsds', options);
  const unmapped = new Unmapped();
  const notes: ImportResult['notes'] = [];
  const first = meetings.find(isRecord) ?? {};
  const organization = organizationFrom({
    name: text(first.entity),
    url: text(first.entity_website_url) ?? text(first.entity_url),
    timezone: commonZone(meetings),
    contact: hasValue(first.entity_email) || hasValue(first.entity_phone) ? { email: text(first.entity_email), phone: text(first.entity_phone) } : undefined,
  }, options);
  const zone = organization.timezone;
  const startDate = dateIn(options.today, zone);

  const sessionIds = new Set<string>();
  const placeIds = new Set<string>();
  const places = new Map<string, Record<string, unknown>>();
  const usedLabels: Record<string, Record<string, string>> = {};
  const sessions: Record<string, unknown>[] = [];
  const readForms = new Map<string, { meetings: string[]; message: string }>();

  meetings.forEach((meeting, i) => {
    if (!isRecord(meeting)) {
      notes.push({ where: `meeting ${i + 1}`, message: 'is not an object with fields; left out' });
      return;
    }
    unmapped.rest(meeting, HANDLED, '', WHY);
    const types = (Array.isArray(meeting.types) ? meeting.types : typeof meeting.types === 'string' ? meeting.types.split(',') : [])
      .map((t) => String(t).trim()).filter(Boolean);
    const session: Record<string, unknown> = {
      id: uniqueId(text(meeting.slug) ?? text(meeting.name) ?? `meeting-${i + 1}`, sessionIds),
      title: text(meeting.name),
      description: text(meeting.notes),
    };
    applyTypes(types, session, usedLabels, unmapped);

    const online = onlineOf(meeting);
    const closed = types.includes(TEMPORARILY_CLOSED) || meeting.attendance_option === 'online';
    const place = closed && online ? undefined : placeOf(meeting);
    if (place) {
      // One place per location: the same name at the same position (or address) in every meeting held there.
      const key = JSON.stringify([place.name, ...(place.lat !== undefined ? [place.lat, place.lng] : [place.address])]);
      if (!places.has(key)) places.set(key, { id: uniqueId(String(place.name ?? place.address), placeIds), ...place });
      session.place = places.get(key)!.id;
    }
    if (online) session.online = online;
    if ((closed && !online) || meeting.attendance_option === 'inactive') session.status = 'paused';

    const said: Said = (field, value, readAs, form) => {
      const key = JSON.stringify([field, value]);
      const read = readForms.get(key) ?? { meetings: [], message: `"${field}": "${value}" is read as ${readAs}; Meeting Guide writes it as ${form}` };
      read.meetings.push(`meeting ${i + 1}${text(meeting.name) ? ` (${text(meeting.name)})` : ''}`);
      readForms.set(key, read);
    };
    session.schedule = scheduleOf(meeting, startDate, zone, said);
    const updated = text(meeting.updated)?.slice(0, 10);
    if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)) session.updated = updated;
    const contact = { name: text(meeting.contact_1_name), email: text(meeting.contact_1_email), phone: text(meeting.contact_1_phone) };
    if (Object.values(contact).some(Boolean)) session.contact = contact;
    sessions.push(withoutEmpty(session));
  });

  for (const { meetings: where, message } of readForms.values()) {
    notes.push({ where: where.length === 1 ? where[0] : `${where[0]} and ${where.length - 1} more`, message });
  }
  notes.push(...organizationNotes(organization, sessions.length > 0));
  const feed: Record<string, unknown> = { version: 1, organization, places: [...places.values()].map(withoutEmpty), sessions };
  if (Object.keys(usedLabels).length > 0) feed.labels = usedLabels;
  return { feed, notes, unmapped: unmapped.list() };
}

/** The zone most meetings give, for the organization (a meeting in another zone keeps its own). */
function commonZone(meetings: unknown[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of meetings) {
    const zone = isRecord(m) ? text(m.timezone) : undefined;
    if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function applyTypes(types: string[], session: Record<string, unknown>, labels: Record<string, Record<string, string>>, unmapped: Unmapped): void {
  const add = (field: string, code: string) => {
    const list = ((session[field] as string[] | undefined) ??= []);
    if (!list.includes(code)) list.push(code);
    const label = LABELS[field]?.[code];
    if (label) (labels[field] ??= {})[code] = label;
  };
  for (const type of types) {
    if (TYPE_KIND[type]) session.kind ??= TYPE_KIND[type];
    else if (TYPE_AUDIENCE[type]) add('audiences', TYPE_AUDIENCE[type]);
    else if (TYPE_LANGUAGE[type]) add('languages', TYPE_LANGUAGE[type]);
    else if (TYPE_ACCESSIBILITY[type]) add('accessibility', TYPE_ACCESSIBILITY[type]);
    else if (type !== TEMPORARILY_CLOSED) unmapped.add(`types: ${type}`, 'no kind, audience, language or accessibility code matches this meeting type');
  }
}

function scheduleOf(meeting: Record<string, unknown>, startDate: string, zone: unknown, said: Said): Record<string, unknown> {
  const days = (Array.isArray(meeting.day) ? meeting.day : meeting.day === undefined || meeting.day === null || meeting.day === '' ? [] : [meeting.day])
    .map((d) => readMeetingDay(d, said));
  const time = text(meeting.time);
  const schedule: Record<string, unknown> = { start_date: startDate };
  if (days.length === 0 && !time) {
    // "By appointment" in Meeting Guide's words: no day, no time.
    schedule.by_appointment = true;
  } else {
    schedule.repeat = 'weekly';
    // A day that is not 0-6 is passed on as it was, so the check says what is wrong with it.
    schedule.days = days.every(Boolean) ? DAYS.filter((d) => days.includes(d)) : meeting.day;
    schedule.time = time && readMeetingTime('time', time, said);
    const end = text(meeting.end_time);
    if (end) schedule.end_time = readMeetingTime('end_time', end, said);
  }
  const ownZone = text(meeting.timezone);
  if (ownZone && ownZone !== zone) schedule.timezone = ownZone;
  return withoutEmpty(schedule);
}

/** The meeting's place, unless its address is only approximate (an online meeting's area). */
function placeOf(meeting: Record<string, unknown>): Record<string, unknown> | undefined {
  const street = text(meeting.address);
  const address = text(meeting.formatted_address)
    ?? ([street, text(meeting.city), [text(meeting.state), text(meeting.postal_code)].filter(Boolean).join(' '), text(meeting.country)].filter(Boolean).join(', ') || undefined);
  const name = text(meeting.location) ?? street ?? address;
  const approximate = String(meeting.approximate).toLowerCase() === 'yes' || (!street && !text(meeting.formatted_address) && !text(meeting.location));
  if (!name || approximate) return undefined;
  const lat = number(meeting.latitude);
  const lng = number(meeting.longitude);
  return { name, address, ...(lat !== undefined && lng !== undefined ? { lat, lng } : {}), directions: text(meeting.location_notes) };
}

function onlineOf(meeting: Record<string, unknown>): Record<string, unknown> | undefined {
  const url = text(meeting.conference_url);
  const phone = text(meeting.conference_phone);
  if (!url && !phone) return undefined;
  const notes = [text(meeting.conference_url_notes), text(meeting.conference_phone_notes)].filter(Boolean).join(' ');
  return withoutEmpty({ url, phone, notes: notes || undefined });
}

