/**
 * What the checks tell the person who keeps a feed by hand: every mistake of an entry at once,
 * and words that say the fix, even for a value that is nearly right.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { FeedProblem } from '../../src/feed/types.js';

const organization = { name: 'St Anne', timezone: 'America/New_York' };
const places = [{ id: 'hall', name: 'Hall' }];
const session = (schedule: object = {}, extra: object = {}) => ({
  id: 's1', title: 'Circle', place: 'hall', schedule: { start_date: '2026-01-06', time: '19:00', repeat: 'weekly', days: ['tu'], ...schedule }, ...extra,
});
const parse = (feed: object) => parseFeed({ version: 1, organization, places, ...feed });
const signup = (edits: object = {}) => ({
  roles: [{ id: 'r', title: 'Greeter' }], submit: { url: 'https://example.org/signup' }, consent: { text: 'I agree', version: '2026-01' }, ...edits,
});
const at = (problems: FeedProblem[], path: string) => problems.find((p) => p.path === path);

describe('an entry with several mistakes', () => {
  it('says every mistake of a session left out, each that leaves it out marked so, and shows nothing of it', () => {
    const { feed, problems } = parse({
      sessions: [
        session({ start_date: '2026-1-6', time: '7pm', days: ['Tues'], timezone: 'EST' }, { place: 'Hal' }),
        session({}, { id: 's2' }),
      ],
    });
    const fatal = ['sessions[0].place', 'sessions[0].schedule.timezone', 'sessions[0].schedule.start_date', 'sessions[0].schedule.time', 'sessions[0].schedule.days'];
    expect(problems.map((p) => p.path)).to.have.members(fatal);
    for (const path of fatal) {
      expect(at(problems, path), path).to.include({ skipped: true });
      expect(at(problems, path)!.message, path).to.match(/This entry is left out\.$/);
    }
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s2']);
  });

  it('says each problem once: a bad time zone is not also a missing one, a bad end date not also a reason to drop an extra date', () => {
    const { problems } = parse({ sessions: [session({ timezone: 'EST', end_date: '2025-01-01', add: ['2026-02-01'] })] });
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['sessions[0].schedule.timezone', 'invalid'],
      ['sessions[0].schedule.end_date', 'end-before-start'],
    ]);
  });

  it('says every mistake of a session without place, online or schedule', () => {
    const { feed, problems } = parse({ sessions: [{ id: 's1' }] });
    expect(problems.map((p) => [p.path, p.code, p.skipped])).to.deep.equal([
      ['sessions[0].title', 'missing', true],
      ['sessions[0]', 'no-place-or-online', true],
      ['sessions[0].schedule', 'no-schedule', true],
    ]);
    expect(feed.sessions).to.deep.equal([]);
  });

  it('says the rest of an entry with a broken id or one used before, and keeps the first of that id', () => {
    const { feed, problems } = parse({ sessions: [session(), session({ time: '25:00' }, { title: '' }), session({}, { id: 'bad id', place: 'Hal' })] });
    expect(problems.map((p) => p.path)).to.deep.equal([
      'sessions[1].id', 'sessions[1].title', 'sessions[1].schedule.time', 'sessions[2].id', 'sessions[2].place',
    ]);
    expect(problems.every((p) => p.skipped)).to.equal(true);
    expect(feed.sessions.map((s) => s.title)).to.deep.equal(['Circle']);
  });

  it('says both an address the signup cannot send to and a consent version that is not text, and leaves the signup out', () => {
    const { feed, problems } = parse({ volunteering: signup({ submit: { url: 'mailto:v@example.org' }, consent: { text: 'I agree', version: 1 } }) });
    expect(problems.map((p) => [p.path, p.skipped])).to.deep.equal([['volunteering.submit.url', true], ['volunteering.consent.version', true]]);
    for (const problem of problems) expect(problem.message).to.match(/The volunteer signup is left out\.$/);
    expect(feed.volunteering).to.equal(undefined);
  });

  it('says a signup without submit or consent lacks both', () => {
    const { feed, problems } = parse({ volunteering: { roles: [{ id: 'r', title: 'Greeter' }] } });
    expect(problems.map((p) => p.code)).to.deep.equal(['no-submit', 'no-consent']);
    expect(feed.volunteering).to.equal(undefined);
  });

  it('keeps the signup when only a role is left out, saying all that role’s mistakes', () => {
    const { feed, problems } = parse({ volunteering: signup({ roles: [{ id: 'r', title: 'Greeter' }, { title: '' }] }) });
    expect(problems.map((p) => p.path)).to.deep.equal(['volunteering.roles[1].id', 'volunteering.roles[1].title']);
    expect(feed.volunteering!.roles.map((r) => r.id)).to.deep.equal(['r']);
  });

  it('says every mistake of a message left out', () => {
    const { feed, problems } = parse({ messages: [{ id: 'm', starts: '2026-13-01', ends: 'soon' }] });
    expect(problems.map((p) => p.path)).to.deep.equal(['messages[0].starts', 'messages[0].ends', 'messages[0].text']);
    expect(feed.messages).to.deep.equal([]);
  });
});

describe('a date or time in the right form that does not exist', () => {
  const startDate = (start_date: string) => at(parse({ sessions: [session({ start_date })] }).problems, 'sessions[0].schedule.start_date')!.message;
  const startTime = (time: string) => at(parse({ sessions: [session({ time })] }).problems, 'sessions[0].schedule.time')!.message;

  it('says which day the month has not, rather than the form the date already has', () => {
    expect(startDate('2026-02-30')).to.equal('"2026-02-30" is not a date: February 2026 has no 30th; check the day and the month. This entry is left out.');
    expect(startDate('2026-02-29')).to.include('February 2026 has no 29th (2026 is not a leap year)');
    expect(startDate('2026-04-31')).to.include('April 2026 has no 31st');
    expect(startDate('2026-13-01')).to.include('there is no month 13');
    expect(startDate('2026-03-00')).to.include('there is no day 0');
    expect(startDate('14/03/2026')).to.include('write it as YYYY-MM-DD');
  });

  it('says so for a cancelled date and a message’s start too', () => {
    const { problems } = parse({ sessions: [session({ except: ['2026-06-31'] })], messages: [{ id: 'm', text: 'Hi', starts: '2026-11-31' }] });
    expect(at(problems, 'sessions[0].schedule.except[0]')!.message).to.include('June 2026 has no 31st').and.not.include('YYYY-MM-DD');
    expect(at(problems, 'messages[0].starts')!.message).to.include('November 2026 has no 31st').and.not.include('YYYY-MM-DD');
  });

  it('says which part of a time is wrong', () => {
    expect(startTime('25:00')).to.equal('"25:00" is not a time; there is no 25 o\'clock: hours go from 00 to 23 (7 pm is "19:00"). This entry is left out.');
    expect(startTime('12:60')).to.include('there is no minute 60');
    expect(startTime('24:00')).to.include('midnight at the end of the day').and.include('write "00:00", on the next day');
    expect(startTime('7:30')).to.include('write the hour with two digits: "07:30"');
    expect(startTime('7pm')).to.include('write it as HH:MM');
  });

  it('says so for opening hours', () => {
    const { problems } = parse({ referrals: [{ id: 'r', name: 'Line', hours: [{ days: ['mo'], opens: '9:00', closes: '17:00' }] }] });
    expect(at(problems, 'referrals[0].hours[0].opens')!.message).to.include('write the hour with two digits: "09:00"');
  });
});

describe('numbers written in quotes, and a phone number written without them', () => {
  it('reads a number in quotes as the number, and says to write it without quotes', () => {
    const { feed, problems } = parse({
      places: [{ id: 'hall', name: 'Hall', lat: '39.09', lng: ' -94.5 ' }],
      sessions: [session({ interval: '2', duration: '90' }), session({ repeat: 'monthly', weeks: ['2', -1], days: ['tu'] }, { id: 's2' })],
      volunteering: signup({ roles: [{ id: 'r', title: 'Greeter', min_age: '18' }] }),
    });
    expect(feed.places[0]).to.include({ lat: 39.09, lng: -94.5 });
    expect(feed.sessions[0].schedule).to.include({ interval: 2, duration: 90 });
    expect(feed.sessions[1].schedule.weeks).to.deep.equal([2, -1]);
    expect(feed.volunteering!.roles[0].min_age).to.equal(18);
    expect(problems.map((p) => [p.path, p.code, p.skipped])).to.deep.equal([
      ['places[0].lat', 'quoted-number', false],
      ['places[0].lng', 'quoted-number', false],
      ['sessions[0].schedule.interval', 'quoted-number', false],
      ['sessions[0].schedule.duration', 'quoted-number', false],
      ['sessions[1].schedule.weeks[0]', 'quoted-number', false],
      ['volunteering.roles[0].min_age', 'quoted-number', false],
    ]);
    expect(problems[2].message).to.equal('"2" is read as the number 2; write it without quotes: 2');
    expect(problems[1].message).to.equal('" -94.5 " is read as the number -94.5; write it without quotes: -94.5');
  });

  it('reads a minimum age written as people write one ("18+", "16 or over") as that age, and says to write the number alone, without quotes; leaves out a role whose age cannot be read', () => {
    const roles = ['18+', ' 18 + ', '16 or over', '21 OR OLDER', '+18', 'adults', '18-25', '18 and up', '18+ (or 16 with a parent)', '200+']
      .map((min_age, i) => ({ id: `r${i}`, title: 'Greeter', min_age }));
    const { feed, problems } = parse({ volunteering: signup({ roles: [...roles, { id: 'kept', title: 'Tea' }] }) });
    expect(feed.volunteering!.roles.map((r) => [r.id, r.min_age])).to.deep.equal([['r0', 18], ['r1', 18], ['r2', 16], ['r3', 21], ['r4', 18], ['kept', undefined]]);
    expect(problems.map((p) => [p.path, p.code, p.skipped])).to.deep.equal([
      ...[0, 1, 2, 3, 4].map((i) => [`volunteering.roles[${i}].min_age`, 'quoted-number', false]),
      ...[5, 6, 7, 8, 9].map((i) => [`volunteering.roles[${i}].min_age`, 'invalid', true]),
    ]);
    expect(problems[0].message).to.equal('"18+" is read as the number 18; write it without quotes: 18');
    expect(problems[5].message).to.equal('"adults" should be an age in whole years, from 1 to 129, like 18, so that people confirm they are old enough for the role. This entry is left out.');
  });

  it('still says a number in quotes out of its range, or one that is no number', () => {
    const { feed, problems } = parse({ sessions: [session({ interval: '0' }), session({ duration: '1h' }, { id: 's2' })] });
    expect(at(problems, 'sessions[0].schedule.interval')!.message).to.include('"0" should be a whole number, 1 or more');
    expect(at(problems, 'sessions[1].schedule.duration')!.message).to.include('"1h" should be a number of minutes');
    expect(feed.sessions.map((s) => s.id)).to.deep.equal(['s2']);
  });

  it('reads a phone number written as a number as its digits, and says to put it in quotes', () => {
    const { feed, problems } = parse({ referrals: [{ id: 'r', name: 'Line', phone: 5551234, sms: 12.5 }] });
    expect(feed.referrals[0].phone).to.equal('5551234');
    expect(at(problems, 'referrals[0].phone')).to.include({ code: 'unquoted-phone', skipped: false });
    expect(at(problems, 'referrals[0].phone')!.message).to.match(/^5551234 is read as "5551234"; write a phone number in quotes, like "5551234"/);
    expect(at(problems, 'referrals[0].sms')!.message).to.equal('12.5 should be text: write it in quotes, "12.5"');
  });

  it('says to put in quotes a number written where text belongs', () => {
    const { problems } = parse({ volunteering: signup({ consent: { text: 'I agree', version: 1 } }), sessions: [session({}, { contact: { name: 42 } })] });
    expect(at(problems, 'volunteering.consent.version')!.message).to.include('1 should be text such as "2026-01": write it in quotes, "1"');
    expect(at(problems, 'sessions[0].contact.name')!.message).to.equal('42 should be text: write it in quotes, "42"');
  });
});
