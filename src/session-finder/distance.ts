/**
 * Nearest first: loaded once a person asks for it and the browser has given their position,
 * as most visitors never do.
 */
import type { Place } from '../feed/types.js';

export interface Position {
  lat: number;
  lng: number;
}

/** Great-circle distance in km to a place with a position, else undefined. Private addresses have no position. */
export function distanceKm(from: Position, place: Place | undefined): number | undefined {
  if (!place || place.lat === undefined || place.lng === undefined || place.address_on_request) return undefined;
  const rad = Math.PI / 180;
  const dLat = (place.lat - from.lat) * rad;
  const dLng = (place.lng - from.lng) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(place.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
