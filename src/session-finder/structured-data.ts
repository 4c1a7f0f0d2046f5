/**
 * schema.org Events for the coming occurrences, for search engines
 * (opt-in: the `structured-data` attribute). Private addresses stay out.
 */
import type { Feed, Text } from '../feed/types.js';
import type { Row } from './session-index.js';

/** A paused session is off until further notice: postponed, with no new date. */
const STATUS = { active: 'EventScheduled', paused: 'EventPostponed', cancelled: 'EventCancelled' };
const ATTENDANCE = { 'in-person': 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' };

export function eventsJsonLd(feed: Feed, rows: readonly Row[], text: (t: Text | undefined) => string): string {
  const events = rows.map(({ entry, occurrence }) => {
    const { session, place } = entry;
    const locations = [
      place && { '@type': 'Place', name: text(place.name), ...(place.address_on_request || !place.address ? {} : { address: place.address }) },
      session.online?.url && { '@type': 'VirtualLocation', url: session.online.url },
    ].filter(Boolean);
    return {
      '@type': 'Event',
      name: text(session.title),
      ...(session.description ? { description: text(session.description) } : {}),
      startDate: occurrence.start.toISOString(),
      ...(occurrence.end ? { endDate: occurrence.end.toISOString() } : {}),
      eventAttendanceMode: `https://schema.org/${ATTENDANCE[entry.mode]}`,
      eventStatus: `https://schema.org/${STATUS[session.status]}`,
      location: locations.length === 1 ? locations[0] : locations,
      isAccessibleForFree: entry.free,
      organizer: { '@type': 'Organization', name: text(feed.organization.name), ...(feed.organization.url ? { url: feed.organization.url } : {}) },
    };
  });
  // "<" escaped so no text can close the script element it is written into.
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': events }).replace(/</g, '\\u003c');
}

/** Writes the JSON-LD into the finder's own `<script type="application/ld+json">` child, made the first time. */
export function writeStructuredData(finder: HTMLElement, json: string): void {
  let script = finder.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    finder.append(script);
  }
  if (script.textContent !== json) writeScriptText(script, json);
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };

/** Shared by every copy of the library on the page: a policy name can be created only once. */
const POLICY = Symbol.for('care-widgets.trusted-types-policy');

/**
 * Sets a script element's text (the JSON-LD) on any page, including one that enforces Trusted
 * Types (`require-trusted-types-for 'script'`), where a script element's text must come from a
 * policy or the browser refuses it. The policy `care-widgets` (docs/trusted-types.md) passes
 * JSON only, so it makes nothing that could run, even if another script reached it. Where the
 * page forbids that name, the plain text is tried (a default policy of the page may accept it);
 * a refusal leaves the structured data out, and the list itself is unaffected.
 */
function writeScriptText(script: HTMLScriptElement, json: string): void {
  const shared = globalThis as { trustedTypes?: TrustedTypesFactory } & Record<symbol, ScriptPolicy | null | undefined>;
  if (shared.trustedTypes && shared[POLICY] === undefined) {
    try {
      shared[POLICY] = shared.trustedTypes.createPolicy('care-widgets', {
        createScript: (text) => {
          JSON.parse(text);
          return text;
        },
      });
    } catch {
      shared[POLICY] = null;
    }
  }
  try {
    script.textContent = (shared[POLICY]?.createScript(json) ?? json) as string;
  } catch {
    console.warn('care-widgets: this page’s Trusted Types policy refused the structured data; allow the policy "care-widgets" in its trusted-types directive (docs/trusted-types.md).');
  }
}
