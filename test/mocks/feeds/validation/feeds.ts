/**
 * Feeds for the validator and schema tests: one complete, valid feed with every
 * field of version 1 (feed-format.md) filled in, and small tools to make a
 * variant of it by path, so each test says only what it changes.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Left out of the feed by `edit`. */
export const REMOVE = Symbol('remove');
export type Edits = Record<string, Json | typeof REMOVE>;

const FULL: JsonObject = {
  version: 1,
  updated: '2026-03-01T09:00:00-06:00',
  organization: {
    name: { en: 'Riverside Peer Support', es: 'Apoyo entre Pares de Riverside' },
    url: 'https://riverside.example.org/',
    timezone: 'America/Chicago',
    language: 'en',
    country: 'US',
    emergency: { number: '911', label: { en: 'Emergency services', es: 'Servicios de emergencia' } },
    contact: { email: 'hello@riverside.example.org', phone: '(217) 555-0110', url: '/contact' },
    feedback_url: 'mailto:listings@riverside.example.org',
  },
  places: [
    {
      id: 'st-marks-hall',
      name: "St Mark's Church hall",
      kind: 'church',
      address: '12 Oak Street\nRiverside',
      lat: 41.88,
      lng: -87.63,
      directions: { en: 'Side door, first floor', es: 'Puerta lateral, primer piso' },
      accessibility: ['wheelchair', 'hearing-loop'],
    },
    { id: 'safe-house', name: 'Safe house', kind: 'other', address_on_request: true },
  ],
  sessions: [
    {
      id: 'peer-circle',
      title: { en: 'Peer circle', es: 'Círculo de pares' },
      description: 'A weekly circle for anyone going through a hard time.',
      kind: 'peer-group',
      audiences: ['adults', 'farmers'],
      topics: ['anxiety', 'loneliness'],
      languages: ['en', 'es'],
      place: 'st-marks-hall',
      online: { url: 'https://meet.example.org/peer-circle', phone: '+1 555 0100', notes: 'Camera optional' },
      schedule: {
        start_date: '2026-01-06',
        end_date: '2026-12-29',
        time: '18:30',
        end_time: '20:00',
        repeat: 'weekly',
        interval: 1,
        days: ['tu'],
        except: ['2026-12-22'],
        add: ['2026-12-27'],
        timezone: 'America/Chicago',
      },
      facilitator: 'Trained peer volunteers',
      cost: 'free',
      registration: { required: false, url: 'https://riverside.example.org/join', email: 'join@riverside.example.org', phone: '555-0101', notes: 'Just come along' },
      contact: { name: 'Ana', email: 'ana@riverside.example.org', phone: '555-0102' },
      accessibility: ['childcare'],
      status: 'active',
      updated: '2026-02-01',
    },
    {
      id: 'grief-online',
      title: 'Grief sharing circle',
      kind: 'sharing-circle',
      online: { url: 'https://meet.example.org/grief' },
      schedule: { start_date: '2026-01-13', time: '19:00', duration: 90, repeat: 'monthly', days: ['tu'], weeks: [2, -1], timezone: 'America/New_York' },
      cost: { en: '$5 suggested', es: '$5 sugerido' },
      status: 'paused',
    },
  ],
  referrals: [
    {
      id: 'crisis-line',
      name: '988 Suicide & Crisis Lifeline',
      kind: 'crisis-line',
      urgent: true,
      description: 'Free, confidential support, day and night.',
      topics: ['crisis', 'suicide'],
      audiences: ['youth', 'adults'],
      phone: '988',
      sms: '988',
      whatsapp: '+1 555 0199',
      chat_url: 'https://988lifeline.org/chat',
      url: 'https://988lifeline.org/',
      email: 'help@example.org',
      hours: '24/7',
      cost: 'free',
      languages: ['en', 'es'],
      area: 'United States',
      walk_in: false,
      referral_required: false,
      eligibility: 'Anyone',
      verified: '2026-02-15',
    },
    {
      id: 'walk-in-clinic',
      name: { en: 'Walk-in counselling', es: 'Consejería sin cita' },
      kind: 'counselling',
      hours: [{ days: ['mo', 'tu', 'we'], opens: '09:00', closes: '17:00' }, { days: ['fr'], opens: '22:00', closes: '02:00' }],
      timezone: 'America/Chicago',
      cost: 'sliding-scale',
      place: 'st-marks-hall',
      walk_in: true,
    },
  ],
  messages: [
    { id: 'listening', text: { en: 'Listening helps more than advice.', es: 'Escuchar ayuda más que aconsejar.' }, tone: 'hope' },
    {
      id: 'winter-line',
      text: 'Our helpline is open through the holidays.',
      link: { text: 'Call us', url: 'tel:+15550142' },
      starts: '2026-12-20',
      ends: '2027-01-02T23:59:00-06:00',
      tone: 'urgent',
    },
  ],
  volunteering: {
    intro: 'Give two evenings a month.',
    roles: [
      { id: 'listener', title: 'Peer listener', description: 'Listen at circles.', commitment: 'Two evenings a month', training: 'Six-week course', min_age: 18 },
      { id: 'greeter', title: { en: 'Greeter', es: 'Recepción' } },
    ],
    submit: { url: 'https://forms.example.org/volunteer', format: 'json', email: 'volunteer@riverside.example.org' },
    fields: ['phone', 'availability', 'languages', 'age_confirm', 'message'],
    consent: { text: 'You may contact me about volunteering.', version: '2026-01' },
    privacy_url: '/privacy',
    thanks: 'Thank you! We will be in touch.',
  },
  labels: {
    audiences: { farmers: { en: 'Farmers', es: 'Agricultores' } },
    kinds: { 'sharing-circle': 'Sharing circle' },
    topics: { loneliness: 'Loneliness' },
    accessibility: { childcare: 'Childcare on site' },
  },
};

