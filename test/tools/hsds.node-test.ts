/** `care-widgets import hsds` on an HSDS 3 sample (a page of services, as an HSDS API serves them). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkFeedFile } from '../../src/tools/check.js';
import { feedFromHsds } from '../../src/tools/hsds.js';
import { runCli } from './run-cli.js';

const FIXTURE = 'test/tools/fixtures/hsds-services.json';
const page = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { contents: Record<string, unknown>[] };
const today = new Date('2026-03-10T12:00:00Z');
const convert = (input: unknown, organization: Record<string, string> = { timezone: 'America/Chicago' }) => feedFromHsds(input, { today, organization });
type Referral = Record<string, unknown>;

describe('import hsds', () => {
  it('turns each active service into a referral, and the result passes check with nothing left out', () => {
    const { feed } = convert(page);
    const report = checkFeedFile(JSON.stringify(feed, null, 2));
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
    assert.deepEqual((feed.referrals as Referral[]).map((r) => r.name), ['Riverside Crisis Line', 'Community Counselling Clinic', 'Peer Support Drop-in', 'Teen Text Line', 'Grief Counselling Program']);
    assert.deepEqual(feed.organization, { name: 'Riverside County Health Services', url: 'https://riverside-health.example.org', contact: { email: 'info@riverside-health.example.org' }, timezone: 'America/Chicago' });
  });

  it('carries phones, schedules, languages, areas, eligibility, cost and the date it was checked', () => {
    const [crisis, clinic, peers, teens] = convert(page).feed.referrals as Referral[];
    assert.deepEqual(crisis, {
      id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Riverside Crisis Line',
      description: 'Free, confidential support by phone or text for anyone in emotional distress, at any hour.',
      url: 'https://crisis.riverside-health.example.org', email: 'crisisline@riverside-health.example.org',
      eligibility: 'Anyone in Riverside County', verified: '2026-10-02', cost: 'free',
      phone: '(217) 555-0100', sms: '(217) 555-0101', hours: '24/7', languages: ['en', 'es'], area: 'Riverside County',
    });
    // Its first-Saturday drop-in is not weekly hours, so none of its hours are (the next test but one).
    assert.equal(clinic.hours, undefined);
    assert.equal(clinic.eligibility, 'Ages 18 and over');
    assert.equal(clinic.cost, undefined);
    assert.equal(peers.cost, 'free');
    assert.deepEqual(peers.hours, [{ days: ['tu', 'th'], opens: '10:00', closes: '16:00' }]);
    assert.equal(peers.url, 'https://peers.riverside-health.example.org/chat');
    assert.deepEqual([teens.sms, teens.phone], ['741741', undefined]);
  });

  it('makes the first physical location the walk-in place, shared by the services there', () => {
    const { feed } = convert(page);
    assert.deepEqual(feed.places, [{
      id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', name: 'Riverside Health Center', address: '400 Harbor Drive\nSecond floor\nRiverside, MO 64150',
      lat: 39.0951, lng: -94.5712, directions: 'Bus routes 4 and 12 stop outside.',
    }]);
    assert.deepEqual((feed.referrals as Referral[]).map((r) => r.place), [undefined, '3a19ff88-4620-4d17-9830-ac1d859eb5d5', '3a19ff88-4620-4d17-9830-ac1d859eb5d5', undefined, undefined]);
  });

  it('reports each field it cannot carry over, and the services it leaves out', () => {
    const { unmapped, notes } = convert(page);
    const fields = unmapped.map((u) => u.field);
    for (const field of ['alternate_name', 'alert', 'application_process', 'attributes', 'fees_description', 'program', 'funding', 'required_documents',
      'phones[].extension', 'phones[] of type fax', 'phones[].description', 'schedules[].description',
      'location.accessibility', 'location.description', 'languages[] without a code', 'organization.description']) {
      assert.ok(fields.includes(field), field);
    }
    for (const taken of ['name', 'description', 'url', 'email', 'phones', 'schedules', 'languages', 'service_areas', 'status']) assert.ok(!fields.includes(taken), taken);
    // A schedule that is not weekly hours is named with its service, not only counted.
    assert.ok(!fields.some((f) => f.startsWith('schedules[] (')), fields.join());
    assert.deepEqual(notes.map((n) => n.where), ['services[1] (Community Counselling Clinic)', 'Peer Support Drop-in', 'services[4] (Housing Help Desk)']);
    assert.match(notes[0].message, /^schedule "sc-4" is not weekly \("freq": "MONTHLY", "byday": "1SA"\): /);
    assert.match(notes[1].message, /UTC offset; they are read as local times in the feed's --timezone/);
    assert.match(notes[2].message, /status is "temporarily closed", so it is not imported/);
  });

  it('leaves out the hours of a service with a day it cannot read, and says which, rather than show it closed that day', () => {
    const weekly = (byday: string, opens_at = '09:00', closes_at = '17:00') => ({ freq: 'WEEKLY', byday, opens_at, closes_at });
    const { feed, notes } = convert([
      { id: 'a', name: 'Advice line', status: 'active', phones: [{ number: '555-0100' }], schedules: [weekly('MO,TU,W'), weekly('SA', '10:00', '12:00')] },
      { id: 'b', name: 'Benefits desk', status: 'active', phones: [{ number: '555-0101' }], schedules: [weekly('MO, TU,WE'), weekly('TH,Fx,S')] },
      { id: 'c', name: 'Clinic', status: 'active', phones: [{ number: '555-0102' }], schedules: [weekly('MO, TU,WE'), weekly('th')] },
      { id: 'd', name: 'Drop-in', status: 'active', phones: [{ number: '555-0103' }], schedules: [weekly('MO'), weekly('W'), weekly('X', '18:00', '20:00')] },
    ], { name: 'County services', timezone: 'America/Chicago' });
    assert.deepEqual((feed.referrals as Referral[]).map((r) => r.hours), [undefined, undefined, [
      { days: ['mo', 'tu', 'we'], opens: '09:00', closes: '17:00' }, { days: ['th'], opens: '09:00', closes: '17:00' },
    ], undefined]);
    assert.deepEqual(notes.map((n) => n.where), ['services[0] (Advice line)', 'services[1] (Benefits desk)', 'services[3] (Drop-in)']);
    assert.equal(notes[0].message, 'a schedule\'s byday "MO,TU,W" has a day that cannot be read ("W"; days are MO, TU, WE, TH, FR, SA, SU), so none of its opening hours are imported: '
      + 'hours with a day missing would show it closed when it is open. Fix the day in the source, or add "hours" to the referral by hand.');
    assert.match(notes[1].message, /^a schedule's byday "TH,Fx,S" has days that cannot be read \("Fx", "S"; days are/);
    assert.match(notes[2].message, /^its schedules' byday "W" and "X" have days that cannot be read \("W", "X"; days are/);
    assert.deepEqual(checkFeedFile(JSON.stringify(feed)).problems, []);
  });

  it('leaves out the hours of a service with a schedule that is not weekly hours, naming the service and the schedule, rather than show it closed then', () => {
    const weekly = (extra: Record<string, unknown> = {}) => ({ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '17:00', ...extra });
    const service = (id: string, name: string, schedules: Record<string, unknown>[], more: Record<string, unknown> = {}) => (
      { id, name, status: 'active', phones: [{ number: '555-0100' }], schedules, ...more });
    const { feed, notes, unmapped } = convert([
      service('a', 'Advice line', [weekly(), { id: 'first-sat', freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:00' }]),
      service('b', 'Benefits desk', [weekly(), weekly({ id: 'alt', byday: 'FR', interval: 2 })]),
      service('c', 'Clinic', [weekly(), weekly({ id: 'eve', byday: 'TH', opens_at: '6ish' })]),
      service('d', 'Drop-in', [weekly({ id: 'summer', byweekno: '23,24,25' })]),
      service('e', 'Evening line', [{ id: 'monthly', freq: 'MONTHLY', bymonthday: 1, opens_at: '18:00', closes_at: '20:00' }]),
      service('f', 'Food bank', [], { service_at_locations: [{ location: { id: 'hall', name: 'Hall' }, schedules: [weekly(), { description: 'By appointment' }] }] }),
      service('g', 'Garden group', [weekly()]),
    ], { name: 'County services', timezone: 'America/Chicago' });
    assert.deepEqual((feed.referrals as Referral[]).map((r) => r.hours), [
      undefined, undefined, undefined, undefined, undefined, undefined, [{ days: ['mo', 'we'], opens: '09:00', closes: '17:00' }],
    ]);
    assert.deepEqual(notes.map((n) => n.where), [
      'services[0] (Advice line)', 'services[1] (Benefits desk)', 'services[2] (Clinic)', 'services[3] (Drop-in)', 'services[4] (Evening line)', 'services[5] (Food bank)',
    ]);
    assert.equal(notes[0].message, 'schedule "first-sat" is not weekly ("freq": "MONTHLY", "byday": "1SA"): opening hours are days with an opening and a closing time every week, '
      + 'so none of its opening hours are imported, as its weekly hours alone would show it closed when it is open. Say its times in the referral\'s description, or fix the schedule in the source and import again.');
    assert.match(notes[1].message, /^schedule "alt" is not every week \("interval": 2\): .* so none of its opening hours are imported/);
    assert.match(notes[2].message, /^schedule "eve" has an opening time that cannot be read \("opens_at": "6ish"; write it as "09:00"\): .* so none of its opening hours are imported/);
    assert.match(notes[3].message, /^schedule "summer" is only in some weeks \("byweekno": "23,24,25"\): .* so it has no opening hours in the feed\. /);
    assert.match(notes[4].message, /^schedule "monthly" is not weekly \("freq": "MONTHLY", "bymonthday": 1\): .* so it has no opening hours in the feed\. /);
    assert.match(notes[5].message, /^a schedule with no id has no days or times \("byday", "opens_at", "closes_at"\): .* so none of its opening hours are imported/);
    assert.ok(!unmapped.some((u) => u.field.startsWith('schedules[] (')));
    assert.deepEqual(checkFeedFile(JSON.stringify(feed)).problems, []);
  });

  it('imports the schedules in force today only, and says when the hours it imports come to an end', () => {
    const weekly = (id: string, extra: Record<string, unknown> = {}) => ({ id, freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00', ...extra });
    const service = (id: string, schedules: Record<string, unknown>[]) => ({ id, name: id, status: 'active', phones: [{ number: '555-0100' }], schedules });
    const { feed, notes } = convert([
      // Winter hours over, summer hours to come, this spring's hours now: only these are the service's hours today.
      service('seasons', [weekly('winter', { byday: 'TU', valid_to: '2026-02-28' }), weekly('summer', { byday: 'WE', valid_from: '2026-06-01' }), weekly('spring', { valid_from: '2026-03-01', valid_to: '2026-05-31' })]),
      service('rule', [weekly('old', { until: '2026-03-09T23:59:59Z' }), weekly('later', { dtstart: '2026-04-01' }), weekly('ten', { byday: 'FR', count: 10 })]),
      service('gone', [weekly('closed', { valid_to: '2025-12-31' })]),
    ], { name: 'County services', timezone: 'America/Chicago' });
    assert.deepEqual((feed.referrals as Referral[]).map((r) => r.hours), [
      [{ days: ['mo'], opens: '09:00', closes: '17:00' }], [{ days: ['fr'], opens: '09:00', closes: '17:00' }], undefined,
    ]);
    assert.deepEqual(notes.map((n) => `${n.where}: ${n.message}`), [
      'services[0] (seasons): schedule "winter" ended on 2026-02-28 ("valid_to"), so it is not imported',
      'services[0] (seasons): schedule "summer" begins on 2026-06-01 ("valid_from"), so it is not imported: add its hours to the referral then, or import again',
      'services[0] (seasons): schedule "spring" ends on 2026-05-31 ("valid_to"): its hours are imported, and the feed\'s opening hours have no end date, so change them when it ends',
      'services[1] (rule): schedule "old" ended on 2026-03-09 ("until"), so it is not imported',
      'services[1] (rule): schedule "later" begins on 2026-04-01 ("dtstart"), so it is not imported: add its hours to the referral then, or import again',
      'services[1] (rule): schedule "ten" ends after 10 openings ("count"): its hours are imported, and the feed\'s opening hours have no end date, so change them when it ends',
      'services[2] (gone): schedule "closed" ended on 2025-12-31 ("valid_to"), so it is not imported',
    ]);
    assert.deepEqual(checkFeedFile(JSON.stringify(feed)).problems, []);
  });

  it('makes no place of a location with no name and no address, and says what became of each service there', () => {
    const empty = { id: 'loc-2', location_type: 'physical', latitude: 39.1, longitude: -94.5 };
    const hall = { id: 'loc-1', name: 'Church hall', addresses: [{ address_1: '1 Church Lane', city: 'Riverside' }] };
    const cityOnly = { id: 'loc-3', addresses: [{ city: 'Riverside', state_province: 'MO', postal_code: '64150' }] };
    const at = (...locations: Record<string, unknown>[]) => locations.map((location) => ({ location }));
    const { feed, notes } = convert([
      { id: 'a', name: 'Advice line', status: 'active', phones: [{ number: '555-0100' }], service_at_locations: at(empty, hall) },
      { id: 'b', name: 'Benefits desk', status: 'active', phones: [{ number: '555-0101' }], service_at_locations: at(empty) },
      { id: 'c', name: 'Clinic', status: 'active', phones: [{ number: '555-0102' }], service_at_locations: at({ location_type: 'physical' }, cityOnly) },
    ], { name: 'County services' });
    assert.deepEqual(feed.places, [
      { id: 'loc-1', name: 'Church hall', address: '1 Church Lane\nRiverside' },
      // A place needs a name: an address with no street is named by its first line.
      { id: 'loc-3', name: 'Riverside, MO 64150', address: 'Riverside, MO 64150' },
    ]);
    assert.deepEqual((feed.referrals as Referral[]).map((r) => r.place), ['loc-1', undefined, 'loc-3']);
    assert.deepEqual(notes.map((n) => n.where), ['location "loc-2"', 'a location with no id']);
    assert.equal(notes[0].message, 'has no name and no address, so it is not made a place; the services that name it: "Advice line" (its walk-in place is "Church hall"), '
      + '"Benefits desk" (listed without a walk-in place). Give the location a name or an address in the source, or add a "place" to the referrals by hand.');
    assert.match(notes[1].message, /^has no name and no address, so it is not made a place; the service that names it: "Clinic" \(its walk-in place is "Riverside, MO 64150"\)\. .* to the referral by hand\.$/);
    const report = checkFeedFile(JSON.stringify(feed));
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
  });

  it('reads one service, a list, or an organization with its services', () => {
    const [first] = page.contents;
    assert.equal((convert(first).feed.referrals as Referral[]).length, 1);
    assert.equal((convert(page.contents).feed.referrals as Referral[]).length, 5);
    assert.equal((convert({ name: 'Org', services: page.contents }).feed.organization as { name: string }).name, 'Org');
    assert.match(convert({ hello: 1 }).notes[0].message, /no HSDS services found/);
  });

  it('asks for a time zone when there are opening hours', () => {
    const { notes, feed } = convert(page, {});
    assert.ok(notes.some((n) => /--timezone/.test(n.message) && n.where === 'organization'));
    // The peer and teen lines ("24/7" needs no zone); the clinic's hours are left out (its first-Saturday drop-in).
    assert.equal(checkFeedFile(JSON.stringify(feed)).problems.filter((p) => p.code === 'hours-no-zone').length, 2);
  });

  it('runs from the command line, reporting what it left behind', async () => {
    const { code, stdout, stderr } = await runCli(['import', 'hsds', FIXTURE, '--timezone', 'America/Chicago']);
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).referrals.length, 5);
    assert.match(stderr, /^not imported: phones\[\]\.extension \(1 entry\): a phone link cannot dial an extension/m);
    assert.match(stderr, /^The feed: 1 place; 5 referrals; check finds nothing left out\.$/m);
  });
});
