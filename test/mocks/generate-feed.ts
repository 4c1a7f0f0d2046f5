/**
 * A large, realistic feed for stories and benchmarks: `generateFeed({ sessions: 5000 })`.
 *
 * Pure and deterministic: the same options always give the same feed (a seeded
 * PRNG, never Math.random, and `now` defaults to FINDER_NOW rather than the clock).
 * The feed is version 1 and passes parseFeed without problems. It mixes:
 * - weekly, every-other-week, monthly nth-weekday (incl. last), one-off and by-appointment schedules;
 * - in person, online and hybrid sessions, at many places with lat/lng around Chicago;
 * - audiences, kinds, English and Spanish (some sessions in both), costs, registration,
 *   end dates, skipped dates, a few paused or cancelled, a few in another time zone.
 */
import { FINDER_NOW } from './session-feeds.js';

export interface GenerateFeedOptions {
  /** How many sessions. */
  sessions: number;
  /** Seed of the PRNG; the same seed gives the same feed. Default 1. */
  seed?: number;
  /** The moment the schedules are built around (start and end dates). Default FINDER_NOW. */
  now?: Date;
}

/** A string, or a map of language → string, as in the feed format. */
type RawText = string | Record<string, string>;
type Day = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

export interface GeneratedSchedule {
  start_date: string;
  end_date?: string;
  time?: string;
  end_time?: string;
  duration?: number;
  repeat?: 'none' | 'weekly' | 'monthly';
  interval?: number;
  days?: Day[];
  weeks?: number[];
  except?: string[];
  add?: string[];
  by_appointment?: boolean;
  timezone?: string;
}

export interface GeneratedPlace {
  id: string;
  name: RawText;
  kind: string;
  address?: string;
  lat?: number;
  lng?: number;
  directions?: RawText;
  accessibility?: string[];
  address_on_request?: boolean;
}

export interface GeneratedSession {
  id: string;
  title: RawText;
  description?: RawText;
  kind: string;
  audiences?: string[];
  topics?: string[];
  languages?: string[];
  place?: string;
  online?: { url: string; notes?: RawText };
  schedule: GeneratedSchedule;
  facilitator?: RawText;
  cost?: RawText;
  registration?: { required: boolean; url?: string; email?: string };
  status?: 'active' | 'paused' | 'cancelled';
}

/** The feed as JSON would carry it (before parseFeed fills in defaults). */
export interface GeneratedFeed {
  version: 1;
  updated: string;
  organization: {
    name: RawText;
    url: string;
    timezone: string;
    language: string;
    country: string;
    emergency: { number: string; label: RawText };
    contact: { email: string; phone: string };
    feedback_url: string;
  };
  places: GeneratedPlace[];
  sessions: GeneratedSession[];
  referrals: { id: string; name: RawText; kind: string; urgent?: boolean; phone?: string; sms?: string; hours?: '24/7'; languages?: string[] }[];
  messages: never[];
  labels: { audiences: Record<string, RawText>; kinds: Record<string, RawText> };
}

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const DAY_MS = 86_400_000;

/** Chicago, where the organization is; places spread over the metro area. */
const CENTRE = { lat: 41.8781, lng: -87.6298 };
const NEIGHBOURHOODS = ['Riverside', 'Pilsen', 'Uptown', 'Hyde Park', 'Logan Square', 'Bronzeville', 'Rogers Park', 'Little Village', 'Austin', 'Evanston', 'Oak Park', 'Cicero'];
const STREETS = ['Elm Street', 'Main Street', 'Oak Avenue', 'Harmon Street', 'Prairie Road', 'Lincoln Boulevard', 'Chestnut Avenue', 'Maple Drive', 'Halsted Street', 'Ashland Avenue', 'Cermak Road', 'Division Street'];

