/**
 * The rules of feed-format.md as test cases, shared by the validator tests and
 * the schema-agreement tests: each changes the complete feed in one place.
 */
import { expect } from '@open-wc/testing';
import type { ParsedFeed } from '../../../../src/feed/types.js';
import { editsAt, REMOVE, type Edits } from './feeds.js';

export interface Bad {
  rule: string;
  edits: Edits;
  /** The problem's exact path. */
  path: string;
  /** Words the message must contain. */
  says: string[];
  skipped: boolean;
  /** Other problems the same change rightly causes. */
  also?: string[];
  /** For a field-level problem: what the output holds at `path` afterwards (default: nothing). */
  value?: unknown;
  then?: (result: ParsedFeed) => void;
  /** Set when JSON Schema cannot say this rule: why. Only the validator catches it. */
  validatorOnly?: string;
  /**
   * Set when the spec allows the value, so the schema accepts it, and the validator reads it and
   * only says it (a field that changes nothing, an old zone name, a likely slip): why it is said.
   */
  said?: string;
}

export const org = (edits: Edits) => editsAt('organization', edits);
export const place = (i: number, edits: Edits) => editsAt(`places[${i}]`, edits);
export const session = (i: number, edits: Edits) => editsAt(`sessions[${i}]`, edits);
export const schedule = (i: number, edits: Edits) => editsAt(`sessions[${i}].schedule`, edits);
export const referral = (i: number, edits: Edits) => editsAt(`referrals[${i}]`, edits);
export const message = (i: number, edits: Edits) => editsAt(`messages[${i}]`, edits);
export const volunteering = (edits: Edits) => editsAt('volunteering', edits);

