/** The `sessions` section (feed-format.md, sessions and schedule): what the session finder shows. */
import { describe, isObject } from '../checks.js';
import {
  absent, accept, asId, asZone, at, emailField, entries, given, group, keepUnknown, linkField, oneOf, optional, own, report,
  required, requiredText, run, skip, strict, stringField, textField, type Raw, type Read,
} from '../read.js';
import { asDate, asDays, asEndTime, asTime, booleanField, codeList, dateField, langList, listOfAll, phoneField, zoneArgs } from './listing-values.js';
import { list, unquoted, wholeNumber } from './values.js';
import type { Schedule, Session, Text } from '../types.js';
import type { FeedSection } from '../validate.js';
import { placeArgs, placesSection } from './places.js';

/** The most a repeat usually skips: every 52nd week or month. More is most likely a typing slip (its dates years apart), so said. */
const USUAL_INTERVAL = 52;
/**
 * The longest session, in minutes: two days, a weekend retreat. The finder shows one over a day with the
 * weekdays it starts and ends on, which would read alike after a week, and lists one in progress for two days.
 */
const MAX_DURATION = 2 * 1440;

function readSession(v: Raw, path: string): Session {
  const title = requiredText(v, 'title', path, 'session');
  let place: string | undefined;
  const hasPlace = given(v, 'place', path);
  if (hasPlace) {
    place = required(v, 'place', path, asId, 'session');
    if (place && !run.placeIds.has(place)) skip(at(path, 'place'), 'unknown-place', placeArgs(place));
  }
  const online = group(v, 'online', path, ONLINE_FIELDS);
  if (!hasPlace && !online) skip(path, 'no-place-or-online');
  else if (!hasPlace && !online!.url && !online!.phone) report(at(path, 'online'), 'no-way-to-join');
  const status = strict(v, 'status', path, asStatus, 'active');
  const schedule = own(v, 'schedule');
  // Every field named in one literal, not a table spread into it: each of tens of thousands of
  // sessions then holds its fields in one block, and is built faster.
  return keepUnknown(v, {
    id: v.id as string,
    title,
    kind: stringField(v, 'kind', path) ?? 'peer-group',
    description: textField(v, 'description', path),
    audiences: codeList(v, 'audiences', path),
    topics: codeList(v, 'topics', path),
    languages: langList(v, 'languages', path),
    facilitator: textField(v, 'facilitator', path),
    accessibility: codeList(v, 'accessibility', path),
    updated: dateField(v, 'updated', path),
    place,
    online,
    cost: asFree(textField(v, 'cost', path)),
    registration: group(v, 'registration', path, REGISTRATION_FIELDS),
    contact: group(v, 'contact', path, CONTACT_FIELDS),
    status,
    schedule: isObject(schedule)
      ? readSchedule(schedule, at(path, 'schedule'))
      : skip(at(path, 'schedule'), absent(schedule) ? 'no-schedule' : 'schedule-not-object') as never,
  });
}

/** None is free; "Free" as a feed keeper types it is the code `free` too, found by "Free only", rather than a text that says so. */
const asFree = (cost = 'free' as Text) => (typeof cost === 'string' && cost.trim().toLowerCase() === 'free' ? 'free' : cost);

const isWeek = (x: unknown): x is number => Number.isInteger(x) && (((x as number) >= 1 && (x as number) <= 5) || x === -1);
// The readers made once, not once per session.
const asStatus = oneOf(['active', 'paused', 'cancelled'] as const);
const asRepeat = oneOf(['none', 'weekly', 'monthly'] as const);
const asInterval = wholeNumber(1, Infinity);
const asDuration = wholeNumber(1, MAX_DURATION);
const asWeeks = listOfAll(unquoted(accept(isWeek)));
const ONLINE_FIELDS = { url: linkField, phone: phoneField, notes: textField };
const REGISTRATION_FIELDS = { required: booleanField, url: linkField, email: emailField, phone: phoneField, notes: textField };
const CONTACT_FIELDS = { name: stringField, email: emailField, phone: phoneField };

function readSchedule(v: Raw, path: string): Schedule {
  // Given and unusable is its own problem; not given, the organization's zone must do.
  const timezone = strict(v, 'timezone', path, asZone, run.organizationZone ?? null);
  if (timezone === null) skip(at(path, 'timezone'), 'no-time-zone', zoneArgs());
  const start_date = required(v, 'start_date', path, asDate, 'schedule', 'not-date');
  const by_appointment = booleanField(v, 'by_appointment', path);
  const time = by_appointment
    ? optional(v, 'time', path, asTime, 'not-time')
    : required(v, 'time', path, asTime, 'timed-schedule', 'not-time');
  const repeat = strict(v, 'repeat', path, asRepeat, 'none');
  const interval = strict(v, 'interval', path, asInterval, 1);
  // Without its end date a session would be listed after it ended, so a bad one skips it.
  let end_date = strict(v, 'end_date', path, asDate, undefined, 'not-date');
  // (Then the extra dates are not held to it, which would say the same mistake again.)
  if (end_date !== undefined && end_date < start_date) end_date = skip(at(path, 'end_date'), 'end-before-start', [end_date, start_date]);
  const end_time = optional(v, 'end_time', path, asEndTime, 'not-time');
  const duration = optional(v, 'duration', path, asDuration);
  const days = strict(v, 'days', path, asDays, undefined);
  const weeks = strict(v, 'weeks', path, asWeeks, undefined);
  if (repeat === 'monthly' && absent(own(v, 'weeks'))) skip(at(path, 'weeks'), 'no-weeks');
  // Without a cancelled date the session would be listed on the day it does not happen, so a bad one skips it.
  const except = strict(v, 'except', path, asExcept, undefined, 'not-list');
  // Fields that change nothing here are kept, but said: "days" without "repeat" is most likely a repeat left out.
  const unused = (key: string, when: unknown) => when && report(at(path, key), 'unused', [key, repeat]);
  unused('days', days && repeat === 'none');
  unused('interval', interval > 1 && repeat === 'none');
  unused('weeks', weeks && repeat && repeat !== 'monthly');
  unused('duration', duration && end_time);
  // Read as the spec allows, but most likely a slip: every 100 weeks, or 900 minutes meant as hours.
  const unusual = (key: string, value: number | undefined, usual: number) => value! > usual && report(at(path, key), 'unusual', [`${value}`, key, repeat]);
  if (repeat !== 'none') unusual('interval', interval, USUAL_INTERVAL);
  unusual('duration', duration, 1440);
  // Extra one-off dates, listed wherever they fall: start_date and end_date bound the rule (time/expand.ts).
  const add = list(v, 'add', path, asDate, 'not-date');
  return keepUnknown(v, {
    start_date, end_date, time, end_time, duration, repeat, interval, days, weeks, except, add,
    by_appointment, timezone: timezone!,
  });
}

const asExcept: Read<string[]> = (x, path) =>
  (Array.isArray(x) ? x.map((date, i) => asDate(date, `${path}[${i}]`) ?? skip(`${path}[${i}]`, 'bad-except', [describe(date)])) as string[] : undefined);

export const sessionsSection: FeedSection = { key: 'sessions', read: (raw) => entries(raw, 'sessions', readSession), needs: [placesSection] };