const PLACE_KINDS: { kind: string; name: (area: string, n: number) => RawText }[] = [
  { kind: 'church', name: (area, n) => `St. ${pickFrom(['Mark', 'Brigid', 'Anne', 'Luke', 'Columba'], n)}’s Parish Hall, ${area}` },
  { kind: 'library', name: (area) => ({ en: `${area} Public Library`, es: `Biblioteca Pública de ${area}` }) },
  { kind: 'mosque', name: (area) => `Masjid Al-Noor Community Room, ${area}` },
  { kind: 'community-centre', name: (area) => ({ en: `${area} Community Centre`, es: `Centro Comunitario ${area}` }) },
  { kind: 'school', name: (area, n) => `${area} High School, Room ${100 + (n % 40)}` },
  { kind: 'synagogue', name: (area) => `Beth Shalom Social Hall, ${area}` },
  { kind: 'clinic', name: (area) => ({ en: `${area} Health Clinic, Group Room`, es: `Clínica de Salud ${area}, Sala de Grupos` }) },
  { kind: 'other', name: (area) => `${area} Neighbourhood House` },
];
const PLACE_ACCESS = ['wheelchair', 'step-free', 'hearing-loop', 'parking', 'public-transport', 'childcare', 'sign-language', 'quiet-room'];

const KINDS = ['peer-group', 'sharing-circle', 'workshop', 'training', 'mindfulness', 'talk', 'social', 'other', 'art-group'];
const AUDIENCES = ['adults', 'youth', 'older-adults', 'parents', 'caregivers', 'women', 'men', 'lgbtq', 'grief', 'chronic-illness', 'veterans', 'students'];
const TOPICS = ['stress', 'anxiety', 'depression', 'loneliness', 'grief', 'bullying', 'recovery', 'sleep', 'burnout', 'parenting'];

/** Title pieces by kind, in English and Spanish (`f`: the Spanish noun is feminine). */
const KIND_TITLES: Record<string, { en: string; es: string; f?: boolean }> = {
  'peer-group': { en: 'peer support group', es: 'grupo de apoyo entre pares' },
  'sharing-circle': { en: 'sharing circle', es: 'círculo de conversación' },
  workshop: { en: 'workshop', es: 'taller' },
  training: { en: 'listening skills training', es: 'formación en escucha', f: true },
  mindfulness: { en: 'mindfulness hour', es: 'hora de atención plena', f: true },
  talk: { en: 'talk and questions', es: 'charla con preguntas', f: true },
  social: { en: 'social hour', es: 'tertulia', f: true },
  other: { en: 'drop-in', es: 'espacio abierto' },
  'art-group': { en: 'creative arts group', es: 'grupo de arte' },
};
const AUDIENCE_TITLES: Record<string, { en: string; es: string }> = {
  adults: { en: 'Adults’', es: 'para personas adultas' },
  youth: { en: 'Youth', es: 'juvenil' },
  'older-adults': { en: 'Older adults’', es: 'para personas mayores' },
  parents: { en: 'Parents’', es: 'para madres y padres' },
  caregivers: { en: 'Caregivers’', es: 'para cuidadores' },
  women: { en: 'Women’s', es: 'de mujeres' },
  men: { en: 'Men’s', es: 'de hombres' },
  lgbtq: { en: 'LGBTQ+', es: 'LGBTQ+' },
  grief: { en: 'Grief and loss', es: 'sobre el duelo' },
  'chronic-illness': { en: 'Living with illness', es: 'para vivir con una enfermedad' },
  veterans: { en: 'Veterans’', es: 'para veteranos' },
  students: { en: 'Students’', es: 'para estudiantes' },
};
const QUALIFIERS = ['Open', 'Gentle', 'Community', 'Neighbourhood', 'Walk-and-talk', 'Friendly', 'Welcoming'];
const TIMES_OF_DAY = ['07:30', '09:00', '09:30', '10:00', '10:30', '11:00', '12:00', '12:30', '13:00', '14:00', '15:45', '16:00', '17:30', '18:00', '18:30', '19:00', '19:30', '20:00'];
const FACILITATORS: RawText[] = [
  'Trained peer volunteers',
  { en: 'A licensed counsellor and a peer co-host', es: 'Una consejera titulada y una coanfitriona' },
  'Two long-standing group members',
  { en: 'Our youth mentors', es: 'Nuestros mentores juveniles' },
];
const OTHER_ZONES = ['America/New_York', 'America/Denver', 'America/Los_Angeles'];

const pickFrom = <T>(list: readonly T[], index: number): T => list[index % list.length];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateString = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const addMinutes = (time: string, minutes: number): string => {
  const total = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + minutes) % (24 * 60);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
};