/** One broken rule each, as parseFeed reports it. */
export const BAD: Bad[] = [
  // top level
  { rule: 'updated is a DateTime, not a Date', edits: { updated: '2026-03-01' }, path: 'updated', says: ['"2026-03-01"', 'with an offset'], skipped: false },
  { rule: 'a DateTime is on a real date', edits: { updated: '2026-02-30T09:00:00Z' }, path: 'updated', says: ['"2026-02-30T09:00:00Z"'], skipped: false, validatorOnly: 'the calendar inside a DateTime' },
  { rule: 'updated needs an offset', edits: { updated: '2026-03-01T09:00:00' }, path: 'updated', says: ['"2026-03-01T09:00:00" has no offset', 'add one at the end', '"Z"'], skipped: false },
  {
    rule: 'a date and time with a space after it is read, and said', edits: { updated: '2026-03-01T09:00:00Z ' }, path: 'updated',
    says: ['"2026-03-01T09:00:00Z " is read as "2026-03-01T09:00:00Z"', 'write it without the spaces around it'], skipped: false, value: '2026-03-01T09:00:00Z',
    then: ({ problems }) => expect(problems[0].message).not.to.include('lower case'),
  },
  {
    rule: 'a field of the feed in capitals is another field, kept and ignored, and said', edits: { Labels: { audiences: { farmers: 'Farmers' } } }, path: 'Labels',
    says: ['"Labels" is not a field of the feed', 'did you mean "labels"?'], skipped: false, value: { audiences: { farmers: 'Farmers' } },
  },
  { rule: 'organization is required', edits: { organization: REMOVE }, path: 'organization', says: ['"organization" is missing'], skipped: false, value: { name: '', language: 'en' } },
  {
    rule: 'organization must be an object', edits: { organization: 'Riverside' }, path: 'organization', says: ['should be an object'], skipped: true,
    then: ({ feed }) => expect(feed.organization).to.deep.equal({ name: '', language: 'en' }),
  },
  {
    rule: 'places must be a list', edits: { places: { id: 'hall' } }, path: 'places', says: ['should be a list'], skipped: true,
    also: ['referrals[1].place', 'sessions[0].place'], then: ({ feed }) => expect(feed.places).to.deep.equal([]),
  },
  { rule: 'sessions must be a list', edits: { sessions: 'none' }, path: 'sessions', says: ['should be a list'], skipped: true, then: ({ feed }) => expect(feed.sessions).to.deep.equal([]) },

  // organization
  { rule: 'organization.name is required', edits: org({ name: REMOVE }), path: 'organization.name', says: ['needs a "name"'], skipped: false, value: '' },
  { rule: 'organization.name is Text', edits: org({ name: 42 }), path: 'organization.name', says: ['42', 'should be text'], skipped: false, value: '' },
  { rule: 'organization.url is a safe URL', edits: org({ url: 'javascript:alert(1)' }), path: 'organization.url', says: ['"javascript:alert(1)"', 'not a safe link', 'https:'], skipped: false },
  {
    rule: 'a web address without https:// is read as one, and said', edits: org({ url: 'www.stmarks.org' }), path: 'organization.url',
    says: ['without "https://"', '"https://www.stmarks.org"', 'did you mean'], skipped: false, value: 'https://www.stmarks.org',
  },
  ...[
    ['m.me/RiversideHelp', 'https://m.me/RiversideHelp'], ['t.me/riverside_help', 'https://t.me/riverside_help'],
    ['sehatjiwa.kemkes.go.id', 'https://sehatjiwa.kemkes.go.id'], ['sos.org.sg', 'https://sos.org.sg'],
    ['Riverside-Clinic.ORG', 'https://Riverside-Clinic.ORG'], ['help.online/chat?x=1', 'https://help.online/chat?x=1'], ['Riverside.App', 'https://Riverside.App'],
  ].map(([url, web]): Bad => ({
    rule: `a web address without https:// ending in a country's two letters or a common ending is read as one, and said: ${url}`, edits: org({ 'contact.url': url }),
    path: 'organization.contact.url', says: ['without "https://"', `"${web}"`], skipped: false, value: web,
  })),
  { rule: 'a URL must parse', edits: org({ url: 'http://[::1' }), path: 'organization.url', says: ['not a safe link'], skipped: false, validatorOnly: 'parsing URLs' },
  { rule: 'organization.timezone is a zone name, not an offset', edits: org({ timezone: '-04:00' }), path: 'organization.timezone', says: ['"-04:00" is not a time zone name', 'America/New_York'], skipped: false },
  { rule: 'organization.timezone must exist', validatorOnly: 'zone existence', edits: org({ timezone: 'Mars/Olympus_Mons' }), path: 'organization.timezone', says: ['"Mars/Olympus_Mons" is not a known time zone', 'America/Chicago'], skipped: false },
  { rule: 'organization.timezone is required when there are sessions', edits: org({ timezone: REMOVE }), path: 'organization.timezone', says: ['needs a "timezone"', 'sessions'], skipped: false },
  { rule: 'organization.language is a Lang', edits: org({ language: 'English' }), path: 'organization.language', says: ['"English" is not a language tag'], skipped: false, value: 'en' },
  { rule: 'organization.country is two letters', edits: org({ country: 'USA' }), path: 'organization.country', says: ['"USA"', 'two-letter country code'], skipped: false },
  {
    rule: 'organization.emergency needs a number', edits: org({ 'emergency.number': REMOVE }), path: 'organization.emergency.number', says: ['needs a "number"'], skipped: true,
    then: ({ feed }) => expect(feed.organization.emergency).to.equal(undefined),
  },
  {
    rule: 'an emergency number written as a number is read as its digits, and still shown', edits: org({ 'emergency.number': 911 }), path: 'organization.emergency.number',
    says: ['911 is read as "911"', 'in quotes'], skipped: false, value: '911',
  },
  ...[1.5, -911, 1e21].map((number): Bad => ({
    rule: `an emergency number that is not whole digits is left out: ${number}`, edits: org({ 'emergency.number': number }), path: 'organization.emergency.number',
    says: ['write the emergency number in quotes, as it is dialled, e.g. "911"', 'left out'], skipped: true,
    then: ({ feed }) => expect(feed.organization.emergency).to.equal(undefined),
  })),
  { rule: 'organization.emergency is an object', edits: org({ emergency: '911' }), path: 'organization.emergency', says: ['should be an object'], skipped: false },
  { rule: 'organization.emergency.label is Text', edits: org({ 'emergency.label': ['Call'] }), path: 'organization.emergency.label', says: ['should be text'], skipped: false },
  { rule: 'organization.contact is an object', edits: org({ contact: 'hello@example.org' }), path: 'organization.contact', says: ['should be an object'], skipped: false },
  {
    rule: 'organization.contact.email that holds no address is kept, and said: the finder\'s report link would go nowhere', edits: org({ 'contact.email': 'hello at riverside dot org' }),
    path: 'organization.contact.email', says: ['"hello at riverside dot org" holds no email address', '"help@example.org"'], skipped: false, value: 'hello at riverside dot org',
  },
  { rule: 'organization.contact.url is a safe URL', edits: org({ 'contact.url': 'data:text/html,<script>alert(1)</script>' }), path: 'organization.contact.url', says: ['not a safe link'], skipped: false },
  { rule: 'organization.feedback_url is a safe URL', edits: org({ feedback_url: 'vbscript:msgbox(1)' }), path: 'organization.feedback_url', says: ['not a safe link'], skipped: false },

  // places (places[1] is referred to by nothing, so only the place itself is affected)
  { rule: 'a place needs an id', edits: place(1, { id: REMOVE }), path: 'places[1].id', says: ['needs "id"', 'missing'], skipped: true },
  { rule: 'ids are letters, digits, - and _', edits: place(1, { id: 'safe house' }), path: 'places[1].id', says: ['"safe house" is not a usable id', 'letters, digits'], skipped: true },
  { rule: 'ids are strings', edits: place(1, { id: 7 }), path: 'places[1].id', says: ['7 is not a usable id'], skipped: true },
  { rule: 'ids are unique within their list', validatorOnly: 'unique ids', edits: place(1, { id: 'st-marks-hall' }), path: 'places[1].id', says: ['"st-marks-hall" is used twice', 'unique'], skipped: true },
  { rule: 'a place needs a name', edits: place(1, { name: REMOVE }), path: 'places[1].name', says: ['needs "name"'], skipped: true },
  { rule: 'place.kind is a code', edits: place(1, { kind: 7 }), path: 'places[1].kind', says: ['7 should be text'], skipped: false },
  { rule: 'place.address is a string', edits: place(1, { address: ['12 Oak Street'] }), path: 'places[1].address', says: ['should be text'], skipped: false },
  {
    rule: 'lat needs lng', edits: place(0, { lng: REMOVE }), path: 'places[0].lng', says: ['both "lat" and "lng"'], skipped: false,
    then: ({ feed }) => expect(feed.places[0].lat).to.equal(undefined),
  },
  { rule: 'lng needs lat', edits: place(0, { lat: REMOVE }), path: 'places[0].lat', says: ['both "lat" and "lng"'], skipped: false, then: ({ feed }) => expect(feed.places[0].lng).to.equal(undefined) },
  { rule: 'lat is within ±90', edits: place(0, { lat: 95 }), path: 'places[0].lat', says: ['95', '-90 to 90'], skipped: false, then: ({ feed }) => expect(feed.places[0].lng).to.equal(undefined) },
  { rule: 'lng is a number', edits: place(0, { lng: '87.63 W' }), path: 'places[0].lng', says: ['"87.63 W"', '-180 to 180'], skipped: false },
  { rule: 'a number in quotes is read as the number', edits: place(0, { lng: '-87.63' }), path: 'places[0].lng', says: ['"-87.63" is read as the number -87.63', 'write it without quotes: -87.63'], skipped: false, value: -87.63 },
  { rule: 'place.directions is Text', edits: place(0, { directions: 5 }), path: 'places[0].directions', says: ['should be text'], skipped: false },
  { rule: 'place.accessibility is a list', edits: place(0, { accessibility: 'wheelchair' }), path: 'places[0].accessibility', says: ['should be a list'], skipped: false },
  { rule: 'accessibility codes are strings', edits: place(0, { 'accessibility[2]': 12 }), path: 'places[0].accessibility[2]', says: ['12', 'short code'], skipped: false },
  { rule: 'address_on_request is a boolean, and keeps the address private when unclear', edits: place(1, { address_on_request: 'maybe' }), path: 'places[1].address_on_request', says: ['true or false', 'private'], skipped: false, value: true },
  { rule: 'address_on_request "no" in quotes is read as false, and reported', edits: place(1, { address_on_request: 'no' }), path: 'places[1].address_on_request', says: ['"no" is read as false', 'without quotes'], skipped: false, value: false },
  { rule: 'a blank address_on_request still keeps the address private', edits: place(1, { address_on_request: null }), path: 'places[1].address_on_request', says: ['private'], skipped: false, value: true },

  // sessions
  { rule: 'a session needs a title', edits: session(0, { title: REMOVE }), path: 'sessions[0].title', says: ['needs "title"'], skipped: true },
  { rule: 'an empty language map is no title', edits: session(0, { title: {} }), path: 'sessions[0].title', says: ['no language in "title" has usable text'], skipped: true },
  {
    rule: 'a bad language in a Text map drops only that language', edits: session(0, { 'title.english': 'Peer circle' }), path: 'sessions[0].title.english', says: ['"english" is not a language tag'], skipped: false,
    then: ({ feed }) => expect(feed.sessions[0].title).to.deep.equal({ en: 'Peer circle', es: 'Círculo de pares' }),
  },
  { rule: 'Text map values are strings', edits: session(0, { 'title.es': 5 }), path: 'sessions[0].title.es', says: ['5 should be text'], skipped: false },
  {
    rule: 'a Text map with nothing usable is no title', edits: session(0, { title: { en: '' } }), path: 'sessions[0].title', also: ['sessions[0].title.en'], says: ['no language in "title" has usable text'], skipped: true,
    then: ({ problems }) => expect(problems.find((p) => p.path === 'sessions[0].title')!.message).not.to.include('should be'),
  },
  { rule: 'session.description is Text', edits: session(0, { description: 42 }), path: 'sessions[0].description', says: ['42 should be text'], skipped: false },
  { rule: 'null counts as left out, and is reported', edits: session(0, { description: null }), path: 'sessions[0].description', says: ['"description" is empty'], skipped: false },
  { rule: 'a blank kind falls back to peer-group', edits: session(0, { kind: '' }), path: 'sessions[0].kind', says: ['"kind" is empty'], skipped: false, value: 'peer-group' },
  { rule: 'session.audiences is a list', edits: session(0, { audiences: 'adults' }), path: 'sessions[0].audiences', says: ['should be a list'], skipped: false },
  { rule: 'session.topics are codes', edits: session(0, { 'topics[2]': { code: 'grief' } }), path: 'sessions[0].topics[2]', says: ['short code'], skipped: false },
  { rule: 'session.languages are Lang', edits: session(0, { 'languages[2]': 'Spanish!' }), path: 'sessions[0].languages[2]', says: ['"Spanish!" is not a language tag'], skipped: false },
  { rule: 'session.place must exist', validatorOnly: 'place references', edits: session(0, { place: 'church-hall' }), path: 'sessions[0].place', says: ['no place has the id "church-hall"'], skipped: true },
  { rule: 'session.place is an id', edits: session(0, { place: ['st-marks-hall'] }), path: 'sessions[0].place', says: ['not a place id', 'letters, digits'], skipped: true },
  { rule: 'a place id has no spaces', edits: session(0, { place: 'st-marks-hall ' }), path: 'sessions[0].place', says: ['"st-marks-hall " is not a place id', 'without spaces'], skipped: true },
  { rule: 'a session needs a place or online', edits: session(0, { place: REMOVE, online: REMOVE }), path: 'sessions[0]', says: ['needs a "place" or "online"'], skipped: true },
  { rule: 'online is an object (the place still works)', edits: session(0, { online: 'https://meet.example.org' }), path: 'sessions[0].online', says: ['should be an object'], skipped: false },
  {
    rule: 'an online-only session with no url or phone is kept, and said', edits: session(1, { online: { notes: 'Link sent by email' } }), path: 'sessions[1].online',
    says: ['"url" or "phone"', 'no way to join'], skipped: false, value: { url: undefined, phone: undefined, notes: 'Link sent by email' },
  },
  {
    rule: 'an online-only session whose only link is unsafe has no way to join', edits: session(1, { 'online.url': 'javascript:alert(1)' }), path: 'sessions[1].online',
    also: ['sessions[1].online.url'], says: ['no way to join'], skipped: false, value: { url: undefined, phone: undefined, notes: undefined },
  },
  { rule: 'an online-only session with bad online is left out', edits: session(1, { online: 'https://meet.example.org' }), path: 'sessions[1]', also: ['sessions[1].online'], says: ['"place" or "online"'], skipped: true },
  { rule: 'online.url is a safe URL', edits: session(0, { 'online.url': 'javascript:alert(1)' }), path: 'sessions[0].online.url', says: ['not a safe link'], skipped: false },
  { rule: 'a blank URL is reported as empty', edits: session(0, { 'online.url': '' }), path: 'sessions[0].online.url', says: ['"url" is empty'], skipped: false },
  { rule: 'a session needs a schedule', edits: session(0, { schedule: REMOVE }), path: 'sessions[0].schedule', says: ['needs a "schedule"'], skipped: true },
  { rule: 'schedule is an object', edits: session(0, { schedule: 'Tuesdays 18:30' }), path: 'sessions[0].schedule', says: ['should be an object'], skipped: true },
  { rule: 'status is active, paused or cancelled', edits: session(0, { status: 'canceled' }), path: 'sessions[0].status', says: ['"canceled" is not a status', '"cancelled"'], skipped: true },
  { rule: 'a status with a space after it is read, and said', edits: session(0, { status: 'active ' }), path: 'sessions[0].status', says: ['"active " is read as "active"', 'without the spaces around it'], skipped: false, value: 'active' },
  { rule: 'a status in capitals and spaces is read, and said', edits: session(1, { status: ' Paused' }), path: 'sessions[1].status', says: ['" Paused" is read as "paused"', 'in lower case, without the spaces around it'], skipped: false, value: 'paused' },
  { rule: 'a session\'s updated date with a space is read, and said', edits: session(0, { updated: '2026-02-20 ' }), path: 'sessions[0].updated', says: ['"2026-02-20 " is read as "2026-02-20"'], skipped: false, value: '2026-02-20' },
  { rule: 'cost is "free" or Text; a bad one falls back to free', edits: session(0, { cost: 0 }), path: 'sessions[0].cost', says: ['0 should be text'], skipped: false, value: 'free' },
  { rule: 'registration is an object', edits: session(0, { registration: 'yes' }), path: 'sessions[0].registration', says: ['should be an object'], skipped: false },
  { rule: 'registration.required is a boolean', edits: session(0, { 'registration.required': 'maybe' }), path: 'sessions[0].registration.required', says: ['"maybe" should be true or false'], skipped: false },
  { rule: 'a yes/no in quotes is read, whatever its case and spaces', edits: session(0, { 'registration.required': ' FALSE ' }), path: 'sessions[0].registration.required', says: ['" FALSE " is read as false', 'write true or false without quotes'], skipped: false, value: false },
  { rule: 'registration.url is a safe URL', edits: session(0, { 'registration.url': ' java\tscript:alert(1)' }), path: 'sessions[0].registration.url', says: ['not a safe link'], skipped: false },
  { rule: 'session.contact is an object', edits: session(0, { contact: ['Ana'] }), path: 'sessions[0].contact', says: ['should be an object'], skipped: false },
  { rule: 'session.contact fields are strings', edits: session(0, { 'contact.name': 5550102 }), path: 'sessions[0].contact.name', says: ['should be text', 'write it in quotes, "5550102"'], skipped: false },
  { rule: 'a phone number written as a number is read as its digits', edits: session(0, { 'contact.phone': 5550102 }), path: 'sessions[0].contact.phone', says: ['5550102 is read as "5550102"', 'in quotes'], skipped: false, value: '5550102' },
  { rule: 'session.updated is a real date', edits: session(0, { updated: '2026-02-30' }), path: 'sessions[0].updated', says: ['"2026-02-30" is not a date', 'February 2026 has no 30th'], skipped: false },

  // schedule
  { rule: 'schedule.timezone is a zone name, not an offset', edits: schedule(0, { timezone: '-04:00' }), path: 'sessions[0].schedule.timezone', says: ['"-04:00" is not a time zone name', 'America/New_York'], skipped: true },
  { rule: 'UTC+2 is an offset too', edits: schedule(0, { timezone: 'UTC+2' }), path: 'sessions[0].schedule.timezone', says: ['is not a time zone name'], skipped: true },
  { rule: 'schedule.timezone must exist', validatorOnly: 'zone existence', edits: schedule(0, { timezone: 'America/Atlantis' }), path: 'sessions[0].schedule.timezone', says: ['"America/Atlantis" is not a known time zone'], skipped: true },
  { rule: 'a legacy zone such as EST (no summer time) is flagged with a place-based fix', edits: schedule(0, { timezone: 'EST' }), path: 'sessions[0].schedule.timezone', says: ['"EST" is a fixed-offset zone name that ignores summer time', 'America/New_York'], skipped: true },
  { rule: 'Etc/GMT+5 is a fixed offset too', edits: schedule(0, { timezone: 'Etc/GMT+5' }), path: 'sessions[0].schedule.timezone', says: ['"Etc/GMT+5" is a fixed-offset zone name that ignores summer time'], skipped: true },
  {
    rule: 'EST5EDT is an old-style name (one that does have summer time)', edits: org({ timezone: 'EST5EDT' }), path: 'organization.timezone', says: ['"EST5EDT" is an old-style zone name', 'place-based', 'America/New_York'], skipped: false,
    then: ({ problems }) => expect(problems[0].message).not.to.include('summer'),
  },
  {
    rule: 'CET is an old-style name too', edits: schedule(0, { timezone: 'CET' }), path: 'sessions[0].schedule.timezone', says: ['"CET" is an old-style zone name', 'where the sessions are'], skipped: true,
    then: ({ problems }) => expect(problems[0].message).not.to.include('summer'),
  },
  ...['Japan', 'Singapore', 'Jamaica', 'GB', 'US/Central', 'Canada/Eastern', 'Brazil/East', 'us/central'].map((zone): Bad => ({
    rule: `an old name of a place's zone is read with its place's rules, and said: ${zone}`, edits: schedule(0, { timezone: zone }), path: 'sessions[0].schedule.timezone',
    says: [`"${zone}" is an old name for`, 'it is read', 'write'], skipped: false, value: zone, said: 'an IANA name, a link to the place-based one',
  })),
  {
    rule: 'an old name of the organization\'s zone is read, and said', edits: org({ timezone: ' US/Eastern ' }), path: 'organization.timezone', says: ['" US/Eastern " is an old name for'],
    skipped: false, value: 'US/Eastern', said: 'an IANA name, a link to the place-based one',
  },
  { rule: 'a SystemV/ name is a fixed offset, in every browser', edits: schedule(0, { timezone: 'SystemV/EST5' }), path: 'sessions[0].schedule.timezone', says: ['"SystemV/EST5" is a fixed-offset zone name that ignores summer time'], skipped: true },
  { rule: 'a SystemV/ name with summer time is no place\'s either', edits: schedule(0, { timezone: 'SystemV/EST5EDT' }), path: 'sessions[0].schedule.timezone', says: ['"SystemV/EST5EDT" is an old-style zone name'], skipped: true },
  { rule: 'Factory is no place\'s zone', edits: schedule(0, { timezone: 'Factory' }), path: 'sessions[0].schedule.timezone', says: ['"Factory" is an old-style zone name'], skipped: true },
  { rule: 'US/Pacific-New is gone from the zone database, in every browser', edits: schedule(0, { timezone: 'US/Pacific-New' }), path: 'sessions[0].schedule.timezone', says: ['"US/Pacific-New" is an old-style zone name', 'America/'], skipped: true },
  { rule: 'UCT is an old name for UTC', edits: schedule(1, { timezone: 'UCT' }), path: 'sessions[1].schedule.timezone', says: ['"UCT" is an old name for UTC', 'write "UTC"'], skipped: true },
  { rule: 'a city alone is not a known zone', edits: schedule(0, { timezone: 'Chicago' }), path: 'sessions[0].schedule.timezone', says: ['"Chicago" is not a known time zone', 'America/Chicago'], skipped: true },
  { rule: 'a zone in words is not a known zone', edits: schedule(0, { timezone: 'Eastern Time' }), path: 'sessions[0].schedule.timezone', says: ['"Eastern Time" is not a known time zone'], skipped: true },
  {
    rule: 'Zulu is an old name for UTC, read as one', edits: schedule(1, { timezone: 'Zulu' }), path: 'sessions[1].schedule.timezone', says: ['"Zulu" is an old name for UTC', 'write "UTC"'],
    skipped: false, value: 'Zulu', said: 'an IANA name, a link to UTC',
  },
  ...[['weekly', 0, 'weeks', 100], ['monthly', 1, 'months', 1_000_000_000]].map(([repeat, i, unit, interval]): Bad => ({
    rule: `an interval over 52 is read, and said as a likely typing slip: ${interval}, ${repeat}`, edits: schedule(i as number, { interval }), path: `sessions[${i}].schedule.interval`,
    says: [`"interval" ${interval} is read as it is`, `every ${interval} ${unit}`, 'typing slip'], skipped: false, value: interval, said: 'the spec allows any whole number from 1',
  })),
  {
    rule: 'a duration over a day is read, and said: a weekend retreat', edits: schedule(1, { duration: 2880 }), path: 'sessions[1].schedule.duration',
    says: ['"duration" 2880 is read as it is', 'ends on a later day', 'like 90'], skipped: false, value: 2880, said: 'minutes, as the spec says; over a day is unusual',
  },
  { rule: 'a duration is at most two days', edits: schedule(1, { duration: 2881 }), path: 'sessions[1].schedule.duration', says: ['2881 should be a number of minutes, 1 to 2880', 'its own session'], skipped: false },
  { rule: 'start_date is required', edits: schedule(0, { start_date: REMOVE }), path: 'sessions[0].schedule.start_date', says: ['needs "start_date"'], skipped: true },
  { rule: 'start_date is YYYY-MM-DD', edits: schedule(0, { start_date: '01/06/2026' }), path: 'sessions[0].schedule.start_date', says: ['"01/06/2026" is not a date', 'YYYY-MM-DD'], skipped: true },
  { rule: 'time is required without by_appointment', edits: schedule(0, { time: REMOVE }), path: 'sessions[0].schedule.time', says: ['without "by_appointment" needs "time"'], skipped: true },
  { rule: 'time is HH:MM', edits: schedule(0, { time: '6:30pm' }), path: 'sessions[0].schedule.time', says: ['"6:30pm" is not a time', 'HH:MM'], skipped: true },
  { rule: 'time is 24-hour, up to 23:59', edits: schedule(0, { time: '24:00' }), path: 'sessions[0].schedule.time', says: ['is not a time'], skipped: true },
  { rule: 'end_time is a Time', edits: schedule(0, { end_time: '8pm' }), path: 'sessions[0].schedule.end_time', says: ['"8pm" is not a time'], skipped: false },
  { rule: 'duration is minutes', edits: schedule(1, { duration: 0 }), path: 'sessions[1].schedule.duration', says: ['minutes'], skipped: false },
  { rule: 'duration is a whole number', edits: schedule(1, { duration: '90 minutes' }), path: 'sessions[1].schedule.duration', says: ['"90 minutes"', 'minutes'], skipped: false },
  { rule: 'a duration in quotes is read as the number', edits: schedule(1, { duration: '90' }), path: 'sessions[1].schedule.duration', says: ['"90" is read as the number 90'], skipped: false, value: 90 },
  { rule: 'repeat is none, weekly or monthly', edits: schedule(0, { repeat: 'daily' }), path: 'sessions[0].schedule.repeat', says: ['"daily" is not a repeat'], skipped: true },
  { rule: 'interval is at least 1', edits: schedule(0, { interval: 0 }), path: 'sessions[0].schedule.interval', says: ['whole number, 1 or more'], skipped: true },
  { rule: 'interval is whole', edits: schedule(0, { interval: 1.5 }), path: 'sessions[0].schedule.interval', says: ['1.5', 'whole number'], skipped: true },
  { rule: 'days is not empty', edits: schedule(0, { days: [] }), path: 'sessions[0].schedule.days', says: ['list of days'], skipped: true },
  { rule: 'days are Day codes', edits: schedule(0, { days: ['tuesday'] }), path: 'sessions[0].schedule.days', says: ['"mo", "tu"'], skipped: true, then: ({ problems }) => expect(problems[0].message).not.to.include('lower case') },
  { rule: 'a day in capitals is read in lower case, and said', edits: schedule(0, { days: ['TU'] }), path: 'sessions[0].schedule.days[0]', says: ['"TU" is read as "tu"', 'write it in lower case'], skipped: false, value: 'tu' },
  { rule: 'a day with a space after it is read, and said', edits: schedule(0, { days: ['tu '] }), path: 'sessions[0].schedule.days[0]', says: ['"tu " is read as "tu"', 'write it without the spaces around it'], skipped: false, value: 'tu' },
  {
    rule: 'days with one that cannot be read are not read: only the list is reported', edits: schedule(0, { days: ['Mo', 'tuesday'] }), path: 'sessions[0].schedule.days',
    says: ['["Mo","tuesday"] should be a list of days'], skipped: true,
  },
  { rule: 'a time with a space after it is read, and said', edits: schedule(0, { time: '18:30 ' }), path: 'sessions[0].schedule.time', says: ['"18:30 " is read as "18:30"', 'without the spaces around it'], skipped: false, value: '18:30' },
  { rule: 'a start date with a space after it is read, and said', edits: schedule(0, { start_date: '2026-01-06 ' }), path: 'sessions[0].schedule.start_date', says: ['"2026-01-06 " is read as "2026-01-06"', 'without the spaces'], skipped: false, value: '2026-01-06' },
  { rule: 'a repeat with a space after it is read, and said', edits: schedule(0, { repeat: 'weekly ' }), path: 'sessions[0].schedule.repeat', says: ['"weekly " is read as "weekly"', 'without the spaces around it'], skipped: false, value: 'weekly' },
  { rule: 'a repeat in capitals is read in lower case, and said', edits: schedule(1, { repeat: 'Monthly' }), path: 'sessions[1].schedule.repeat', says: ['"Monthly" is read as "monthly"', 'in lower case'], skipped: false, value: 'monthly' },
  { rule: 'an except date with spaces is read, and said', edits: schedule(0, { 'except[0]': ' 2026-12-22 ' }), path: 'sessions[0].schedule.except[0]', says: ['" 2026-12-22 " is read as "2026-12-22"'], skipped: false, value: '2026-12-22' },
  { rule: 'an extra date with a space is read, and said', edits: schedule(0, { 'add[0]': '2026-12-27 ' }), path: 'sessions[0].schedule.add[0]', says: ['"2026-12-27 " is read as "2026-12-27"'], skipped: false, value: '2026-12-27' },
  { rule: 'monthly needs weeks', edits: schedule(1, { weeks: REMOVE }), path: 'sessions[1].schedule.weeks', says: ['monthly schedule needs "weeks"', '[-1]'], skipped: true },
  { rule: 'weeks are 1 to 5 or -1', edits: schedule(1, { weeks: [6] }), path: 'sessions[1].schedule.weeks', says: ['1 to 5, or -1'], skipped: true },
  { rule: 'there is no week 0', edits: schedule(1, { weeks: [0] }), path: 'sessions[1].schedule.weeks', says: ['1 to 5, or -1'], skipped: true },
  {
    rule: 'an unreadable except date skips the session, which would be listed on the day it is cancelled', edits: schedule(0, { 'except[1]': '2026-13-01' }),
    path: 'sessions[0].schedule.except[1]', says: ['"2026-13-01" is not a date', 'there is no month 13', 'listed on the day it does not happen'], skipped: true,
  },
  { rule: 'except is a list; one date alone skips the session too', edits: schedule(0, { except: '2026-12-22' }), path: 'sessions[0].schedule.except', says: ['should be a list', '["2026-12-25"]'], skipped: true },
  { rule: 'add holds Dates', edits: schedule(0, { 'add[0]': '30/12/2026' }), path: 'sessions[0].schedule.add[0]', says: ['is not a date'], skipped: false },
  {
    rule: 'days without a repeat do nothing: the session happens once', edits: schedule(0, { repeat: REMOVE }), path: 'sessions[0].schedule.days',
    says: ['"days" does nothing without a "repeat"', 'once, on "start_date"', '"repeat": "weekly"'], skipped: false, value: ['tu'], said: 'a field that changes nothing',
  },
  {
    rule: 'an interval with repeat none does nothing', edits: schedule(0, { repeat: 'none', interval: 2, days: REMOVE }), path: 'sessions[0].schedule.interval',
    says: ['"interval" does nothing without a "repeat"'], skipped: false, value: 2, said: 'a field that changes nothing',
  },
  {
    rule: 'weeks with a weekly repeat do nothing', edits: schedule(0, { weeks: [2] }), path: 'sessions[0].schedule.weeks', says: ['"weeks" does nothing with "repeat": "weekly"', '"monthly"'],
    skipped: false, value: [2], said: 'a field that changes nothing',
  },
  {
    rule: 'end_time and duration together: end_time is used', edits: schedule(0, { duration: 45 }), path: 'sessions[0].schedule.duration', says: ['"duration" is not used, as "end_time" is given'],
    skipped: false, value: 45, said: 'the spec gives both as the end; one is enough',
  },
  { rule: 'end_date is not before start_date', validatorOnly: 'comparing two dates', edits: schedule(0, { end_date: '2025-12-31' }), path: 'sessions[0].schedule.end_date', says: ['2025-12-31 is before "start_date" 2026-01-06', 'never happens'], skipped: true },
  { rule: 'a malformed end_date skips the session rather than run it forever', edits: schedule(0, { end_date: 'December' }), path: 'sessions[0].schedule.end_date', says: ['"December" is not a date'], skipped: true },
  { rule: 'by_appointment is a boolean', edits: schedule(0, { by_appointment: 'sometimes' }), path: 'sessions[0].schedule.by_appointment', says: ['true or false'], skipped: false },
  {
    rule: 'by_appointment "yes" in quotes is read as true, so no time is needed', edits: schedule(0, { by_appointment: 'yes', time: REMOVE, end_time: REMOVE, repeat: REMOVE, days: REMOVE }),
    path: 'sessions[0].schedule.by_appointment', says: ['"yes" is read as true', 'without quotes'], skipped: false, value: true,
  },

  // referrals
  { rule: 'a referral needs a name', edits: referral(0, { name: REMOVE }), path: 'referrals[0].name', says: ['needs "name"'], skipped: true },
  { rule: 'referral ids are checked too', edits: referral(0, { id: 'crisis line' }), path: 'referrals[0].id', says: ['not a usable id'], skipped: true },
  { rule: 'urgent is a boolean', edits: referral(0, { urgent: 'maybe' }), path: 'referrals[0].urgent', says: ['"maybe" should be true or false'], skipped: false },
  {
    rule: 'urgent "yes" in quotes is read as true: the line stays a crisis resource', edits: referral(0, { urgent: 'yes' }), path: 'referrals[0].urgent',
    says: ['"yes" is read as true', 'write true or false without quotes'], skipped: false, value: true,
  },
  { rule: 'phone is a string', edits: referral(0, { phone: true }), path: 'referrals[0].phone', says: ['true should be text'], skipped: false },
  { rule: 'a phone number written as a number is read as its digits', edits: referral(0, { phone: 988 }), path: 'referrals[0].phone', says: ['988 is read as "988"; write a phone number in quotes'], skipped: false, value: '988' },
  {
    rule: 'a WhatsApp number needs its country code', edits: referral(0, { whatsapp: '(217) 555-0189' }), path: 'referrals[0].whatsapp',
    says: ['"(217) 555-0189" has no country code', 'WhatsApp cannot find it', '"+1 217 555 0189"'], skipped: false, value: '(217) 555-0189',
    said: 'a string, as the spec says; the number still shows',
  },
  {
    rule: 'an email field holds an email address: one written to fool spam robots makes no link', edits: referral(0, { email: 'help at riverside dot org' }), path: 'referrals[0].email',
    says: ['"help at riverside dot org" holds no email address', 'no link to write to', '"help@example.org"'], skipped: false, value: 'help at riverside dot org',
  },
  {
    rule: 'a session\'s contact email is checked too', edits: session(0, { 'contact.email': 'ask at the desk' }), path: 'sessions[0].contact.email',
    says: ['"ask at the desk" holds no email address'], skipped: false, value: 'ask at the desk',
  },
  { rule: 'chat_url is a safe URL, whatever its case', edits: referral(0, { chat_url: 'JAVASCRIPT:alert(1)' }), path: 'referrals[0].chat_url', says: ['not a safe link'], skipped: false },
  {
    rule: 'the signup\'s fallback email is checked too', edits: volunteering({ 'submit.email': 'volunteer at example dot org' }), path: 'volunteering.submit.email',
    says: ['"volunteer at example dot org" holds no email address'], skipped: false, value: 'volunteer at example dot org',
  },
  { rule: 'a blank string counts as left out', edits: referral(0, { email: '   ' }), path: 'referrals[0].email', says: ['"email" is empty'], skipped: false },
  { rule: 'hours is "24/7" or a list', edits: referral(0, { hours: '9-5' }), path: 'referrals[0].hours', says: ['"9-5"', '"24/7"'], skipped: false },
  {
    rule: 'one unusable range leaves all the hours out, never a week that shows the line closed when it is open', edits: referral(1, { 'hours[1].opens': '10pm' }),
    path: 'referrals[1].hours[1].opens', says: ['"10pm" is not a time', 'HH:MM', 'All the opening hours are left out'], skipped: false,
    then: ({ feed }) => expect(feed.referrals[1].hours).to.equal(undefined),
  },
  {
    rule: 'a closing time of "24:00" is midnight at the end of the day: read as "00:00", and the hours kept', edits: referral(1, { 'hours[0].closes': '24:00' }), path: 'referrals[1].hours[0].closes',
    says: ['"24:00" is read as "00:00", midnight'], skipped: false, value: '00:00',
  },
  { rule: 'opening hours close at a time of day', edits: referral(1, { 'hours[0].closes': '24:30' }), path: 'referrals[1].hours[0].closes', says: ['"24:30" is not a time', 'opening hours are left out'], skipped: false, then: ({ feed }) => expect(feed.referrals[1].hours).to.equal(undefined) },
  { rule: 'opening hours need days', edits: referral(1, { 'hours[1].days': [] }), path: 'referrals[1].hours[1].days', says: ['should be a list of days'], skipped: false, then: ({ feed }) => expect(feed.referrals[1].hours).to.equal(undefined) },
  {
    rule: 'a day of opening hours in capitals is read in lower case, and the hours are kept', edits: referral(1, { 'hours[0].days': ['MO', 'tu', 'we'] }), path: 'referrals[1].hours[0].days[0]',
    says: ['"MO" is read as "mo"', 'in lower case'], skipped: false, value: 'mo',
    then: ({ feed }) => expect(feed.referrals[1].hours).to.have.length(2),
  },
  {
    rule: 'an opening time with a space is read, and the hours are kept', edits: referral(1, { 'hours[1].opens': '22:00 ' }), path: 'referrals[1].hours[1].opens',
    says: ['"22:00 " is read as "22:00"'], skipped: false, value: '22:00',
  },
  {
    rule: 'a range that opens and closes at the same time is kept, round the clock, and said', edits: referral(1, { 'hours[0].closes': '09:00', 'hours[0].opens': '09:00' }),
    path: 'referrals[1].hours[0]', says: ['both 09:00', 'round the clock', '"24/7"'], skipped: false, value: { days: ['mo', 'tu', 'we'], opens: '09:00', closes: '09:00' },
    validatorOnly: 'a comparison of two fields',
  },
  { rule: 'a missing part of a range is named', edits: referral(1, { 'hours[0].closes': REMOVE }), path: 'referrals[1].hours[0].closes', says: ['"closes" is missing'], skipped: false },
  { rule: 'a range is an object', edits: referral(1, { 'hours[1]': '9-5' }), path: 'referrals[1].hours[1]', says: ['"9-5" should be like {"days"'], skipped: false },
  { rule: 'hours that are neither "24/7" nor a list', edits: referral(1, { hours: { days: ['mo'] } }), path: 'referrals[1].hours', says: ['should be "24/7" or ['], skipped: false },
  {
    rule: 'hours in an unusable zone are left out', edits: referral(1, { timezone: '+05:30' }), path: 'referrals[1].timezone', also: ['referrals[1].hours'], says: ['"+05:30" is not a time zone name'], skipped: false,
    then: ({ feed }) => expect(feed.referrals[1].hours).to.equal(undefined),
  },
  {
    rule: 'opening hours need a zone, from the referral or the organization', edits: { sessions: REMOVE, 'organization.timezone': REMOVE, 'referrals[1].timezone': REMOVE },
    path: 'referrals[1].hours', says: ['need a time zone', '"timezone"'], skipped: false, validatorOnly: 'a zone given elsewhere in the feed',
  },
  { rule: 'cost is one of the referral costs', edits: referral(0, { cost: 'cheap' }), path: 'referrals[0].cost', says: ['"cheap" is not a cost', '"sliding-scale"'], skipped: false },
  { rule: 'a cost with a space after it is read, and said', edits: referral(0, { cost: 'free ' }), path: 'referrals[0].cost', says: ['"free " is read as "free"', 'without the spaces around it'], skipped: false, value: 'free' },
  { rule: 'a verified date with a space is read, and said', edits: referral(0, { verified: ' 2026-02-01' }), path: 'referrals[0].verified', says: ['" 2026-02-01" is read as "2026-02-01"'], skipped: false, value: '2026-02-01' },
  { rule: 'referral.place must exist (only the walk-in address is lost)', validatorOnly: 'place references', edits: referral(1, { place: 'old-office' }), path: 'referrals[1].place', says: ['no place has the id "old-office"', 'walk-in address'], skipped: false },
  { rule: 'verified is a Date', edits: referral(0, { verified: 'last week' }), path: 'referrals[0].verified', says: ['not a date'], skipped: false },
  { rule: 'referral.languages is a list', edits: referral(0, { languages: 'en' }), path: 'referrals[0].languages', says: ['should be a list'], skipped: false },
  { rule: 'walk_in is a boolean', edits: referral(1, { walk_in: 5 }), path: 'referrals[1].walk_in', says: ['5 should be true or false'], skipped: false },
  { rule: 'walk_in "No" in quotes is read as false', edits: referral(1, { walk_in: 'No' }), path: 'referrals[1].walk_in', says: ['"No" is read as false'], skipped: false, value: false },
  { rule: 'area is Text', edits: referral(0, { area: false }), path: 'referrals[0].area', says: ['should be text'], skipped: false },

  // messages
  { rule: 'a message needs text', edits: message(0, { text: REMOVE }), path: 'messages[0].text', says: ['needs "text"'], skipped: true },
  { rule: 'message ids are unique', validatorOnly: 'unique ids', edits: message(1, { id: 'listening' }), path: 'messages[1].id', says: ['used twice'], skipped: true },
  { rule: 'a link needs a url', edits: message(1, { 'link.url': REMOVE }), path: 'messages[1].link.url', says: ['needs a "url"'], skipped: false, then: ({ feed }) => expect(feed.messages[1].link).to.equal(undefined) },
  { rule: 'link.url is a safe URL', edits: message(1, { 'link.url': 'javascript:alert(1)' }), path: 'messages[1].link.url', says: ['not a safe link'], skipped: false, then: ({ feed }) => expect(feed.messages[1].link).to.equal(undefined) },
  { rule: 'link is an object', edits: message(1, { link: 'tel:+15550142' }), path: 'messages[1].link', says: ['should be an object'], skipped: false },
  { rule: 'starts is a Date or DateTime', edits: message(1, { starts: 'next tuesday' }), path: 'messages[1].starts', says: ['"next tuesday" is not a date'], skipped: true },
  { rule: 'a DateTime in ends needs its offset', edits: message(1, { ends: '2027-01-02T23:59' }), path: 'messages[1].ends', says: ['"2027-01-02T23:59" has no offset', '"Z"', '"-05:00"'], skipped: true },
  {
    rule: 'a message that ends before it starts is left out', validatorOnly: 'comparing two dates', edits: message(1, { starts: '2027-01-05', ends: '2027-01-02' }),
    path: 'messages[1].ends', says: ['"ends" 2027-01-02 is before "starts" 2027-01-05', 'never show'], skipped: true,
  },
  {
    rule: 'a date and time before a plain start date', validatorOnly: 'comparing two dates', edits: message(1, { starts: '2027-01-05' }),
    path: 'messages[1].ends', says: ['is before "starts"'], skipped: true,
  },
  { rule: 'tone is info, hope or urgent', edits: message(0, { tone: 'loud' }), path: 'messages[0].tone', says: ['"loud" is not a tone'], skipped: false, value: 'info' },
  { rule: 'an urgent tone in capitals stays urgent, and is said', edits: message(0, { tone: 'Urgent' }), path: 'messages[0].tone', says: ['"Urgent" is read as "urgent"', 'write it in lower case'], skipped: false, value: 'urgent' },
  { rule: 'an urgent tone with spaces stays urgent, and is said', edits: message(0, { tone: ' urgent ' }), path: 'messages[0].tone', says: ['" urgent " is read as "urgent"', 'without the spaces around it'], skipped: false, value: 'urgent' },
  { rule: 'a start date with spaces is read, and said', edits: message(1, { starts: '2026-12-20 ' }), path: 'messages[1].starts', says: ['"2026-12-20 " is read as "2026-12-20"'], skipped: false, value: '2026-12-20' },

  // volunteering
  { rule: 'volunteering is an object', edits: { volunteering: [] }, path: 'volunteering', says: ['should be an object'], skipped: true },
  { rule: 'volunteering needs roles', edits: volunteering({ roles: REMOVE }), path: 'volunteering.roles', says: ['at least one role'], skipped: true },
  { rule: 'a role needs a title (the other roles stay)', edits: volunteering({ 'roles[1].title': REMOVE }), path: 'volunteering.roles[1].title', says: ['needs "title"'], skipped: true },
  { rule: 'role ids are unique', validatorOnly: 'unique ids', edits: volunteering({ 'roles[1].id': 'listener' }), path: 'volunteering.roles[1].id', says: ['used twice'], skipped: true },
  // A role whose age cannot be read is left out, rather than shown asking nobody to confirm an age.
  { rule: 'min_age is whole years', edits: volunteering({ 'roles[0].min_age': 'eighteen' }), path: 'volunteering.roles[0].min_age', says: ['age in whole years', 'from 1 to 129', 'This entry is left out'], skipped: true },
  { rule: 'min_age is at least 1', edits: volunteering({ 'roles[0].min_age': 0 }), path: 'volunteering.roles[0].min_age', says: ['0 should be an age in whole years, from 1 to 129'], skipped: true },
  { rule: 'min_age is at most 129', edits: volunteering({ 'roles[0].min_age': 180 }), path: 'volunteering.roles[0].min_age', says: ['180 should be an age in whole years'], skipped: true },
  { rule: 'volunteering needs submit', edits: volunteering({ submit: REMOVE }), path: 'volunteering.submit', says: ['needs "submit"'], skipped: true },
  { rule: 'submit.url is required', edits: volunteering({ 'submit.url': REMOVE }), path: 'volunteering.submit.url', says: ['needs "url"'], skipped: true },
  { rule: 'signups cannot be sent to a mailto: address', edits: volunteering({ 'submit.url': 'mailto:volunteer@example.org' }), path: 'volunteering.submit.url', says: ['not a web address'], skipped: true },
  { rule: 'nor to a disguised one', edits: volunteering({ 'submit.url': 'ma\tilto:volunteer@example.org' }), path: 'volunteering.submit.url', says: ['not a web address'], skipped: true },
  { rule: 'submit.url is a safe URL', edits: volunteering({ 'submit.url': 'javascript:alert(1)' }), path: 'volunteering.submit.url', says: ['not a web address'], skipped: true },
  {
    rule: 'a web address written as on a poster, without https:// or www., is read as one, and said', edits: referral(0, { chat_url: '988lifeline.org/chat' }), path: 'referrals[0].chat_url',
    says: ['without "https://"', '"https://988lifeline.org/chat"'], skipped: false, value: 'https://988lifeline.org/chat',
  },
  {
    rule: 'a signup address without https:// is read as one, and said', edits: volunteering({ 'submit.url': ' www.example.org/signup' }), path: 'volunteering.submit.url',
    says: ['"https://www.example.org/signup"', 'did you mean'], skipped: false, value: 'https://www.example.org/signup',
  },
  { rule: 'submit.format is json or form', edits: volunteering({ 'submit.format': 'xml' }), path: 'volunteering.submit.format', says: ['"json" or "form"'], skipped: true },
  { rule: 'a format with a space after it is read, and said', edits: volunteering({ 'submit.format': 'json ' }), path: 'volunteering.submit.format', says: ['"json " is read as "json"'], skipped: false, value: 'json' },
  { rule: 'a signup question in capitals is read, and said', edits: volunteering({ 'fields[0]': 'Phone' }), path: 'volunteering.fields[0]', says: ['"Phone" is read as "phone"'], skipped: false, value: 'phone' },
  { rule: 'volunteering needs consent', edits: volunteering({ consent: REMOVE }), path: 'volunteering.consent', says: ['needs "consent"'], skipped: true },
  { rule: 'consent needs a version', edits: volunteering({ 'consent.version': REMOVE }), path: 'volunteering.consent.version', says: ['needs "version"'], skipped: true },
  { rule: 'consent needs text', edits: volunteering({ 'consent.text': REMOVE }), path: 'volunteering.consent.text', says: ['needs "text"'], skipped: true },
  { rule: 'fields are the known questions', edits: volunteering({ 'fields[5]': 'shoe_size' }), path: 'volunteering.fields[5]', says: ['"shoe_size" is not a signup question', '"availability"'], skipped: false },
  { rule: 'privacy_url is a safe URL', edits: volunteering({ privacy_url: 'data:text/html,hi' }), path: 'volunteering.privacy_url', says: ['not a safe link'], skipped: false },

  // labels
  { rule: 'labels is an object', edits: { labels: 'farmers' }, path: 'labels', says: ['should be an object'], skipped: false, value: {} },
  { rule: 'a label group is an object', edits: { 'labels.audiences': ['farmers'] }, path: 'labels.audiences', says: ['should be an object'], skipped: false },
  { rule: 'a label is Text', edits: { 'labels.audiences.farmers': 5 }, path: 'labels.audiences.farmers', says: ['should be text'], skipped: false },
];


