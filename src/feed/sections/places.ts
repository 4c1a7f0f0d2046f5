/** The `places` section (feed-format.md, places): where sessions happen and referrals take walk-ins. */
import {
  accept, at, entries, fields, given, keepUnknown, optional, own, report, requiredText, run, stringField, textField,
  type Raw, type Read,
} from '../read.js';
import { booleanField, codeList } from './listing-values.js';
import { unquoted } from './values.js';
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
      unquoted(accept((x): x is number => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= max));
    const lat = optional(v, 'lat', path, coordinate(90));
    const lng = optional(v, 'lng', path, coordinate(180));
    if (lat !== undefined && lng !== undefined) Object.assign(place, { lat, lng });
  }
  // A privacy setting: when in doubt (even blank), keep the address private.
  if (own(v, 'address_on_request') !== undefined) place.address_on_request = booleanField(v, 'address_on_request', path, 'invalid') ?? true;
  return keepUnknown(v, place);
}

/**
 * The arguments of a problem with a place id that no kept place has: the id, and where the place
 * with that id was left out, if it was (its own problem says why).
 */
export const placeArgs = (id: string): string[] => {
  const where = run.placePaths.get(id);
  return where ? [id, where] : [id];
};

export const placesSection: FeedSection = {
  key: 'places',
  read: (raw) => entries(raw, 'places', (v, path) => (run.placePaths.set(v.id as string, path), readPlace(v, path))),
};
