/** The `referrals` section (feed-format.md, referrals): the referral lookup, and the crisis strip of the finder. */
import { describe, isBlank, isObject } from '../checks.js';
import {
  absent, asId, asZone, at, emailField, entries, fields, keepUnknown, linkField, oneOf, optional, own, report, requiredText, run,
  stringField, textField, type Raw, type Read,
} from '../read.js';
import { asDays, asEndTime, asTime, booleanField, codeList, dateField, langList, phoneField, zoneArgs } from './listing-values.js';
import { type OpeningHours, type Referral } from '../types.js';
import { REFERRAL_COSTS } from '../codes.js';
import type { FeedSection } from '../validate.js';
import { placeArgs, placesSection } from './places.js';
import { dialNumber } from '../../internal/links.js';

const REFERRAL_FIELDS = {
  urgent: booleanField, description: textField, topics: codeList, audiences: codeList, phone: phoneField, sms: phoneField,
  chat_url: linkField, url: linkField, email: emailField, languages: langList, area: textField,
  walk_in: booleanField, referral_required: booleanField, eligibility: textField, verified: dateField,
};

function readReferral(v: Raw, path: string): Referral {
  const timezone = optional(v, 'timezone', path, asZone);
  const whatsapp = phoneField(v, 'whatsapp', path);
  // Kept, as the number still shows; but a wa.me link without the country code finds no one. Read as it is
  // dialled (an invisible direction mark before the + does not hide the country code); a link of WhatsApp's
  // own ("https://wa.me/447700900123", written with a colon as a number is not) holds the whole number without the +.
  if (whatsapp && !whatsapp.includes(':') && !dialNumber(whatsapp)?.startsWith('+')) report(at(path, 'whatsapp'), 'no-country-code', [describe(whatsapp)]);
  let hours = readHours(v, path);
  if (Array.isArray(hours) && hours.length > 0 && timezone === undefined) {
    // Hours in the wrong zone would say a line is open when it is closed.
    if (!absent(own(v, 'timezone'))) {
      report(at(path, 'hours'), 'hours-zone-unusable');
      hours = undefined;
    } else if (!run.organizationZone) {
      report(at(path, 'hours'), 'hours-no-zone', zoneArgs());
      hours = undefined;
    }
  }
  let place = optional(v, 'place', path, asId);
  if (place !== undefined && !run.placeIds.has(place)) {
    report(at(path, 'place'), 'unknown-walk-in-place', placeArgs(place));
    place = undefined;
  }
  return keepUnknown(v, {
    id: v.id as string,
    name: requiredText(v, 'name', path, 'referral'),
    kind: stringField(v, 'kind', path) ?? 'service',
    ...fields(v, path, REFERRAL_FIELDS),
    whatsapp,
    hours,
    timezone,
    cost: optional(v, 'cost', path, oneOf(REFERRAL_COSTS)),
    place,
  });
}

/** One range of opening hours; each part it cannot use is reported by name. */
const asOpeningHours: Read<OpeningHours> = (x, path) => {
  if (!isObject(x)) return void report(path, 'bad-hours', [describe(x)]);
  const part = <T>(read: Read<T>, key: string) => read(own(x, key), at(path, key));
  const range = { days: part(asDays, 'days'), opens: part(asTime, 'opens'), closes: part(asEndTime, 'closes') };
  let usable = true;
  for (const [key, value] of Object.entries(range)) {
    if (value === undefined) {
      usable = false;
      report(at(path, key), 'bad-hours', [describe(own(x, key)), key]);
    }
  }
  // Kept as the spec reads it (closes not after opens runs into the next day), but most likely a slip;
  // not "00:00" to "24:00", the whole day as meant.
  if (usable && range.opens === range.closes && own(x, 'closes') !== '24:00') report(path, 'round-the-clock', [range.opens!]);
  return usable ? keepUnknown(x, range as OpeningHours) : undefined;
};

function readHours(v: Raw, path: string): Referral['hours'] {
  const hours = own(v, 'hours');
  if (typeof hours === 'string' && hours.trim() === '24/7') return '24/7';
  if (typeof hours === 'string' && !isBlank(hours)) {
    report(at(path, 'hours'), 'not-hours', [describe(hours)]);
    return undefined;
  }
  // The week without one of its ranges would say a line is closed when it is open: the hours are
  // known whole or not at all ("Hours not listed").
  const ranges = optional(v, 'hours', path, (x, where) => (Array.isArray(x) ? x.map((range, i) => asOpeningHours(range, `${where}[${i}]`)) : undefined), 'not-list');
  return ranges?.every(Boolean) ? (ranges as OpeningHours[]) : undefined;
}

export const referralsSection: FeedSection = { key: 'referrals', read: (raw) => entries(raw, 'referrals', readReferral), needs: [placesSection] };