/** Variants the spec allows: no problem, and the schema accepts them. */
export const GOOD: [string, Edits][] = [
  ['a session at a place only', session(0, { online: REMOVE })],
  ['an online session with only a phone number', session(1, { online: { phone: '+1 555 0100' } })],
  ['a session without its own zone uses the organization\'s', schedule(0, { timezone: REMOVE })],
  ['by appointment without a time', schedule(0, { by_appointment: true, time: REMOVE, repeat: REMOVE, days: REMOVE })],
  ['an end_time before time, ending the next day', schedule(0, { time: '22:00', end_time: '01:00' })],
  ['end_date on start_date', schedule(0, { end_date: '2026-01-06', repeat: 'none', days: REMOVE, add: REMOVE })],
  ['week 5, for months that have one', schedule(1, { weeks: [5] })],
  ['every other week', schedule(0, { interval: 2 })],
  ['zone names of three parts, and UTC for an online session that means it', { ...schedule(0, { timezone: 'America/Argentina/Buenos_Aires' }), ...schedule(1, { timezone: 'Etc/UTC' }) }],
  ['UTC, for an online session that means it', schedule(1, { timezone: 'UTC' })],
  ['UTC and GMT in any case', { ...schedule(0, { timezone: 'utc' }), ...schedule(1, { timezone: 'Etc/gmt' }) }],
  ['a zone with spaces around it', { ...schedule(0, { timezone: ' America/Chicago ' }), 'organization.timezone': 'America/New_York  ' }],
  ['"24/7" with spaces around it', referral(0, { hours: ' 24/7 ' })],
  ['date-times with six or seven decimals of a second, as Python and .NET write them', { updated: '2026-03-01T09:00:00.1234567-06:00', ...message(1, { starts: '2026-12-20T06:00:00.123456+00:00' }) }],
  ['a message that starts and ends on one day', message(1, { starts: '2027-01-02', ends: '2027-01-02' })],
  ['no organization timezone when there are no sessions', { sessions: REMOVE, 'organization.timezone': REMOVE }],
  ['an empty list of sessions', { sessions: [], 'organization.timezone': REMOVE }],
  ['a region tag in a Text map', session(0, { title: { 'pt-BR': 'Círculo', 'zh-Hant-TW': '同儕圈', 'es-419': 'Círculo' } })],
  ['relative, http, mailto, tel and sms links', { 'organization.url': 'http://riverside.example.org', 'organization.contact.url': '../contact?x=1#y', 'organization.feedback_url': 'sms:+15550100', 'messages[1].link.url': '#help' }],
  ['a relative submit url', volunteering({ 'submit.url': '/api/volunteer', 'submit.format': 'form' })],
  ['a message window of DateTimes in UTC', message(1, { starts: '2026-12-20T06:00Z', ends: '2027-01-02T23:59:59.999+00:00' })],
  ['opening hours past midnight', referral(1, { hours: [{ days: ['sa'], opens: '20:00', closes: '04:00' }] })],
  ['a referral with hours in the organization\'s zone', referral(1, { timezone: REMOVE })],
  ['a lowercase country code', { 'organization.country': 'us' }],
  ['email addresses as people write them', { ...referral(0, { email: 'mailto:help@riverside.example.org' }), ...referral(1, { email: 'Intake desk <intake@clinic.example.org>' }), ...session(0, { 'contact.email': 'anna@riverside.example.org (weekdays)' }) }],
  ['the signup\'s fallback email as people write it', volunteering({ 'submit.email': 'Volunteer team <volunteer@riverside.example.org>' })],
  ['a WhatsApp number pasted from a right-to-left page, with a direction mark before its country code', referral(0, { whatsapp: '\u200E+1 217\u2011555\u20110189' })],
  ['unknown codes in open lists', { ...session(0, { kind: 'walk-and-talk', audiences: ['farmers', 'students'] }), ...place(0, { kind: 'barn' }) }],
  ['cost as "free" or words', session(0, { cost: { en: 'Pay what you can' } })],
  ['no volunteering, no labels', { volunteering: REMOVE, labels: REMOVE }],
  ['ids of letters of any alphabet, and a decomposed é', { ...place(1, { id: 'parroquia-san-josé' }), ...session(0, { id: 'círculo_niños-2' }), ...referral(0, { id: 'خط-الأزمات' }), ...message(0, { id: 'cafe\u0301' }) }],
];

/** Links a browser would run or load, written the ways people hide them. No URL field may keep one. */
export const UNSAFE_URLS = [
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'java\nscript:alert(1)', 'JAVA\rSCRIPT:alert(1)',
  '\u0000javascript:alert(1)', '\u0001javascript:alert(1)', '\u00A0javascript:alert(1)', '\uFEFFjavascript:alert(1)', '\u2028javascript:alert(1)', '\u3000javascript:alert(1)',
  'javascript://%0Aalert(1)', 'data:text/html,<script>alert(1)</script>', 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', ' data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.org/1', 'ftp://example.org/x',
];

/** Links the spec allows. */
export const SAFE_URLS = [
  'https://example.org/a?b=c#d', 'HTTP://example.org', 'mailto:help@example.org', 'tel:+15550100', 'SMS:+15550100', '/groups', 'groups.html', '../x', '#top', '?page=2',
  '//example.org/x', '  https://example.org/  ', 'https://example.org/a b', 'javascript&colon;alert(1)', 'a b:c',
  // Pages beside the host's, never read as web addresses: file names and paths.
  'page.php?id=3', 'Groups.HTML', 'report.pdf', './t.me', '/sos.org.sg', '../m.me/x', 'v2.0/notes', 'files/help.online',
];
