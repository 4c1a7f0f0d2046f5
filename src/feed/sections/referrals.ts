/** The `referrals` section (feed-format.md, referrals): the referral lookup, and the crisis strip of the finder. */
import { describe, isBlank, isObject } from '../checks.js';
import {
  absent, asId, asZone, at, entries, fields, keepUnknown, linkField, oneOf, optional, own, report, requiredText, run,
  stringField, textField, type Raw, type Read,
} from '../read.js';
import { asDays, booleanField, codeList, dateField, isTime, langList } from './listing-values.js';
import { list } from './values.js';
import { REFERRAL_COSTS, type OpeningHours, type Referral } from '../types.js';
import type { FeedSection } from '../validate.js';
import { placesSection } from './places.js';

const REFERRAL_FIELDS = {
  urgent: booleanField, description: textField, topics: codeList, audiences: codeList, phone: stringField, sms: stringField,
  whatsapp: stringField, chat_url: linkField, url: linkField, email: stringField, languages: langList, area: textField,
  walk_in: booleanField, referral_required: booleanField, eligibility: textField, verified: dateField,
};

function readReferral(v: Raw, path: string): Referral {
  const timezone = optional(v, 'timezone', path, asZone);
  let hours = readHours(v, path);
  if (Array.isArray(hours) && hours.length > 0 && timezone === undefined) {
    // Hours in the wrong zone would say a line is open when it is closed.
    if (!absent(own(v, 'timezone'))) {
      report(at(path, 'hours'), 'hours-zone-unusable');
      hours = undefined;
    } else if (run.organizationZone === undefined) {
      report(at(path, 'hours'), 'hours-no-zone');
      hours = undefined;
    }
  }
  let place = optional(v, 'place', path, asId);
  if (place !== undefined && !run.placeIds.has(place)) {
    report(at(path, 'place'), 'unknown-walk-in-place', [place]);
    place = undefined;
  }
  return keepUnknown(v, {
    id: v.id as string,
    name: requiredText(v, 'name', path, 'referral'),
    kind: stringField(v, 'kind', path) ?? 'service',
    ...fields(v, path, REFERRAL_FIELDS),
    hours,
    timezone,
    cost: optional(v, 'cost', path, oneOf(REFERRAL_COSTS)),
    place,
  });
}

const asOpeningHours: Read<OpeningHours> = (x) => {
  if (!isObject(x)) return undefined;
  const [opens, closes] = [own(x, 'opens'), own(x, 'closes')];
  if (!isTime(opens) || !isTime(closes)) return undefined;
  const days = asDays(own(x, 'days'), '');
  return days && keepUnknown(x, { days, opens, closes });
};

function readHours(v: Raw, path: string): Referral['hours'] {
  const hours = own(v, 'hours');
  if (hours === '24/7') return '24/7';
  if (typeof hours === 'string' && !isBlank(hours)) {
    report(at(path, 'hours'), 'not-hours', [describe(hours)]);
    return undefined;
  }
  return list(v, 'hours', path, asOpeningHours);
}

export const referralsSection: FeedSection = { key: 'referrals', read: (raw) => entries(raw, 'referrals', readReferral), needs: [placesSection] };