/** A fresh copy of the complete feed. */
export const fullFeed = (): JsonObject => structuredClone(FULL);

/** `sessions[0].schedule.timezone` → ['sessions', 0, 'schedule', 'timezone'] */
export function pathParts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(-?\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The value at `path` in any object, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let v = root;
  for (const part of pathParts(path)) v = v == null ? undefined : (v as Record<string | number, unknown>)[part];
  return v;
}

/** A copy of `feed` (default: the full feed) with each path set to its value, or removed. Missing parents are made. */
export function edit(edits: Edits, feed: Json = fullFeed()): JsonObject {
  const copy = structuredClone(feed) as JsonObject;
  for (const [path, value] of Object.entries(edits)) {
    const parts = pathParts(path);
    let parent = copy as Record<string | number, Json>;
    for (const [i, part] of parts.slice(0, -1).entries()) {
      if (parent[part] === undefined || parent[part] === null) parent[part] = typeof parts[i + 1] === 'number' ? [] : {};
      parent = parent[part] as Record<string | number, Json>;
    }
    const last = parts[parts.length - 1];
    if (value === REMOVE) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      parent[last] = structuredClone(value);
    }
  }
  return copy;
}

/** The smallest valid feed: an organization and nothing else. */
export const minimalFeed = (): JsonObject => ({ version: 1, organization: { name: 'Riverside Peer Support', timezone: 'America/Chicago' } });

/** Edits relative to one place in the feed: `editsAt('sessions[0].schedule', { timezone: '-04:00' })`. */
export const editsAt = (prefix: string, edits: Edits): Edits =>
  Object.fromEntries(Object.entries(edits).map(([path, value]) => [`${prefix}.${path}`, value]));

/** The full feed with one session changed: `withSession({ 'schedule.timezone': '-04:00' })`. */
export const withSession = (edits: Edits, index = 0): JsonObject => edit(editsAt(`sessions[${index}]`, edits));
