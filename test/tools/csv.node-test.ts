/**
 * Spreadsheets: the template CSVs (the sample feed's data), from-csv and
 * to-csv, the forms cells are read in, and problems said by file, row and column.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dateOrderOf, readCell, readDateForm, readDays, type DateOrder, readHours, readTime, readWeeks, writeDays } from '../../src/tools/cells.js';
import { checkFeedFile } from '../../src/tools/check.js';
import { CSV_SECTIONS, type CsvSection } from '../../src/tools/csv-columns.js';
import { feedFromCsv, type CsvFile } from '../../src/tools/from-csv.js';
import { feedToCsv } from '../../src/tools/to-csv.js';
import { runCli, tempDir } from './run-cli.js';

const sample = JSON.parse(readFileSync('demo/sample-feed.json', 'utf8')) as Record<string, unknown>;
const templates = (): CsvFile[] => CSV_SECTIONS.map((section) => ({ name: `${section}.csv`, section, content: readFileSync(`templates/${section}.csv`) }));
const organization = { name: 'St Anne\'s Chapel', timezone: 'America/New_York' };
const csv = (section: CsvSection, text: string, name = `${section}.csv`): CsvFile => ({ name, section, content: text });

describe('the template CSVs', () => {
  it('are the sample feed, one file per section, so they cannot fall behind it', () => {
    const { files, notInColumns } = feedToCsv(sample);
    assert.deepEqual(notInColumns, []);
    assert.deepEqual(readdirSync('templates').sort(), CSV_SECTIONS.map((s) => `${s}.csv`).sort());
    for (const section of CSV_SECTIONS) assert.equal(readFileSync(`templates/${section}.csv`, 'utf8'), files[section], `templates/${section}.csv: regenerate with care-widgets to-csv demo/sample-feed.json --dir templates`);
  });

  it('come out of care-widgets to-csv on the sample feed', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli(['to-csv', join(process.cwd(), 'demo/sample-feed.json'), '--dir', 'sheets'], dir);
    assert.equal(code, 0, stderr);
    for (const section of CSV_SECTIONS) assert.equal(readFileSync(join(dir, 'sheets', `${section}.csv`), 'utf8'), readFileSync(`templates/${section}.csv`, 'utf8'), section);
  });

  it('turn back into the sample feed\'s entries exactly', () => {
    const { feed, notes } = feedFromCsv(templates(), { base: sample });
    assert.deepEqual(notes, []);
    for (const section of CSV_SECTIONS) assert.deepEqual(feed[section], sample[section], section);
  });

  it('make a feed that passes check with nothing left out, from the command line', async () => {
    const dir = tempDir();
    const files = CSV_SECTIONS.map((s) => join(process.cwd(), 'templates', `${s}.csv`));
    const made = await runCli(['from-csv', ...files, '--name', 'Riverside Peer Support Network', '--timezone', 'America/Chicago', '--out', 'feed.json'], dir);
    assert.equal(made.code, 0, made.stderr);
    assert.equal(made.stderr, 'feed.json: 6 places; 15 sessions; 13 referrals; 5 messages; check finds nothing left out.\n');
    const checked = await runCli(['check', 'feed.json'], dir);
    assert.equal(checked.code, 0, checked.stdout);
    assert.match(checked.stdout, /No problems: ready to publish\.\n$/);
  });
});

describe('from-csv', () => {
  const places = csv('places', 'id,name,address\nchapel-hall,St Anne\'s Chapel hall,"14 Church Lane\nMillbrook"\n');

  it('reads the forms a spreadsheet writes days, times, repeats and yes/no in', () => {
    const sessions = csv('sessions', [
      'ID,Title,Title.ES,Place,Start Date,Time,End Time,Repeat,Days,Weeks,Except,Registration.Required',
      'tuesday-circle,Tuesday circle,Círculo del martes,chapel-hall,2026-9-1,7pm,8:30 PM,fortnightly,Tuesday,,"2026-12-22, 2026-12-29",yes',
      ',,,,,,,,,,,',
      'grief-group,Grief group,,chapel-hall,2026-09-05,10:30:00,12.00,monthly,sa,last,,no',
    ].join('\n'));
    const { feed, notes } = feedFromCsv([places, sessions], { organization });
    assert.deepEqual(notes, []);
    assert.deepEqual(feed.sessions, [
      {
        id: 'tuesday-circle', title: { en: 'Tuesday circle', es: 'Círculo del martes' }, place: 'chapel-hall',
        schedule: { start_date: '2026-09-01', time: '19:00', end_time: '20:30', repeat: 'weekly', interval: 2, days: ['tu'], except: ['2026-12-22', '2026-12-29'] },
        registration: { required: true },
      },
      {
        id: 'grief-group', title: 'Grief group', place: 'chapel-hall',
        schedule: { start_date: '2026-09-05', time: '10:30', end_time: '12:00', repeat: 'monthly', days: ['sa'], weeks: [-1] },
        registration: { required: false },
      },
    ]);
    assert.ok(checkFeedFile(JSON.stringify(feed)).ok);
  });

  it('says each problem by file, row and column, with the spreadsheet\'s form of the value', () => {
    const sessions = csv('sessions', [
      'id,title,start_date,time,days,place,titel',
      'good,Good circle,2026-09-01,18:30,mo,chapel-hall,',
      'evening,Evening circle,2026-09-03,evening,th,chapel-hall,',
      'grief,Grief group,03/04/2026,10:30,sa,chapel-hal,',
      'walk,Walk and talk,2026-09-05,09:00,Mon & Sundy,chapel-hall,',
    ].join('\n'), 'Groups.csv');
    const { feed, notes } = feedFromCsv([places, sessions], { organization });
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [
      ['Groups.csv column G (titel)', false],
      // A day without a repeat: the circle happens once, on its start date.
      ['Groups.csv row 2, column E (days)', false],
      ['Groups.csv row 3, column D (time)', true],
      ['Groups.csv row 3, column E (days)', false],
      // Every problem of a row left out is said at once, not one per check.
      ['Groups.csv row 4, column F (place)', true],
      ['Groups.csv row 4, column C (start_date)', true],
      ['Groups.csv row 4, column E (days)', false],
      ['Groups.csv row 5, column E (days)', true],
    ]);
    const said = (where: string) => notes.find((n) => n.where === where)!.message;
    assert.match(notes[0].message, /^"titel" is not a column of sessions; did you mean "title"\? It is left out\./);
    assert.match(said('Groups.csv row 2, column E (days)'), /^"days" does nothing without a "repeat": the session happens once, on "start_date"/);
    assert.equal(said('Groups.csv row 3, column D (time)'), '"evening" is not a time; write it as HH:MM on a 24-hour clock, e.g. "18:30". In the spreadsheet: 24-hour "18:30" (also "6:30 pm", "7pm", "18:30:00", "1830"). This entry is left out.');
    assert.match(said('Groups.csv row 4, column F (place)'), /^no place has the id "chapel-hal"/);
    assert.equal(said('Groups.csv row 4, column C (start_date)'), '"03/04/2026" could be 4 March 2026 (month first) or 3 April 2026 (day first); write the one you mean as YYYY-MM-DD: "2026-03-04" or "2026-04-03". In the spreadsheet: YYYY-MM-DD: "2026-03-14" (format the column as text so the spreadsheet keeps it). This entry is left out.');
    assert.match(said('Groups.csv row 5, column E (days)'), /should be a list of days .* In the spreadsheet: days separated by commas/);
    // The feed keeps each value it cannot read as written.
    assert.equal((feed.sessions as { schedule: { start_date: string } }[])[2].schedule.start_date, '03/04/2026');
  });

  it('reads a date a spreadsheet rewrote in its own form, when it can mean one date only, and says how it was read', () => {
    const sessions = csv('sessions', [
      'id,title,place,start_date,end_date,time,repeat,days,except,updated',
      'a,A,chapel-hall,3/14/2026,"December 31, 2026",18:00,weekly,sa,"12/26/2026, 2026-12-19",14.03.2026',
      'b,B,chapel-hall,14/03/2026,2026/12/31,18:00,weekly,sa,"December 26, 2026","Saturday, March 14, 2026"',
      'c,C,chapel-hall,14 March 2026,14-Mar-27,18:00,,,,3/3/2026',
    ].join('\n'));
    const referrals = csv('referrals', 'id,name,phone,verified\nline,Help line,555-0100,3/14/26\n');
    const messages = csv('messages', 'id,text,starts,ends\nhello,Hello,3/14/2026,2026-03-20T18:00-05:00\n');
    const { feed, notes } = feedFromCsv([places, sessions, referrals, messages], { organization });
    const schedules = (feed.sessions as { schedule: Record<string, unknown>; updated: string }[]);
    assert.deepEqual(schedules.map((s) => [s.schedule.start_date, s.schedule.end_date, s.updated]), [
      ['2026-03-14', '2026-12-31', '2026-03-14'], ['2026-03-14', '2026-12-31', '2026-03-14'], ['2026-03-14', '2027-03-14', '2026-03-03'],
    ]);
    assert.deepEqual(schedules.map((s) => s.schedule.except), [['2026-12-26', '2026-12-19'], ['2026-12-26'], undefined]);
    assert.equal((feed.referrals as { verified: string }[])[0].verified, '2026-03-14');
    assert.deepEqual(feed.messages, [{ id: 'hello', text: 'Hello', starts: '2026-03-14', ends: '2026-03-20T18:00-05:00' }]);
    // Each date read is said, where it is, with the form to write; nothing is left out.
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [
      ['sessions.csv row 2, column D (start_date)', false], ['sessions.csv row 2, column E (end_date)', false],
      ['sessions.csv row 2, column I (except)', false], ['sessions.csv row 2, column J (updated)', false],
      ['sessions.csv row 3, column D (start_date)', false], ['sessions.csv row 3, column E (end_date)', false],
      ['sessions.csv row 3, column I (except)', false], ['sessions.csv row 3, column J (updated)', false],
      ['sessions.csv row 4, column D (start_date)', false], ['sessions.csv row 4, column E (end_date)', false], ['sessions.csv row 4, column J (updated)', false],
      ['referrals.csv row 2, column D (verified)', false],
      ['messages.csv row 2, column C (starts)', false],
    ]);
    assert.equal(notes[0].message, '"3/14/2026" is read as 14 March 2026 ("2026-03-14"): the feed writes dates as YYYY-MM-DD. Write "2026-03-14" there to be sure, and format the column as text so the spreadsheet keeps it.');
    assert.match(notes[2].message, /^"12\/26\/2026" is read as 26 December 2026 \("2026-12-26"\)/);
    assert.match(notes[9].message, /^"14-Mar-27" is read as 14 March 2027 \("2027-03-14", the year "27" as 2027\): /);
    assert.match(notes[10].message, /^"3\/3\/2026" is read as 3 March 2026 /);
    assert.match(notes[11].message, /^"3\/14\/26" is read as 14 March 2026 \("2026-03-14", the year "26" as 2026\): /);
    assert.ok(checkFeedFile(JSON.stringify(feed)).ok);
  });

  it('leaves out a date that could be two, or whose weekday is not its own, naming each reading', () => {
    const sessions = csv('sessions', [
      'id,title,place,start_date,time,repeat,days,except',
      'a,A,chapel-hall,3/4/2026,18:00,,,',
      'b,B,chapel-hall,"Friday, March 14, 2026",18:00,,,',
      'c,C,chapel-hall,2026-03-14,18:00,weekly,sa,"2026-12-19, 5/12/2026"',
      'd,D,chapel-hall,26/03/14,18:00,,,',
      'e,E,chapel-hall,2026-03-14,18:00,,,',
    ].join('\n'));
    const messages = csv('messages', 'id,text,starts\nhello,Hello,1/2/2026\n');
    const { feed, notes } = feedFromCsv([places, sessions, messages], { organization });
    assert.deepEqual((feed.sessions as { id: string }[]).map((s) => s.id), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [
      ['sessions.csv row 2, column D (start_date)', true],
      ['sessions.csv row 3, column D (start_date)', true],
      ['sessions.csv row 4, column H (except)', true],
      ['sessions.csv row 5, column D (start_date)', true],
      ['messages.csv row 2, column C (starts)', true],
    ]);
    assert.equal(notes[0].message, '"3/4/2026" could be 4 March 2026 (month first) or 3 April 2026 (day first); write the one you mean as YYYY-MM-DD: "2026-03-04" or "2026-04-03". In the spreadsheet: YYYY-MM-DD: "2026-03-14" (format the column as text so the spreadsheet keeps it). This entry is left out.');
    assert.match(notes[1].message, /^"Friday, March 14, 2026" names a Friday, but 14 March 2026 is a Saturday; write the date you mean as YYYY-MM-DD, e\.g\. "2026-03-14"\. In the spreadsheet/);
    assert.match(notes[2].message, /^"5\/12\/2026" could be 12 May 2026 \(month first\) or 5 December 2026 \(day first\); write the one you mean as YYYY-MM-DD: "2026-05-12" or "2026-12-05"\. A cancelled date must be readable/);
    assert.match(notes[3].message, /^"26\/03\/14" could be 26 March 2014 \(day first\) or 14 March 2026 \(year first\); write the one you mean as YYYY-MM-DD: "2014-03-26" or "2026-03-14"\. /);
    assert.match(notes[4].message, /^"1\/2\/2026" could be 2 January 2026 \(month first\) or 1 February 2026 \(day first\); write the one you mean as YYYY-MM-DD: "2026-01-02" or "2026-02-01"\. In the spreadsheet: a date as YYYY-MM-DD, or a date and time with its offset: "2026-03-14T09:00-05:00"\. This entry is left out\.$/);
    // What cannot be read stays as written, for the person to see in the feed.
    assert.equal((feed.sessions as { schedule: { start_date: string } }[])[0].schedule.start_date, '3/4/2026');
  });

  it('reads a date that could be two in the order the file\'s other dates show, said once for the file', () => {
    // A UK sheet: every date day first. 14/03/2026 can only be day first, so 3/4/2026 is 3 April, in
    // whichever date column of the file it is (updated, except), not only the one that showed the order.
    const uk = csv('sessions', [
      'id,title,place,start_date,time,repeat,days,except,updated',
      'a,A,chapel-hall,14/03/2026,18:00,weekly,sa,"4/4/2026, 2/5/2026",3/4/2026',
      'b,B,chapel-hall,3/4/2026,18:00,,,,1/2/2026',
      'c,C,chapel-hall,20.03.2026,18:00,,,,2026-03-01',
    ].join('\n'));
    // Each file is read on its own: this one has no date of its own to show an order.
    const messages = csv('messages', 'id,text,starts\nhello,Hello,1/2/2026\n');
    const { feed, notes } = feedFromCsv([places, uk, messages], { organization });
    const sessions = feed.sessions as { schedule: Record<string, unknown>; updated: string }[];
    assert.deepEqual(sessions.map((s) => [s.schedule.start_date, s.schedule.except, s.updated]), [
      ['2026-03-14', ['2026-04-04', '2026-05-02'], '2026-04-03'], ['2026-04-03', undefined, '2026-02-01'], ['2026-03-20', undefined, '2026-03-01'],
    ]);
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [
      ['sessions.csv', false],
      ['sessions.csv row 2, column D (start_date)', false], ['sessions.csv row 2, column H (except)', false],
      ['sessions.csv row 4, column D (start_date)', false],
      ['messages.csv row 2, column C (starts)', true],
    ]);
    assert.equal(notes[0].message, '4 dates that could be read more than one way are read with the day first, as the other dates in this file put the day first, e.g. "14/03/2026" (row 2, column D): "2/5/2026" (row 2, column H) is read as 2 May 2026 ("2026-05-02"), and 3 more the same way. If that is not what the file means, write each date as YYYY-MM-DD, and format the date columns as text so the spreadsheet keeps them.');
    // 4/4/2026 is the same date either way: said as a date read, not counted.
    assert.match(notes[2].message, /^"4\/4\/2026" is read as 4 April 2026 /);
    assert.match(notes[4].message, /^"1\/2\/2026" could be 2 January 2026 \(month first\) or 1 February 2026 \(day first\)/);
    assert.ok(checkFeedFile(JSON.stringify({ ...feed, messages: [] })).ok);
  });

  it('reads a date that could be two with the month first in a file whose other dates put the month first', () => {
    const us = csv('sessions', [
      'id,title,place,start_date,end_date,time,repeat,days',
      'a,A,chapel-hall,3/4/2026,12/31/2026,18:00,weekly,sa',
      'b,B,chapel-hall,03/14/26,,18:00,,',
    ].join('\n'));
    const { feed, notes } = feedFromCsv([places, us], { organization });
    assert.deepEqual((feed.sessions as { schedule: Record<string, unknown> }[]).map((s) => [s.schedule.start_date, s.schedule.end_date]), [
      ['2026-03-04', '2026-12-31'], ['2026-03-14', undefined],
    ]);
    assert.deepEqual(notes.map((n) => n.where), ['sessions.csv', 'sessions.csv row 2, column E (end_date)', 'sessions.csv row 3, column D (start_date)']);
    assert.equal(notes[0].message, '1 date that could be read more than one way is read with the month first, as the other dates in this file put the month first, e.g. "12/31/2026" (row 2, column E): "3/4/2026" (row 2, column D) is read as 4 March 2026 ("2026-03-04"). If that is not what the file means, write each date as YYYY-MM-DD, and format the date columns as text so the spreadsheet keeps them.');
  });

  it('leaves out a date that could be two when the file\'s other dates disagree on the order, or there are none', () => {
    const mixed = csv('sessions', [
      'id,title,place,start_date,time,updated',
      'a,A,chapel-hall,14/03/2026,18:00,3/14/2026',
      'b,B,chapel-hall,3/4/2026,18:00,',
    ].join('\n'));
    const onlyUnclear = csv('sessions', [
      'id,title,place,start_date,time,updated',
      'c,C,chapel-hall,3/4/2026,18:00,4/4/2026',
      'd,D,chapel-hall,5/6/2026,18:00,2026-03-14',
    ].join('\n'), 'sessions-2.csv');
    const { feed, notes } = feedFromCsv([places, mixed, onlyUnclear], { organization });
    assert.deepEqual((feed.sessions as { schedule: Record<string, unknown>; updated?: string }[]).map((s) => [s.schedule.start_date, s.updated]), [
      ['2026-03-14', '2026-03-14'], ['3/4/2026', undefined], ['3/4/2026', '2026-04-04'], ['5/6/2026', '2026-03-14'],
    ]);
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [
      ['sessions.csv row 2, column D (start_date)', false], ['sessions.csv row 2, column F (updated)', false],
      ['sessions-2.csv row 2, column F (updated)', false],
      ['sessions.csv row 3, column D (start_date)', true],
      ['sessions-2.csv row 2, column D (start_date)', true], ['sessions-2.csv row 3, column D (start_date)', true],
    ]);
    assert.match(notes[3].message, /^"3\/4\/2026" could be 4 March 2026 \(month first\) or 3 April 2026 \(day first\)/);
    assert.match(notes[5].message, /^"5\/6\/2026" could be 6 May 2026 \(month first\) or 5 June 2026 \(day first\)/);
  });

  it('reads a place typed by its name, or its id in other capitals or spacing, as that place, and says so', () => {
    const twoPlaces = csv('places', 'id,name\nchapel-hall,St Anne\'s Chapel hall\nlib,Library\nlib-2,Library\n');
    const sessions = csv('sessions', [
      'id,title,start_date,time,place',
      'a,A,2026-09-01,18:00,St Anne\'s chapel hall',
      'b,B,2026-09-01,18:00,Chapel Hall ',
      'c,C,2026-09-01,18:00,chapel-hall',
      'd,D,2026-09-01,18:00,library',
    ].join('\n'));
    const referrals = csv('referrals', 'id,name,phone,place\nr,Drop-in,555-0100,CHAPEL HALL\n');
    const { feed, notes } = feedFromCsv([twoPlaces, sessions, referrals], { organization });
    assert.deepEqual((feed.sessions as { place: string }[]).map((s) => s.place), ['chapel-hall', 'chapel-hall', 'chapel-hall', 'library']);
    assert.equal((feed.referrals as { place: string }[])[0].place, 'chapel-hall');
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [
      ['sessions.csv row 2, column E (place)', false],
      ['sessions.csv row 3, column E (place)', false],
      ['referrals.csv row 2, column D (place)', false],
      // Two places are called Library: which one is for the person to say.
      ['sessions.csv row 5, column E (place)', true],
    ]);
    assert.equal(notes[0].message, '"St Anne\'s chapel hall" is read as the place "chapel-hall": the place column takes the place\'s id from the places sheet, exactly. Write "chapel-hall" there to be sure.');
    assert.match(notes[3].message, /^no place has the id "library"/);
  });

  it('says once, at the end of the line, that a row is left out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sessions.csv'), 'id,title,start_date,time,online.url\na,A,3/4/2026,18:00,https://meet.example.org/a\n');
    const { code, stderr } = await runCli(['from-csv', 'sessions.csv', '--name', 'X', '--timezone', 'America/Chicago'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /^sessions\.csv row 2, column C \(start_date\): "3\/4\/2026" could be 4 March 2026 \(month first\) or 3 April 2026 \(day first\); write the one you mean as YYYY-MM-DD: "2026-03-04" or "2026-04-03"\. In the spreadsheet: YYYY-MM-DD: "2026-03-14" \(format the column as text so the spreadsheet keeps it\)\. This entry is left out\.\n/);
  });

  it('says when the organization needs a time zone', () => {
    const sessions = csv('sessions', 'id,title,start_date,time,place\na,A,2026-09-01,18:00,chapel-hall\n');
    const { notes } = feedFromCsv([places, sessions], { organization: { name: 'X' } });
    assert.deepEqual(notes.map((n) => [n.where, n.leftOut]), [['organization.timezone', false], ['sessions.csv row 2, column timezone (not in the file)', true]]);
    assert.match(notes[0].message, /needs a "timezone" .* \(set it with --name, --timezone…, or in the --base feed\)$/);
    assert.match(notes[1].message, /^no time zone: set "timezone" on the organization or on this schedule/);
  });

  it('reads semicolon-separated files with decimal commas, and Excel\'s Windows-1252 "CSV" with a note', () => {
    const bytes = new Uint8Array(Buffer.from('id;name;lat;lng\ncafe;Caf\xe9 Libert\xe9;48,8566;2,3522\n', 'latin1'));
    const { feed, notes } = feedFromCsv([{ name: 'places.csv', section: 'places', content: bytes }], { organization });
    assert.deepEqual(feed.places, [{ id: 'cafe', name: 'Café Liberté', lat: 48.8566, lng: 2.3522 }]);
    assert.deepEqual(notes.map((n) => n.where), ['places.csv']);
    assert.match(notes[0].message, /not saved as UTF-8, so it was read as Windows-1252 .* Save it as "CSV UTF-8"/);
  });

  it('keeps Excel\'s curly apostrophes and quotes, dashes and € from a Windows-1252 "CSV"', () => {
    const bytes = new Uint8Array(Buffer.from('id,name,directions\nhall,St Anne\x92s Hall,Side door \x96 ring \x93Caf\xe9\x94; parking \x805\n', 'latin1'));
    const { feed } = feedFromCsv([{ name: 'places.csv', section: 'places', content: bytes }], { organization });
    assert.deepEqual(feed.places, [{ id: 'hall', name: 'St Anne’s Hall', directions: 'Side door – ring “Café”; parking €5' }]);
  });

  it('reads opening hours in words', () => {
    const referrals = csv('referrals', 'id,name,hours,timezone\nline,Help line,"Mon-Fri 9am-5pm; Sat 10:00-13:00",America/Chicago\nall,Crisis line,24/7,\n');
    const { feed, notes } = feedFromCsv([referrals], { organization });
    assert.deepEqual(notes, []);
    assert.deepEqual((feed.referrals as { hours: unknown }[]).map((r) => r.hours), [
      [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }, { days: ['sa'], opens: '10:00', closes: '13:00' }],
      '24/7',
    ]);
  });

  it('says when a file cannot be read as CSV, and leaves it out', () => {
    const { notes } = feedFromCsv([csv('messages', 'id,text\nhello,"Unclosed quote\n')], { organization });
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /cannot be read as CSV .* Nothing from this file is in the feed\./);
    assert.equal(notes[0].leftOut, true);
  });

  it('keeps the rest of a --base feed and replaces the sections it is given', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sessions.csv'), 'id,title,start_date,time,online.url\nonline-circle,Online circle,2026-09-01,18:00,https://meet.example.org/c\n');
    writeFileSync(join(dir, 'base.json'), JSON.stringify(sample));
    const { code, stdout, stderr } = await runCli(['from-csv', 'sessions.csv', '--base', 'base.json'], dir);
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(feed.sessions.map((s: { id: string }) => s.id), ['online-circle']);
    assert.deepEqual(feed.referrals, sample.referrals);
    assert.deepEqual(feed.volunteering, sample.volunteering);
    assert.match(stderr, /6 places; 1 session; 13 referrals; 5 messages; 3 volunteer roles; check finds nothing left out\.\n$/);
  });

  it('asks which section a file is when its name does not say', async () => {
    const { code, stderr } = await runCli(['from-csv', 'groups.csv']);
    assert.equal(code, 2);
    assert.match(stderr, /^groups\.csv: say which section it is, e\.g\. --sessions groups\.csv/);
  });
});

describe('to-csv, --base and import on a file that is not a usable feed', () => {
  const feed = '{\n  "version": 1,\n  "organization": {"name": "St Anne\'s"},\n  "places": [{"id": "hall", "name": "Hall"}]\n}\n';

  it('say each JSON mistake in words, with its line and column, and make nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'commented.json'), feed.replace('"version": 1,', '"version": 1, // edited by Mary'));
    writeFileSync(join(dir, 'missing-comma.json'), feed.replace('"version": 1,', '"version": 1'));
    writeFileSync(join(dir, 'error-page.json'), '<!DOCTYPE html>\n<html><body>404 Not Found</body></html>\n');
    writeFileSync(join(dir, 'sessions.csv'), 'id,title,start_date,time,online.url\na,A,2026-09-01,18:00,https://meet.example.org/a\n');
    const runs = [
      ['to-csv', 'commented.json', '--dir', 'sheets'],
      ['import', 'meeting-guide', 'missing-comma.json'],
      ['import', 'hsds', 'error-page.json'],
      ['from-csv', 'sessions.csv', '--base', 'commented.json'],
    ];
    const said = [
      /^commented\.json cannot be read as JSON, so to-csv made nothing:\n {2}2:17 {2}a comment on line 2: JSON has no comments; remove it\nFix it and run this again\.\n$/,
      /^missing-comma\.json cannot be read as JSON, so import made nothing:\n {2}2:15 {2}a comma is missing at the end of line 2: add `,` there.*\nFix it and run this again\.\n$/,
      /^error-page\.json cannot be read as JSON, so import made nothing:\n {2}1:1 {2}this is a web page \(HTML\), not a feed/,
      /^commented\.json cannot be read as JSON, so from-csv made nothing:\n {2}2:17 {2}a comment/,
    ];
    for (const [i, args] of runs.entries()) {
      const { code, stdout, stderr } = await runCli(args, dir);
      assert.equal(code, 1, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, said[i]);
    }
  });

  it('read a feed saved as UTF-16 ("Unicode" in Notepad)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed, 'utf16le')]));
    const { code, stderr } = await runCli(['to-csv', 'feed.json', '--dir', 'sheets'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(readFileSync(join(dir, 'sheets', 'places.csv'), 'utf8'), 'id,name\nhall,Hall\n');
  });

  it('say when the file is not a care feed, or has nothing to write, with exit code 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'meetings.json'), '[{"name": "Serenity", "day": 2, "time": "19:00"}]');
    writeFileSync(join(dir, 'empty.json'), '{"version": 1, "organization": {"name": "X"}}');
    writeFileSync(join(dir, 'services.json'), '[{"id": "s1", "name": "Crisis line", "status": "active", "phones": [{"number": "555-0100"}]}]');
    writeFileSync(join(dir, 'sessions.csv'), 'id,title\n');
    const cases: [string[], RegExp][] = [
      [['to-csv', 'meetings.json'], /^meetings\.json is not a care feed: a feed is one \{"version": 1, …\}\. A Meeting Guide feed or HSDS services become one with care-widgets import\.\n$/],
      [['to-csv', 'empty.json'], /^empty\.json has no places, sessions, referrals or messages, so there is nothing to write\.\n$/],
      [['from-csv', 'sessions.csv', '--base', 'meetings.json'], /^meetings\.json is not a care feed, so it cannot be the --base/],
      [['from-csv', 'sessions.csv', '--name', 'X'], /^sessions\.csv: has only its heading row, so it adds no sessions: one row under the headings for each entry\nThe feed: no entries, so the feed holds nothing to show\. See the notes above\.\n$/],
      [['import', 'meeting-guide', 'empty.json', '--name', 'X'], /^the file: a Meeting Guide feed is a list of meetings, .*\nThe feed: no entries, so the feed holds nothing to show\./],
      [['import', 'hsds', 'meetings.json', '--name', 'X'], /^the file: this is a Meeting Guide feed \(meetings with a "day" and "time"\), not HSDS services: use care-widgets import meeting-guide\nThe feed: no entries/],
      [['import', 'meeting-guide', 'services.json', '--name', 'X'], /^the file: this is a list of HSDS services, not Meeting Guide meetings: use care-widgets import hsds\nThe feed: no entries/],
    ];
    for (const [args, said] of cases) {
      const { code, stderr } = await runCli(args, dir);
      assert.equal(code, 1, args.join(' '));
      assert.match(stderr, said, args.join(' '));
    }
  });
});

describe('cells', () => {
  it('reads times', () => {
    const cases: [string, string | undefined][] = [
      ['18:30', '18:30'], ['6:30 pm', '18:30'], ['7pm', '19:00'], ['7 P.M.', '19:00'], ['12am', '00:00'], ['12:15 pm', '12:15'],
      ['18:30:00', '18:30'], ['9.05', '09:05'], ['1900', '19:00'], ['0730', '07:30'], ['2400', undefined], ['730', undefined], ['7', undefined], ['25:00', undefined], ['13pm', undefined], ['evening', undefined],
    ];
    for (const [cell, time] of cases) assert.equal(readTime(cell), time, cell);
  });

  it('reads the forms spreadsheets write dates in, only where they mean one date', () => {
    const read: [string, string | undefined][] = [
      ['2026-3-5', '2026-03-05'], ['3/14/2026', '2026-03-14'], ['14/03/2026', '2026-03-14'], ['14.03.2026', '2026-03-14'], ['14. 3. 2026', '2026-03-14'],
      ['14-03-2026', '2026-03-14'], ['2026/03/14', '2026-03-14'], ['2026. 03. 14.', '2026-03-14'], ['2026/03/04', '2026-03-04'], ['4/4/2026', '2026-04-04'],
      ['March 14, 2026', '2026-03-14'], ['Mar. 14th, 2026', '2026-03-14'], ['14 March 2026', '2026-03-14'], ['14-Mar-26', '2026-03-14'],
      ['mon 14 sept. 2026', '2026-09-14'], ['Saturday, March 14, 2026', '2026-03-14'], ['2/29/2028', '2028-02-29'],
      // Not dates: no such day, no day, not a month, a date and time.
      ['2/30/2026', undefined], ['2026-02-30', undefined], ['13/13/2026', undefined], ['2026/14/03', undefined], ['March 2026', undefined],
      ['14 Ma 2026', undefined], ['2026-03-14T09:00-05:00', undefined], ['soon', undefined],
    ];
    for (const [cell, date] of read) {
      const found = readDateForm(cell);
      assert.equal(found && 'date' in found ? found.date : undefined, date, cell);
    }
    for (const cell of ['3/4/2026', '3/4/26', '26/03/14', 'Friday, March 14, 2026']) assert.ok(readDateForm(cell) && 'unclear' in readDateForm(cell)!, cell);
    // The order of the file's other dates decides between the readings of one with no day over 12.
    const inOrder: [string, DateOrder, string][] = [
      ['3/4/2026', 'day first', '2026-04-03'], ['3/4/2026', 'month first', '2026-03-04'], ['3/4/26', 'day first', '2026-04-03'],
      ['3/3/26', 'day first', '2026-03-03'], ['26/03/14', 'day first', '2014-03-26'], ['26/03/14', 'year first', '2026-03-14'],
    ];
    for (const [cell, order, date] of inOrder) {
      const found = readDateForm(cell, order);
      assert.deepEqual(found && 'date' in found ? [found.date, found.order] : found, [date, order], `${cell} ${order}`);
    }
    assert.deepEqual(readDateForm('3/4/26', 'day first'), { date: '2026-04-03', how: 'is read as 3 April 2026 ("2026-04-03", the year "26" as 2026)', order: 'day first' });
    // A date that can mean one date only is read so in any order.
    assert.deepEqual(readDateForm('14/03/2026', 'month first'), readDateForm('14/03/2026'));
    const shown: [string, DateOrder | undefined][] = [
      ['14/03/2026', 'day first'], ['14.3.32', 'day first'], ['3/14/2026', 'month first'], ['40/03/14', 'year first'],
      ['3/4/2026', undefined], ['4/4/2026', undefined], ['14/03/26', undefined], ['2026/03/14', undefined], ['14 March 2026', undefined], ['13/13/2026', undefined],
    ];
    for (const [cell, order] of shown) assert.equal(dateOrderOf(cell), order, cell);
  });

  it('reads days, ranges and names', () => {
    assert.deepEqual(readDays('mo, th'), ['mo', 'th']);
    assert.deepEqual(readDays('Thursday and Monday'), ['mo', 'th']);
    assert.deepEqual(readDays('Mon - Fri'), ['mo', 'tu', 'we', 'th', 'fr']);
    assert.deepEqual(readDays('fr-mo'), ['mo', 'fr', 'sa', 'su']);
    assert.deepEqual(readDays('Tues; Thurs'), ['tu', 'th']);
    assert.equal(readDays('Mon & Sundy'), undefined);
    assert.equal(readDays('m'), undefined);
  });

  it('reads weeks of the month and opening hours', () => {
    assert.deepEqual(readWeeks('first and third'), [1, 3]);
    assert.deepEqual(readWeeks('2nd, last'), [2, -1]);
    assert.equal(readWeeks('sometimes'), undefined);
    assert.equal(readHours('24/7'), '24/7');
    assert.deepEqual(readHours('tu, th 10:00 to 4pm'), [{ days: ['tu', 'th'], opens: '10:00', closes: '16:00' }]);
    assert.equal(readHours('weekdays'), undefined);
  });

  it('writes days back compactly', () => {
    assert.equal(writeDays(['mo', 'tu', 'we', 'th', 'fr']), 'mo-fr');
    assert.equal(writeDays(['mo', 'we', 'fr', 'sa', 'su']), 'mo, we, fr-su');
  });

  it('leaves what it cannot read as it was, for the check to explain', () => {
    assert.equal(readCell('boolean', 'maybe'), 'maybe');
    assert.equal(readCell('integer', 'two'), 'two');
    assert.equal(readCell('time', 'after lunch'), 'after lunch');
    assert.deepEqual(readCell('codes', ' Step free, Hearing_loop '), ['step-free', 'hearing-loop']);
    assert.equal(readCell('string', '   '), undefined);
  });
});
