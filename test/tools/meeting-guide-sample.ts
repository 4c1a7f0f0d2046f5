/**
 * A realistic Meeting Guide feed (github.com/code4recovery/spec), made the same
 * way every time: an intergroup's meetings at two dozen locations, in person,
 * online and hybrid, weekly on one or several days, some by appointment or at a
 * temporarily closed location, with the types, groups, regions and contacts
 * real feeds carry (including fields the care feed has no place for).
 */
export type Meeting = Record<string, unknown>;

const NAMES = ['Serenity', 'Early Birds', 'Keep It Simple', 'Step by Step', 'New Beginnings', 'Came to Believe', 'Sunrise', 'Happy Hour',
  'Lunch Bunch', 'Women in Recovery', 'Young People', 'Big Book Study', 'Living Sober', 'Grapevine', 'Night Owls', 'Candlelight',
  'Primary Purpose', 'Freedom', 'Into Action', 'Spiritual Awakening'];
const STREETS = ['Main Street', 'Oak Avenue', 'Mission Boulevard', 'Lincoln Way', 'Cedar Lane', 'Harbor Drive', 'Park Road', 'Elm Street'];
const CITIES = [['San Jose', 'CA', '95110'], ['Santa Clara', 'CA', '95050'], ['Campbell', 'CA', '95008'], ['Los Gatos', 'CA', '95030']];
const BUILDINGS = ['Alano Club', 'First Methodist Church', 'St. Joseph\'s Parish Hall', 'Community Center', 'Public Library, Room B',
  'Grace Lutheran Church', 'Veterans Hall', 'Recovery Café', 'Friends Meeting House', 'YMCA', 'Senior Center', 'Unity Church'];
/** Type combinations as they appear in real feeds, including codes the care feed does not carry (O, C, D, B, ST…). */
const TYPE_SETS = [['O', 'D'], ['C', 'D'], ['O', 'SP'], ['C', 'B'], ['O', 'W', 'D'], ['C', 'M', 'ST'], ['O', 'Y', 'D'], ['O', 'S', 'D'],
  ['C', 'LGBTQ'], ['O', 'MED', 'X'], ['C', 'BE', 'XB'], ['O', 'ASL', 'X'], ['O', 'SEN', 'BA'], ['C', 'POC'], ['O', 'FF', 'LIT'], ['O', 'DD']];

/** A small seeded generator, so the feed is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface MeetingGuideSample {
  meetings: Meeting[];
  /** What the sample holds, for the tests to count against. */
  counts: { locations: number; onlineOnly: number; /** Hybrid meetings at a closed location: online only for now. */ closedWithOnline: number; closedWithoutOnline: number; byAppointment: number; withGroup: number; withRegion: number };
}

export function meetingGuideSample(count = 140, seed = 42): MeetingGuideSample {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const locations = BUILDINGS.flatMap((building, i) => [0, 1].map((j) => {
    const [city, state, zip] = CITIES[(i + j) % CITIES.length];
    return { location: j ? `${building} (${city})` : building, address: `${100 + i * 37 + j * 11} ${STREETS[(i + j) % STREETS.length]}`, city, state, postal_code: zip, latitude: 37.3 + i / 100, longitude: -121.9 + j / 100 };
  }));
  const counts = { locations: 0, onlineOnly: 0, closedWithOnline: 0, closedWithoutOnline: 0, byAppointment: 0, withGroup: 0, withRegion: 0 };
  const used = new Set<string>();
  const meetings: Meeting[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${pick(NAMES)}${next() < 0.2 ? ' Group' : ''}`;
    const hour = 6 + Math.floor(next() * 15);
    const minute = pick([0, 0, 15, 30, 30, 45]);
    const meeting: Meeting = {
      name,
      // Real slugs: usually the name, numbered when a name repeats; sometimes a number alone.
      slug: i % 17 === 0 ? 1000 + i : `${name.toLowerCase().replace(/\s+/g, '-')}-${i}`,
      types: [...pick(TYPE_SETS)],
      notes: next() < 0.3 ? 'Ring the buzzer; the meeting is upstairs.' : '',
      updated: `2026-0${1 + Math.floor(next() * 9)}-${pad(1 + Math.floor(next() * 28))} ${pad(hour)}:00:00`,
      url: `https://aa-example-intergroup.org/meetings/${i}`,
      timezone: i % 23 === 5 ? 'America/Phoenix' : 'America/Los_Angeles',
      entity: 'Example Intergroup', entity_email: 'info@aa-example-intergroup.org', entity_phone: '+1-408-555-0100',
      entity_url: 'https://aa-example-intergroup.org', entity_location: 'Example County, California',
    };
    if (i % 29 === 3) {
      counts.byAppointment += 1;
    } else {
      meeting.day = i % 7 === 2 ? [1, 3, 5] : Math.floor(next() * 7);
      meeting.time = `${pad(hour)}:${pad(minute)}`;
      if (next() < 0.8) meeting.end_time = `${pad(hour + 1)}:${pad(minute)}`;
    }
    const mode = i % 10;
    const online = mode < 3; // online only or hybrid
    const inPerson = mode !== 0 && mode !== 1; // 0, 1: online only
    const closed = i % 31 === 7; // "TC": location temporarily closed
    if (online) {
      meeting.conference_url = `https://zoom.us/j/${8_000_000_000 + i}`;
      meeting.conference_url_notes = 'Password: serenity';
      if (mode === 1) meeting.conference_phone = `+16699006833,,${8_000_000_000 + i}#`;
    }
    if (inPerson) {
      const place = pick(locations);
      Object.assign(meeting, place, { location_notes: next() < 0.4 ? 'Use the side door by the parking lot.' : '' });
      if (next() < 0.2) {
        delete meeting.address;
        meeting.formatted_address = `${place.address}, ${place.city}, ${place.state} ${place.postal_code}, USA`;
      }
      if (!(closed && online)) used.add(place.location);
    } else {
      meeting.formatted_address = 'San Jose, CA, USA';
      meeting.approximate = 'yes';
      counts.onlineOnly += 1;
    }
    if (closed) {
      (meeting.types as string[]).push('TC');
      if (online && inPerson) counts.closedWithOnline += 1;
      else if (!online) counts.closedWithoutOnline += 1;
    }
    if (next() < 0.5) {
      meeting.group = `${name} Group`;
      counts.withGroup += 1;
    }
    if (next() < 0.7) {
      meeting.region = pick(['Downtown', 'Westside', 'East Valley', 'South County']);
      counts.withRegion += 1;
    }
    if (i % 13 === 0) Object.assign(meeting, { contact_1_name: 'Pat', contact_1_phone: '408-555-0142', contact_2_name: 'Sam', contact_2_email: 'sam@example.org' });
    meetings.push(meeting);
  }
  // A meeting at a closed location keeps its place only when it has no online link.
  counts.locations = used.size;
  return { meetings, counts };
}