export function generateFeed({ sessions: count, seed = 1, now = FINDER_NOW }: GenerateFeedOptions): GeneratedFeed {
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const pool = [...list];
    const out: T[] = [];
    for (let n = int(min, max); n > 0 && pool.length > 0; n--) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    return out;
  };
  // "Today" in UTC at midnight: schedules are dated from here.
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;

  const placeCount = Math.max(6, Math.min(600, Math.ceil(count / 8)));
  const places: GeneratedPlace[] = [];
  for (let i = 0; i < placeCount; i++) {
    const area = pick(NEIGHBOURHOODS);
    const type = pick(PLACE_KINDS);
    const hidden = chance(0.04);
    const place: GeneratedPlace = {
      id: `p-${pad(i + 1, 3)}`,
      name: type.name(area, i),
      kind: type.kind,
    };
    const access = some(PLACE_ACCESS, 0, 4);
    if (access.length > 0) place.accessibility = access;
    if (hidden) {
      // A safe house: no address or map position until booked.
      place.name = `${area} Haven House`;
      place.kind = 'other';
      place.address_on_request = true;
      place.directions = { en: 'We share the address when you book.', es: 'Le damos la dirección al reservar.' };
    } else {
      place.address = `${int(1, 4800)} ${pick(STREETS)}\n${area}`;
      place.lat = Math.round((CENTRE.lat + (random() - 0.5) * 0.5) * 1e4) / 1e4;
      place.lng = Math.round((CENTRE.lng + (random() - 0.5) * 0.6) * 1e4) / 1e4;
      if (chance(0.3)) place.directions = { en: 'Use the side entrance; the room is on the ground floor.', es: 'Use la entrada lateral; la sala está en la planta baja.' };
    }
    places.push(place);
  }

  const sessions: GeneratedSession[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(KINDS);
    const audiences = chance(0.15) ? [] : some(AUDIENCES, 1, 2);
    const roll = random();
    const languages = roll < 0.6 ? ['en'] : roll < 0.8 ? ['en', 'es'] : roll < 0.95 ? ['es'] : undefined;
    const spanish = languages?.includes('es') ?? false;
    const who = audiences[0] ? AUDIENCE_TITLES[audiences[0]] : undefined;
    const what = KIND_TITLES[kind];
    const sched = schedule();
    const qualifier = qualifierFor(sched);
    const en = `${qualifier} ${who ? `${who.en.startsWith('LGBTQ') ? who.en : who.en.toLowerCase()} ` : ''}${what.en}`;
    const es = `${capitalise(what.es)}${who ? ` ${who.es}` : ''}`;
    const title: RawText = spanish ? { en: capitalise(en), es } : capitalise(en);

    const modeRoll = random();
    const mode = modeRoll < 0.62 ? 'in-person' : modeRoll < 0.84 ? 'online' : 'hybrid';
    const session: GeneratedSession = {
      id: `s-${pad(i + 1, 5)}`,
      title,
      kind,
      schedule: sched,
    };
    if (chance(0.8)) {
      session.description = spanish
        ? { en: `A welcoming ${what.en} to talk, listen and share what helps. Come as you are; you never have to speak.`, es: `${what.f ? 'Una' : 'Un'} ${what.es} ${what.f ? 'acogedora' : 'acogedor'} para hablar, escuchar y compartir lo que ayuda. Venga como es; nunca tiene que hablar.` }
        : `A welcoming ${what.en} to talk, listen and share what helps. Come as you are; you never have to speak.`;
    }
    if (audiences.length > 0) session.audiences = audiences;
    if (chance(0.5)) session.topics = some(TOPICS, 1, 3);
    if (languages) session.languages = languages;
    if (mode !== 'online') session.place = pick(places).id;
    if (mode !== 'in-person') {
      session.online = { url: `https://meet.example.org/${session.id}` };
      if (chance(0.3)) session.online.notes = { en: 'Camera optional.', es: 'La cámara es opcional.' };
      // Some online sessions are run from another time zone.
      if (mode === 'online' && chance(0.15)) session.schedule.timezone = pick(OTHER_ZONES);
    }
    if (chance(0.4)) session.facilitator = pick(FACILITATORS);
    if (chance(0.15)) session.cost = pick<RawText>([{ en: '$5 suggested', es: '$5 sugeridos' }, '$10, or pay what you can', { en: '$3 for materials', es: '$3 por materiales' }]);
    if (chance(0.2)) session.registration = { required: chance(0.6), url: `https://example.org/register/${session.id}` };
    const statusRoll = random();
    if (statusRoll < 0.03) session.status = 'paused';
    else if (statusRoll < 0.05) session.status = 'cancelled';
    sessions.push(session);
  }

  return {
    version: 1,
    updated: `${dateString(today - 3 * DAY_MS)}T09:30:00-06:00`,
    organization: {
      name: { en: 'Riverside Peer Support Network', es: 'Red de Apoyo entre Pares de Riverside' },
      url: 'https://riverside-peer.example.org/',
      timezone: 'America/Chicago',
      language: 'en',
      country: 'US',
      emergency: { number: '911', label: { en: 'In an emergency, call 911', es: 'En una emergencia, llame al 911' } },
      contact: { email: 'hello@riverside-peer.example.org', phone: '(217) 555-0110' },
      feedback_url: 'mailto:listings@riverside-peer.example.org',
    },
    places,
    sessions,
    referrals: [
      { id: 'lifeline', name: '988 Suicide & Crisis Lifeline', kind: 'crisis-line', urgent: true, phone: '988', sms: '988', hours: '24/7', languages: ['en', 'es'] },
    ],
    messages: [],
    labels: {
      audiences: { veterans: { en: 'Veterans', es: 'Veteranos' }, students: { en: 'Students', es: 'Estudiantes' } },
      kinds: { 'art-group': { en: 'Creative arts', es: 'Arte creativo' } },
    },
  };

  /** "Morning", "Evening", "Weekend"… from the schedule, so a title never contradicts its time. */
  function qualifierFor(s: GeneratedSchedule): string {
    if (s.days && s.days.every((d) => d === 'sa' || d === 'su') && chance(0.5)) return 'Weekend';
    if (s.time === undefined) return pick(QUALIFIERS);
    const hour = Number(s.time.slice(0, 2));
    if (chance(0.5)) return pick(QUALIFIERS);
    return hour < 12 ? 'Morning' : hour < 14 ? 'Lunchtime' : hour < 17 ? 'Afternoon' : 'Evening';
  }

  /** One schedule; the mix is roughly what a real network lists. */
  function schedule(): GeneratedSchedule {
    const startedDaysAgo = chance(0.85) ? int(7, 400) : -int(0, 40);
    const start_date = dateString(today - startedDaysAgo * DAY_MS);
    const time = pick(TIMES_OF_DAY);
    const length = pick([30, 45, 60, 60, 90, 90, 90, 120, 150]);
    const timing = chance(0.5) ? { time, end_time: addMinutes(time, length) } : { time, duration: length };
    const roll = random();
    let s: GeneratedSchedule;
    if (roll < 0.45) {
      s = { start_date, ...timing, repeat: 'weekly', days: chance(0.85) ? [pick(DAYS)] : sortDays(some(DAYS, 2, 3)) };
    } else if (roll < 0.6) {
      s = { start_date, ...timing, repeat: 'weekly', interval: 2, days: [pick(DAYS)] };
    } else if (roll < 0.82) {
      const weeks = chance(0.75) ? [pick([1, 2, 3, 4, -1])] : pick([[1, 3], [2, 4]]);
      s = { start_date, ...timing, repeat: 'monthly', weeks, days: [pick(DAYS)] };
    } else if (roll < 0.92) {
      // A one-off, in the coming weeks; some with a second date added.
      s = { start_date: dateString(today + int(0, 50) * DAY_MS), ...timing, repeat: 'none' };
      if (chance(0.3)) s.add = [dateString(today + int(51, 120) * DAY_MS)];
    } else {
      return { start_date, by_appointment: true };
    }
    // An end date for a repeat (a one-off ends with its dates; its added date stays within them).
    if (chance(0.15) && s.repeat !== 'none') s.end_date = dateString(today + int(-10, 200) * DAY_MS);
    if (s.end_date && s.end_date < s.start_date) s.end_date = s.start_date;
    if (s.repeat !== 'none' && chance(0.2)) s.except = [dateString(today + int(1, 40) * DAY_MS)];
    return s;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sortDays = (days: Day[]) => days.sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
