/** The `places` section (feed-format.md, places): where sessions happen and referrals take walk-ins. */
import { describe } from '../checks.js';
import {
  accept, at, entries, fields, given, keepUnknown, optional, own, report, requiredText, stringField, textField,
  type Raw, type Read,
} from '../read.js';
import { codeList } from './listing-values.js';
import type { Place } from '../types.js';
import type { FeedSection } from '../validate.js';

const PLACE_FIELDS = { kind: stringField, address: stringField, directions: textField, accessibility: codeList };

function readPlace(v: Raw, path: string): Place {
  const place: Place = {
    id: v.id as string,
    name: requiredText(v, 'name', path, 'place'),
    ...fields(v, path, PLACE_FIELDS),
    lat: undefined,
    lng: undefined,
    address_on_request: undefined,
  };
  const hasLat = given(v, 'lat', path);
  const hasLng = given(v, 'lng', path);
  if (hasLat !== hasLng) {
    report(at(path, hasLat ? 'lng' : 'lat'), 'lat-lng-pair');
  } else if (hasLat) {
    const coordinate = (max: number): Read<number> =>
      accept((x): x is number => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= max);
    const lat = optional(v, 'lat', path, coordinate(90));
    const lng = optional(v, 'lng', path, coordinate(180));
    if (lat !== undefined && lng !== undefined) Object.assign(place, { lat, lng });
  }
  const onRequest = own(v, 'address_on_request');
  if (onRequest !== undefined) {
    // A privacy setting: when in doubt (even blank), keep the address private.
    place.address_on_request = onRequest !== false;
    if (typeof onRequest !== 'boolean') report(at(path, 'address_on_request'), 'invalid', [describe(onRequest), 'address_on_request']);
  }
  return keepUnknown(v, place);
}

export const placesSection: FeedSection = { key: 'places', read: (raw) => entries(raw, 'places', readPlace) };
