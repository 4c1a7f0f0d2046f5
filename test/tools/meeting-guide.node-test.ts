/** `care-widgets import meeting-guide` on a realistic feed of 140 meetings, and field by field. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkFeedFile } from '../../src/tools/check.js';
import { feedFromMeetingGuide } from '../../src/tools/meeting-guide.js';
import { meetingGuideSample, type Meeting } from './meeting-guide-sample.js';
import { runCli, tempDir } from './run-cli.js';

const today = new Date('2026-03-10T12:00:00Z');
type Session = { id: string; title: string; place?: string; online?: Record<string, string>; status?: string; schedule: Record<string, unknown>; kind?: string; audiences?: string[]; languages?: string[]; accessibility?: string[]; contact?: Record<string, string>; updated?: string; description?: string };
const convert = (meetings: Meeting[], organization = {}) => feedFromMeetingGuide(meetings, { today, organization });
const one = (meeting: Meeting) => (convert([{ name: 'Serenity', slug: 'serenity', timezone: 'America/Chicago', ...meeting }]).feed.sessions as Session[])[0];

describe('import meeting-guide', () => {
  const { meetings, counts } = meetingGuideSample(140);

  it('turns 140 meetings into a feed that passes check with nothing left out', () => {
    const { feed, notes } = convert(meetings);
    assert.deepEqual(notes, []);
    const report = checkFeedFile(JSON.stringify(feed, null, 2));
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
    const sessions = feed.sessions as Session[];
    assert.equal(sessions.length, 140);
    assert.equal(new Set(sessions.map((s) => s.id)).size, 140);
    assert.equal((feed.places as unknown[]).length, counts.locations);
    assert.equal(sessions.filter((s) => !s.place).length, counts.onlineOnly + counts.closedWithOnline);
    assert.equal(sessions.filter((s) => s.status === 'paused').length, counts.closedWithoutOnline);
    assert.equal(sessions.filter((s) => s.schedule.by_appointment).length, counts.byAppointment);
    assert.ok(counts.byAppointment > 0 && counts.closedWithOnline + counts.closedWithoutOnline > 0 && counts.onlineOnly > 0, 'the sample has each case');
    assert.deepEqual(feed.organization, {
      name: 'Example Intergroup', url: 'https://aa-example-intergroup.org', timezone: 'America/Los_Angeles',
      contact: { email: 'info@aa-example-intergroup.org', phone: '+1-408-555-0100' },
    });
  });

  it('reports each field and meeting type it cannot carry over, with how many meetings had it', () => {
    const { unmapped } = convert(meetings);
    const count = (field: string) => unmapped.find((u) => u.field === field)?.count;
    assert.equal(count('group'), counts.withGroup);
    assert.equal(count('region'), counts.withRegion);
    assert.equal(count('url'), 140);
    assert.equal(count('entity_location'), 140);
    assert.equal(count('contact_2_name'), meetings.filter((m) => m.contact_2_name).length);
    assert.equal(count('types: O'), meetings.filter((m) => (m.types as string[]).includes('O')).length);
    assert.equal(count('types: C'), meetings.filter((m) => (m.types as string[]).includes('C')).length);
    assert.match(unmapped.find((u) => u.field === 'group')!.why!, /sessions have no group/);
    // Every field reported is one the meetings have, and none the feed took.
    for (const { field } of unmapped) if (!field.startsWith('types: ')) assert.ok(meetings.some((m) => field in m), field);
    for (const taken of ['name', 'slug', 'day', 'time', 'end_time', 'location', 'conference_url', 'types: W', 'types: SP', 'types: X']) assert.equal(count(taken), undefined, taken);
  });

  it('reads days 0-6 from Sunday, and lists of days', () => {
    assert.deepEqual(one({ day: 0, time: '18:00' }).schedule, { start_date: '2026-03-10', repeat: 'weekly', days: ['su'], time: '18:00' });
    assert.deepEqual(one({ day: [6, 1, '3'], time: '7:30', end_time: '08:30' }).schedule.days, ['mo', 'we', 'sa']);
    assert.equal(one({ day: 1, time: '7:30' }).schedule.time, '07:30');
    assert.deepEqual(one({}).schedule, { start_date: '2026-03-10', by_appointment: true });
  });

  it('reads days written as names and times written as 1900 or 7:00 PM, and says so once for each way of writing them', () => {
    const meetings: Meeting[] = [
      { name: 'A', slug: 'a', day: 'Friday', time: '1900', end_time: '2030' },
      { name: 'B', slug: 'b', day: 'friday', time: '7:00 PM', end_time: '8:30 pm' },
      { name: 'C', slug: 'c', day: ['Mon', 'Thu.', 3], time: '7:00 PM' },
      { name: 'D', slug: 'd', day: 'Friday', time: 1900 },
      { name: 'E', slug: 'e', day: 0, time: '7:30' },
    ].map((m) => ({ ...m, conference_url: 'https://zoom.us/j/1' }));
    const { feed, notes } = convert(meetings, { name: 'Intergroup', timezone: 'America/Chicago' });
    assert.deepEqual((feed.sessions as Session[]).map((s) => [s.schedule.days, s.schedule.time, s.schedule.end_time]), [
      [['fr'], '19:00', '20:30'], [['fr'], '19:00', '20:30'], [['mo', 'we', 'th'], '19:00', undefined], [['fr'], '19:00', undefined], [['su'], '07:30', undefined],
    ]);
    assert.deepEqual(notes, [
      { where: 'meeting 1 (A) and 1 more', message: '"day": "Friday" is read as Friday; Meeting Guide writes it as a number, 0 for Sunday to 6 for Saturday (Friday is 5)' },
      { where: 'meeting 1 (A) and 1 more', message: '"time": "1900" is read as 19:00; Meeting Guide writes it as HH:MM on a 24-hour clock' },
      { where: 'meeting 1 (A)', message: '"end_time": "2030" is read as 20:30; Meeting Guide writes it as HH:MM on a 24-hour clock' },
      { where: 'meeting 2 (B)', message: '"day": "friday" is read as Friday; Meeting Guide writes it as a number, 0 for Sunday to 6 for Saturday (Friday is 5)' },
      { where: 'meeting 2 (B) and 1 more', message: '"time": "7:00 PM" is read as 19:00; Meeting Guide writes it as HH:MM on a 24-hour clock' },
      { where: 'meeting 2 (B)', message: '"end_time": "8:30 pm" is read as 20:30; Meeting Guide writes it as HH:MM on a 24-hour clock' },
      { where: 'meeting 3 (C)', message: '"day": "Mon" is read as Monday; Meeting Guide writes it as a number, 0 for Sunday to 6 for Saturday (Monday is 1)' },
      { where: 'meeting 3 (C)', message: '"day": "Thu." is read as Thursday; Meeting Guide writes it as a number, 0 for Sunday to 6 for Saturday (Thursday is 4)' },
    ]);
    const report = checkFeedFile(JSON.stringify(feed));
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
  });

  it('turns locations into places, and online details into the session\'s online link', () => {
    const { feed } = convert([
      { name: 'A', slug: 'a', day: 1, time: '18:00', location: 'Alano Club', address: '123 Main St', city: 'Anytown', state: 'CA', postal_code: '98765', country: 'US', latitude: '37.33', longitude: -121.89, location_notes: 'Upstairs' },
      { name: 'B', slug: 'b', day: 2, time: '18:00', location: 'Alano Club', address: '123 Main St', city: 'Anytown', state: 'CA', postal_code: '98765', country: 'US', latitude: 37.33, longitude: -121.89 },
      { name: 'C', slug: 'c', day: 3, time: '18:00', formatted_address: 'Anytown, CA, USA', approximate: 'yes', conference_url: 'https://zoom.us/j/1', conference_url_notes: 'Password 123', conference_phone: '+16699006833,,1#', conference_phone_notes: 'Code 1' },
      { name: 'D', slug: 'd', day: 4, time: '18:00', location: 'Alano Club', formatted_address: '123 Main St, Anytown, CA 98765, USA', types: ['TC'], conference_url: 'https://zoom.us/j/2' },
    ], { timezone: 'America/Los_Angeles', name: 'X' });
    assert.deepEqual(feed.places, [{ id: 'alano-club', name: 'Alano Club', address: '123 Main St, Anytown, CA 98765, US', lat: 37.33, lng: -121.89, directions: 'Upstairs' }]);
    const sessions = feed.sessions as Session[];
    assert.deepEqual(sessions.map((s) => s.place), ['alano-club', 'alano-club', undefined, undefined]);
    assert.deepEqual(sessions[2].online, { url: 'https://zoom.us/j/1', phone: '+16699006833,,1#', notes: 'Password 123 Code 1' });
    assert.deepEqual(sessions[3].online, { url: 'https://zoom.us/j/2' });
  });

  it('turns meeting types into kinds, audiences, languages and accessibility, with labels for codes the widgets do not know', () => {
    const session = one({ day: 1, time: '18:00', conference_url: 'https://zoom.us/j/1', types: ['SP', 'W', 'S', 'BE', 'X', 'XB', 'ASL', 'O'] });
    assert.equal(session.kind, 'talk');
    assert.deepEqual(session.audiences, ['women', 'newcomers']);
    assert.deepEqual(session.languages, ['es']);
    assert.deepEqual(session.accessibility, ['wheelchair', 'accessible-toilet', 'sign-language']);
    const { feed } = convert([{ name: 'A', slug: 'a', day: 1, time: '18:00', conference_url: 'https://zoom.us/j/1', types: 'BE,XB' }]);
    assert.deepEqual(feed.labels, { audiences: { newcomers: 'Newcomers' }, accessibility: { 'accessible-toilet': 'Wheelchair-accessible toilet' } });
  });

  it('makes ids the feed accepts from any slug, each unique', () => {
    const { feed } = convert([
      { name: 'Señor Serenity', slug: 'Señor Serenity!', day: 1, time: '18:00', conference_url: 'https://zoom.us/j/1' },
      { name: 'Other', slug: 'senor-serenity', day: 1, time: '18:00', conference_url: 'https://zoom.us/j/1' },
      { name: 'Numbered', slug: 1042, day: 1, time: '18:00', conference_url: 'https://zoom.us/j/1' },
    ]);
    assert.deepEqual((feed.sessions as Session[]).map((s) => s.id), ['senor-serenity', 'senor-serenity-2', '1042']);
  });

  it('keeps what it cannot read as it was, so check explains it', () => {
    const { feed } = convert([{ name: 'A', slug: 'a', day: 9, time: 'noon', conference_url: 'https://zoom.us/j/1' }], { timezone: 'America/Chicago', name: 'X' });
    const report = checkFeedFile(JSON.stringify(feed));
    assert.deepEqual(report.problems.map((p) => p.path), ['sessions[0].schedule.days', 'sessions[0].schedule.time']);
    assert.equal(report.ok, false);
  });

  it('asks for what the source does not say', () => {
    const { notes } = convert([{ name: 'A', slug: 'a', day: 1, time: '18:00', conference_url: 'https://zoom.us/j/1' }]);
    assert.deepEqual(notes.map((n) => n.message), ['the source names no organization: give one with --name "…"', 'the source gives no time zone: give one with --timezone, e.g. --timezone America/Chicago']);
    assert.match(convert({} as unknown as Meeting[]).notes[0].message, /a Meeting Guide feed is a list of meetings/);
  });

  it('runs from the command line on a file and on an address, and the result passes check', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'meetings.json'), JSON.stringify(meetings));
    const fromFile = await runCli(['import', 'meeting-guide', 'meetings.json', '--out', 'feed.json'], dir);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.match(fromFile.stderr, new RegExp(`^not imported: url \\(140 entries\\): sessions have no web page of their own$`, 'm'));
    assert.match(fromFile.stderr, new RegExp(`^feed\\.json: ${counts.locations} places; 140 sessions; check finds nothing left out\\.$`, 'm'));
    const checked = await runCli(['check', 'feed.json'], dir);
    assert.equal(checked.code, 0, checked.stdout);

    const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(meetings.slice(0, 10))));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { code, stdout } = await runCli(['import', 'meeting-guide', `http://127.0.0.1:${(server.address() as AddressInfo).port}/meetings`]);
      assert.equal(code, 0);
      assert.equal(JSON.parse(stdout).sessions.length, 10);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
