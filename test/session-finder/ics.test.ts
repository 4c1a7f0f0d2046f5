import { expect } from '@open-wc/testing';
import type { Schedule, Session } from '../../src/feed/types.js';
import { icsFileName, sessionToIcs, type IcsOptions } from '../../src/session-finder/ics.js';

/** A parsed session as the validator leaves it: an 18:30 one-off in Chicago unless told otherwise. */
const session = (fields: Partial<Schedule> & Pick<Schedule, 'start_date'>, id = 'peer-circle'): Session => ({
  id, title: 'Peer circle', kind: 'peer-group', cost: 'free', status: 'active',
  schedule: { repeat: 'none', interval: 1, time: '18:30', timezone: 'America/Chicago', ...fields },
});

const NOW = new Date('2026-03-01T12:34:56.789Z');

function ics(fields: Partial<Schedule> & Pick<Schedule, 'start_date'>, options: Partial<IcsOptions> = {}): string {
  const file = sessionToIcs(session(fields), { title: 'Peer circle', now: NOW, ...options });
  if (file === undefined) throw new Error('expected a calendar file');
  return file;
}

// A small RFC 5545 reader, written from the RFC rather than from the module, to read the output back.

interface Property {
  name: string;
  params: Record<string, string>;
  /** The raw value, still escaped. */
  value: string;
}

/** Content lines, §3.1: a CRLF followed by one space or tab is a fold. */
function unfold(file: string): string[] {
  const lines = file.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines.pop(), 'the file ends with CRLF').to.equal('');
  return lines;
}

/** name *(";" param) ":" value, §3.1; a parameter value may be quoted, and only then hold ":" or ";". */
function parseLine(line: string): Property {
  const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/s.exec(line);
  if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
  const params: Record<string, string> = {};
  for (const [, key, value] of match[2].matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";]*)/g)) params[key.toUpperCase()] = value;
  return { name: match[1].toUpperCase(), params, value: match[3] };
}

/** TEXT values, §3.3.11. */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

/** The file as nested components (§3.4, §3.6): BEGIN and END pair up, and the file is one VCALENDAR. */
function parse(file: string): Component {
  const root: Component = { name: '', props: [], children: [] };
  const open = [root];
  for (const p of unfold(file).map(parseLine)) {
    if (p.name === 'BEGIN') {
      const child = { name: p.value, props: [], children: [] };
      open.at(-1)!.children.push(child);
      open.push(child);
    } else if (p.name === 'END') {
      expect(open.pop()!.name, 'END matches BEGIN').to.equal(p.value);
    } else {
      open.at(-1)!.props.push(p);
    }
  }
  expect(open.length, 'every BEGIN has its END').to.equal(1);
  expect(root.children.map((c) => c.name)).to.deep.equal(['VCALENDAR']);
  return root.children[0];
}

/** Reading one component's properties. */
function reader(component: Component) {
  const inside = component.props;
  const all = (name: string) => inside.filter((p) => p.name === name);
  const one = (name: string): Property | undefined => {
    const found = all(name);
    expect(found.length, `${name} at most once`).to.be.at.most(1);
    return found[0];
  };
  /** A date-time property as `TZID=zone:value`, or the value alone without parameters. */
  const dateTime = (name: string) => {
    const p = one(name);
    return p && (p.params.TZID ? `TZID=${p.params.TZID}:${p.value}` : p.value);
  };
  return { inside, all, one, dateTime, text: (name: string) => { const p = one(name); return p && unescapeText(p.value); } };
}

/** The VEVENTs, after checking the file's frame: time zones first, then events. */
function events(file: string) {
  const calendar = parse(file);
  const names = calendar.children.map((c) => c.name);
  expect(names.filter((n) => n !== 'VTIMEZONE' && n !== 'VEVENT'), 'only time zones and events').to.deep.equal([]);
  expect(names.indexOf('VEVENT'), 'time zones before events').to.equal(names.lastIndexOf('VTIMEZONE') + 1);
  return calendar.children.filter((c) => c.name === 'VEVENT').map(reader);
}

/** The properties of the file's one VEVENT. */
function event(file: string) {
  const list = events(file);
  expect(list.length, 'one VEVENT').to.equal(1);
  return { ...list[0], calendar: parse(file) };
}

const octets = (s: string) => new TextEncoder().encode(s).length;

/** The physical lines a property was folded into: its first and the continuation lines after it. */
function physicalLines(file: string, name: string): string[] {
  const lines = file.split('\r\n');
  const first = lines.findIndex((l) => l.startsWith(`${name}:`));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith(' '));
  return lines.slice(first, end);
}

describe('sessionToIcs', () => {
  describe('the file', () => {
    it('is one VEVENT in a VCALENDAR with VERSION, PRODID and CALSCALE, with a stable UID and a UTC DTSTAMP', () => {
      const file = ics({ start_date: '2026-03-10' });
      const { calendar: { props: calendar }, dateTime, one } = event(file);
      expect(calendar.find((p) => p.name === 'VERSION')?.value).to.equal('2.0');
      expect(calendar.find((p) => p.name === 'CALSCALE')?.value).to.equal('GREGORIAN');
      expect(calendar.find((p) => p.name === 'PRODID')?.value).to.match(/^-\/\/.+\/\/.+\/\/[A-Z]{2}$/);
      expect(one('UID')?.value).to.equal('peer-circle@care-widgets.invalid');
      expect(dateTime('DTSTAMP')).to.equal('20260301T123456Z');
      expect(one('SUMMARY')?.value).to.equal('Peer circle');
      expect(sessionToIcs(session({ start_date: '2026-03-10' }), { title: 'x', now: new Date('2027-01-01T00:00:00Z') }))
        .to.include('\r\nUID:peer-circle@care-widgets.invalid\r\n');
    });

    it('takes the UID domain from the caller, so two feeds\' "peer-circle" stay two events', () => {
      const file = sessionToIcs(session({ start_date: '2026-03-10' }, 'grief-group'), { title: 'x', now: NOW, uidDomain: 'example.org' });
      expect(event(file!).one('UID')?.value).to.equal('grief-group@example.org');
    });

    it('keeps two organizations\' "peer-circle" on one site two events, and each the same event every time', () => {
      const uid = (organization: string) => event(sessionToIcs(session({ start_date: '2026-03-10' }), { title: 'x', now: NOW, uidDomain: 'example.org', organization })!).one('UID')?.value;
      const riverside = uid('Riverside Peer Support');
      expect(riverside).to.match(/^peer-circle\.[0-9a-z]+@example\.org$/);
      expect(uid('Hillside Grief Circle')).to.not.equal(riverside);
      expect(uid('Riverside Peer Support')).to.equal(riverside);
    });

    it('ends every line with CRLF and has no bare CR or LF', () => {
      const file = ics(
        { start_date: '2026-03-02', repeat: 'weekly', days: ['mo', 'we'], except: ['2026-03-09'], add: ['2026-03-13'], end_date: '2026-06-29' },
        { title: 'Line\none\rtwo\r\nthree '.repeat(10), description: 'a\nb', location: 'Hall\r\nStreet 1', url: 'https://example.org/a\nb' },
      );
      expect(file.endsWith('\r\n')).to.equal(true);
      expect(file.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      expect(file.split('\r\n').length).to.be.greaterThan(20);
    });

    it('writes DESCRIPTION, LOCATION and URL when given, and leaves them out when not', () => {
      const bare = event(ics({ start_date: '2026-03-10' }));
      expect(bare.one('DESCRIPTION')).to.equal(undefined);
      expect(bare.one('LOCATION')).to.equal(undefined);
      expect(bare.one('URL')).to.equal(undefined);
      const full = event(ics({ start_date: '2026-03-10' }, {
        description: 'Bring a friend', location: 'St Mark\'s hall, 1 Main St', url: 'https://example.org/join?a=1,2',
      }));
      expect(full.text('DESCRIPTION')).to.equal('Bring a friend');
      expect(full.one('LOCATION')?.value).to.equal('St Mark\'s hall\\, 1 Main St');
      expect(full.text('LOCATION')).to.equal('St Mark\'s hall, 1 Main St');
      // A URI value is not TEXT: its commas stay as they are.
      expect(full.one('URL')?.value).to.equal('https://example.org/join?a=1,2');
    });
  });

  describe('times, in the session\'s zone', () => {
    it('writes a one-off as DTSTART with TZID in wall-clock time, its length as DURATION, and no rule', () => {
      const e = event(ics({ start_date: '2026-07-14', end_time: '20:00' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260714T183000');
      expect(e.one('DURATION')?.value).to.equal('PT90M');
      expect(e.one('DTEND')).to.equal(undefined);
      expect(e.one('RRULE')).to.equal(undefined);
      expect(e.all('EXDATE')).to.deep.equal([]);
      expect(e.all('RDATE')).to.deep.equal([]);
    });

    it('ends the next day when end_time is before time', () => {
      const e = event(ics({ start_date: '2026-03-31', time: '22:00', end_time: '01:30', timezone: 'Europe/London' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=Europe/London:20260331T220000');
      expect(e.one('DURATION')?.value).to.equal('PT210M');
    });

    it('ends the next day when end_time equals time, a day later, as expandSchedule does', () => {
      const e = event(ics({ start_date: '2026-03-10', end_time: '18:30' }));
      expect(e.one('DURATION')?.value).to.equal('PT1440M');
    });

    it('writes a duration as it is, in minutes, across midnight and a change of clocks too', () => {
      expect(event(ics({ start_date: '2026-03-10', duration: 90 })).one('DURATION')?.value).to.equal('PT90M');
      expect(event(ics({ start_date: '2026-03-07', time: '23:15', duration: 300 })).one('DURATION')?.value).to.equal('PT300M');
      expect(event(ics({ start_date: '2026-03-07', time: '23:15', duration: 300, repeat: 'weekly' })).one('DURATION')?.value).to.equal('PT300M');
    });

    it('gives a rule with an end_time the length on the clock, and a one-off its own across a change of clocks', () => {
      // Chicago's clocks go forward at 2 AM on Sunday 8 March 2026.
      expect(event(ics({ start_date: '2026-03-07', time: '23:00', end_time: '04:00', repeat: 'weekly' })).one('DURATION')?.value).to.equal('PT300M');
      expect(event(ics({ start_date: '2026-03-07', time: '23:00', end_time: '04:00' })).one('DURATION')?.value).to.equal('PT240M');
      expect(event(ics({ start_date: '2026-10-31', time: '23:00', end_time: '04:00' })).one('DURATION')?.value).to.equal('PT360M');
    });

    it('gives an hour to a session with neither end_time nor duration', () => {
      expect(event(ics({ start_date: '2026-03-10' })).one('DURATION')?.value).to.equal('PT60M');
      expect(event(ics({ start_date: '2026-03-10', repeat: 'weekly' })).one('DURATION')?.value).to.equal('PT60M');
    });

    it('keeps the wall-clock time on the far side of a daylight-saving change', () => {
      const e = event(ics({ start_date: '2026-03-02', repeat: 'weekly', except: ['2026-03-02'], timezone: 'America/New_York', time: '09:05' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/New_York:20260309T090500');
    });
  });

  describe('repeat rules', () => {
    it('writes every other week on two days as FREQ=WEEKLY;INTERVAL=2 with BYDAY and a Monday week start', () => {
      const e = event(ics({ start_date: '2026-03-02', repeat: 'weekly', interval: 2, days: ['we', 'mo'], end_time: '20:00' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260302T183000');
      expect(e.one('DURATION')?.value).to.equal('PT90M');
      expect(e.one('RRULE')?.value).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO');
    });

    it('writes a plain weekly session on start_date\'s weekday', () => {
      const e = event(ics({ start_date: '2026-03-05', repeat: 'weekly' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260305T183000');
      expect(e.one('RRULE')?.value).to.equal('FREQ=WEEKLY;INTERVAL=1;BYDAY=TH');
    });

    it('writes the second Tuesday of the month as BYDAY=2TU, starting on the first one', () => {
      const e = event(ics({ start_date: '2026-03-01', repeat: 'monthly', weeks: [2], days: ['tu'] }));
      expect(e.one('RRULE')?.value).to.equal('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU');
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260310T183000');
    });

    it('writes the last Friday as BYDAY=-1FR', () => {
      const e = event(ics({ start_date: '2026-03-01', repeat: 'monthly', weeks: [-1], days: ['fr'], timezone: 'Asia/Jakarta' }));
      expect(e.one('RRULE')?.value).to.equal('FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR');
      expect(e.dateTime('DTSTART')).to.equal('TZID=Asia/Jakarta:20260327T183000');
    });

    it('writes several weeks and days as a list, every other month', () => {
      const e = event(ics({ start_date: '2026-03-01', repeat: 'monthly', interval: 2, weeks: [1, 3], days: ['mo', 'th'] }));
      expect(e.one('RRULE')?.value).to.equal('FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,1TH,3MO,3TH');
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260302T183000');
    });

    it('starts a monthly rule in the next month its interval allows, counted from start_date\'s month', () => {
      // March's first Monday (the 2nd) is before start_date; every other month, April is skipped.
      const e = event(ics({ start_date: '2026-03-20', repeat: 'monthly', interval: 2, weeks: [1], days: ['mo'] }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260504T183000');
    });

    it('finds a 5th weekday months away', () => {
      // April and May 2026 have four Mondays; June, five (1st … 29th). Further than the first window looks.
      const e = event(ics({ start_date: '2026-04-01', repeat: 'monthly', weeks: [5], days: ['mo'] }));
      expect(e.one('RRULE')?.value).to.equal('FREQ=MONTHLY;INTERVAL=1;BYDAY=5MO');
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260629T183000');
    });
  });

  describe('DTSTART, the first occurrence on or after start_date, or of the last few days', () => {
    it('moves to the first of the days when start_date is not one of them', () => {
      const e = event(ics({ start_date: '2026-03-06', repeat: 'weekly', days: ['mo', 'we'] }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260309T183000');
      expect(e.one('DURATION')?.value).to.equal('PT60M');
      expect(e.one('RRULE')?.value).to.equal('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE');
    });

    it('keeps every other week counted from start_date\'s week, as the widget lists it', () => {
      // start_date is Friday 6 March: the week of Monday 2 March is week one, so the first Monday is the 16th.
      const e = event(ics({ start_date: '2026-03-06', repeat: 'weekly', interval: 2, days: ['mo'] }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260316T183000');
    });

    it('skips a cancelled first date', () => {
      const e = event(ics({ start_date: '2026-03-03', repeat: 'weekly', except: ['2026-03-03', '2026-03-10'] }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260317T183000');
      // Cancelled dates before DTSTART exclude nothing and are left out.
      expect(e.all('EXDATE')).to.deep.equal([]);
    });

    it('starts a group that began years ago at its dates of the last few days, leaving out what was cancelled or added before', () => {
      // NOW is Sunday 1 March 2026: the file holds the dates from Thursday 26 February on.
      const file = ics({ start_date: '2016-01-05', repeat: 'weekly', except: ['2019-01-01', '2026-03-10'], add: ['2020-01-02', '2026-03-12'] });
      const [series, ...extra] = events(file);
      expect(series.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260303T183000');
      expect(series.all('EXDATE').map((p) => p.value)).to.deep.equal(['20260310T183000']);
      expect(extra.map((e) => e.dateTime('DTSTART'))).to.deep.equal(['TZID=America/Chicago:20260312T183000']);
      // The zone from a year before: Chicago's two yearly rules, from 2025.
      expect(file.match(/^DTSTART:\d{4}/gm)).to.deep.equal(['DTSTART:2025', 'DTSTART:2025']);
    });

    it('keeps an occurrence of those days that is still on', () => {
      // Saturday 28 February 23:00 for ten hours, until 09:00 on the Sunday NOW falls on.
      const e = event(ics({ start_date: '2016-01-02', repeat: 'weekly', time: '23:00', duration: 600 }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260228T230000');
    });

    it('starts a session that is over at its own first date', () => {
      const e = event(ics({ start_date: '2016-01-05', end_date: '2016-12-31', repeat: 'weekly' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20160105T183000');
      expect(e.one('RRULE')?.value).to.equal('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20170101T055959Z');
    });
  });

  describe('except and add', () => {
    /** Each VEVENT as `UID DTSTART`. */
    const starts = (file: string) => events(file).map((e) => `${e.one('UID')?.value} ${e.dateTime('DTSTART')}`);

    it('writes cancelled dates as EXDATE, at the session\'s time in its zone, and each extra date as an event of its own', () => {
      const file = ics({
        start_date: '2026-03-03', repeat: 'weekly', days: ['tu'], time: '10:00',
        except: ['2026-03-24', '2026-03-17', '2026-08-01'], add: ['2026-03-19', '2026-03-12'], end_date: '2026-05-26',
      }, { uidDomain: 'example.org' });
      const [series, ...extra] = events(file);
      expect(series.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260303T100000');
      expect(series.all('EXDATE').map((p) => `${p.params.TZID}:${p.value}`)).to.deep.equal([
        'America/Chicago:20260324T100000', 'America/Chicago:20260317T100000',
      ]);
      // RDATE is kept by Outlook only as a moved instance (paired with an EXDATE), and by some apps only with a rule.
      expect(file).not.to.include('RDATE');
      expect(starts(file).slice(1)).to.deep.equal([
        'peer-circle-20260312@example.org TZID=America/Chicago:20260312T100000',
        'peer-circle-20260319@example.org TZID=America/Chicago:20260319T100000',
      ]);
      for (const e of extra) {
        expect(e.one('DURATION')?.value).to.equal('PT60M');
        expect(e.text('SUMMARY')).to.equal('Peer circle');
        expect(e.one('RRULE')).to.equal(undefined);
        expect(e.all('EXDATE')).to.deep.equal([]);
      }
    });

    it('gives extra dates events of their own wherever they fall, before start_date and after end_date too, and drops ones past, cancelled or the rule\'s, as expandSchedule does', () => {
      // NOW is Sunday 1 March 2026: 20 February is past; 27 February, before start_date, is to come.
      const file = ics({
        start_date: '2026-03-03', repeat: 'weekly', end_date: '2026-03-31',
        add: ['2026-02-20', '2026-02-27', '2026-03-12', '2026-04-02', '2026-03-13', '2026-03-10', '2026-03-12'], except: ['2026-03-13'],
      });
      expect(starts(file)).to.deep.equal([
        'peer-circle@care-widgets.invalid TZID=America/Chicago:20260303T183000',
        'peer-circle-20260227@care-widgets.invalid TZID=America/Chicago:20260227T183000',
        'peer-circle-20260312@care-widgets.invalid TZID=America/Chicago:20260312T183000',
        'peer-circle-20260402@care-widgets.invalid TZID=America/Chicago:20260402T183000',
      ]);
      expect(events(file)[0].all('EXDATE').map((p) => p.value)).to.deep.equal(['20260313T183000']);
    });

    it('gives a one-off with extra dates one event for each date, and no rule or EXDATE', () => {
      const file = ics({ start_date: '2026-03-03', add: ['2026-03-05', '2026-03-03'], except: ['2026-03-04'] });
      expect(starts(file)).to.deep.equal([
        'peer-circle@care-widgets.invalid TZID=America/Chicago:20260303T183000',
        'peer-circle-20260305@care-widgets.invalid TZID=America/Chicago:20260305T183000',
      ]);
      for (const e of events(file)) for (const name of ['RRULE', 'EXDATE', 'RDATE']) expect(e.one(name)).to.equal(undefined);
    });

    it('writes only the extra dates when the rule itself never meets', () => {
      const file = ics({ start_date: '2026-03-03', except: ['2026-03-03'], add: ['2026-03-20', '2026-03-06'] });
      expect(starts(file)).to.deep.equal([
        'peer-circle-20260306@care-widgets.invalid TZID=America/Chicago:20260306T183000',
        'peer-circle-20260320@care-widgets.invalid TZID=America/Chicago:20260320T183000',
      ]);
      const weekly = ics({ start_date: '2026-03-03', repeat: 'weekly', days: ['fr'], end_date: '2026-03-05', add: ['2026-03-04'] });
      expect(starts(weekly)).to.deep.equal(['peer-circle-20260304@care-widgets.invalid TZID=America/Chicago:20260304T183000']);
      expect(events(weekly)[0].one('RRULE')).to.equal(undefined);
    });
  });

  describe('UID', () => {
    const uid = (uidDomain?: string) => event(ics({ start_date: '2026-03-10' }, { uidDomain })).one('UID')?.value;

    it('names the site\'s host, so two sites\' "peer-circle" stay two events', () => {
      expect(uid('example.org')).to.equal('peer-circle@example.org');
      expect(uid('Care.Example.ORG')).to.equal('peer-circle@care.example.org');
      expect(uid('xn--mnchen-3ya.de')).to.equal('peer-circle@xn--mnchen-3ya.de');
    });

    it('falls back to a fixed domain where the page has no domain of its own: a file, localhost, an IP address', () => {
      for (const host of [undefined, '', 'localhost', 'app.localhost', '127.0.0.1', '[::1]', 'intranet']) {
        expect(uid(host), String(host)).to.equal('peer-circle@care-widgets.invalid');
      }
    });
  });

  describe('end_date', () => {
    it('ends the rule with UNTIL at the last second of end_date in the zone, in UTC, after clocks went forward', () => {
      // 29 June in Chicago is daylight time (UTC−5): its last second is 04:59:59Z on the 30th, not 05:59:59Z.
      const e = event(ics({ start_date: '2026-03-02', repeat: 'weekly', end_date: '2026-06-29' }));
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260302T183000');
      expect(e.one('RRULE')?.value).to.equal('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20260630T045959Z');
    });

    it('and after clocks went back', () => {
      const e = event(ics({ start_date: '2026-09-07', repeat: 'weekly', end_date: '2026-11-30' }));
      expect(e.one('RRULE')?.value).to.equal('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20261201T055959Z');
    });

    it('keeps the last occurrence and no later one within UNTIL, late at night in a zone east of UTC', () => {
      const e = event(ics({ start_date: '2026-03-01', repeat: 'monthly', weeks: [-1], days: ['fr'], time: '23:30', end_date: '2026-05-29', timezone: 'Asia/Jakarta' }));
      const until = /UNTIL=(\d{8}T\d{6}Z)/.exec(e.one('RRULE')!.value)![1];
      expect(until).to.equal('20260529T165959Z');
      // The last occurrence, 29 May 23:30 WIB, is 16:30Z: within.
      expect(until > '20260529T163000Z').to.equal(true);
    });

    it('gives a session whose end_date comes before its first day no file', () => {
      expect(sessionToIcs(session({ start_date: '2026-03-03', repeat: 'weekly', days: ['fr'], end_date: '2026-03-05' }), { title: 'x', now: NOW }))
        .to.equal(undefined);
    });

    it('writes no UNTIL for a one-off', () => {
      const e = event(ics({ start_date: '2026-03-03', end_date: '2026-12-31' }));
      expect(e.one('RRULE')).to.equal(undefined);
      expect(ics({ start_date: '2026-03-03', end_date: '2026-12-31' })).not.to.include('UNTIL');
    });
  });

  it('gives a by-appointment session no file', () => {
    expect(sessionToIcs(session({ start_date: '2026-03-03', by_appointment: true, time: undefined }), { title: 'x', now: NOW })).to.equal(undefined);
    // Even with a time and extra dates left in the feed: by appointment means no fixed time.
    expect(sessionToIcs(session({ start_date: '2026-03-03', by_appointment: true, add: ['2026-03-05'] }), { title: 'x', now: NOW }))
      .to.equal(undefined);
  });

  describe('text', () => {
    const hostile = 'Peer; circle, with \\ a backslash\r\nATTENDEE:mailto:evil@example.com\nDTSTART:19700101T000000Z\rEND:VEVENT';

    it('escapes backslash, semicolon, comma and line breaks so hostile text stays inside its property', () => {
      const file = ics({ start_date: '2026-03-10' }, {
        title: hostile, description: `Notes\n\n${hostile}`, location: 'Hall; 1, Main St\\\r\nURL:https://evil.example',
        url: 'https://example.org/\r\nATTENDEE:mailto:evil@example.com',
      });
      const e = event(file);
      expect(e.one('SUMMARY')?.value).to.equal(
        'Peer\\; circle\\, with \\\\ a backslash\\nATTENDEE:mailto:evil@example.com\\nDTSTART:19700101T000000Z\\nEND:VEVENT',
      );
      expect(e.text('SUMMARY')).to.equal(hostile.replace(/\r\n?/g, '\n'));
      expect(e.text('DESCRIPTION')).to.equal(`Notes\n\n${hostile.replace(/\r\n?/g, '\n')}`);
      expect(e.text('LOCATION')).to.equal('Hall; 1, Main St\\\nURL:https://evil.example');
      expect(e.one('URL')?.value).to.equal('https://example.org/ATTENDEE:mailto:evil@example.com');
      expect(e.inside.map((p) => p.name)).to.deep.equal(
        ['UID', 'DTSTAMP', 'DTSTART', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL'],
      );
      expect(e.dateTime('DTSTART')).to.equal('TZID=America/Chicago:20260310T183000');
    });

    it('drops other control characters', () => {
      const e = event(ics({ start_date: '2026-03-10' }, { title: 'a\u0000b\u001bc\u007fd\te' }));
      expect(e.text('SUMMARY')).to.equal('abcd\te');
    });

    it('folds long lines at 75 octets without splitting a character, and unfolding restores them', () => {
      const title = 'Círculo de apoyo — 心の健康のつどい 🌱 Ünïcödé; ok, '.repeat(8);
      const file = ics({ start_date: '2026-03-10' }, { title, description: 'x'.repeat(300) });
      const lines = file.split('\r\n').slice(0, -1);
      for (const line of lines) {
        expect(octets(line), line).to.be.at.most(75);
        // A split surrogate pair would leave a lone surrogate at a line's end or start.
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), line).to.equal(false);
      }
      const summary = physicalLines(file, 'SUMMARY');
      expect(summary.length).to.be.greaterThan(5);
      // Filled to the limit: each line but the last is within a 4-octet character of 75.
      for (const line of summary.slice(0, -1)) expect(octets(line)).to.be.above(71);
      expect(event(file).text('SUMMARY')).to.equal(title);
      expect(event(file).text('DESCRIPTION')).to.equal('x'.repeat(300));
      const xs = lines.filter((l) => l.startsWith(' x'));
      expect(xs.slice(0, -1).map(octets)).to.deep.equal(xs.slice(0, -1).map(() => 75));
    });

    it('never splits a 2-, 3- or 4-octet character, wherever the limit falls', () => {
      for (const char of ['é', '心', '🌱']) {
        for (let pad = 60; pad < 68; pad++) {
          const title = `${'a'.repeat(pad)}${char.repeat(20)}`;
          const file = ics({ start_date: '2026-03-10' }, { title });
          const summary = physicalLines(file, 'SUMMARY');
          for (const line of summary) {
            expect(octets(line), `${char} after ${pad}: ${line}`).to.be.at.most(75);
            expect(line.endsWith(char) || line === summary.at(-1) || /a$/.test(line), `${char} after ${pad}: ${line}`).to.equal(true);
            expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line)).to.equal(false);
          }
          expect(event(file).text('SUMMARY')).to.equal(title);
        }
      }
    });

    it('does not fold lines of 75 octets or fewer', () => {
      const title = 'é'.repeat(33); // SUMMARY: (8) + 66 = 74 octets
      const file = ics({ start_date: '2026-03-10' }, { title });
      expect(file).to.include(`\r\nSUMMARY:${title}\r\n`);
      expect(ics({ start_date: '2026-03-10' }, { title: `${title}x` })).to.include(`\r\nSUMMARY:${title}x\r\n`); // 75
      const longer = ics({ start_date: '2026-03-10' }, { title: `${title}éx` }); // 76 octets
      expect(longer).to.include(`\r\nSUMMARY:${title}\r\n éx\r\n`);
    });
  });
});

describe('icsFileName', () => {
  it('makes a lower-case, hyphenated name ending in .ics', () => {
    expect(icsFileName('Peer circle')).to.equal('peer-circle.ics');
    expect(icsFileName('  Grief & Loss: Support / Group!! ')).to.equal('grief-loss-support-group.ics');
  });

  it('keeps letters of any script and drops path and reserved characters', () => {
    expect(icsFileName('Círculo de pares')).to.equal('círculo-de-pares.ics');
    expect(icsFileName('دائرة الدعم')).to.equal('دائرة-الدعم.ics');
    expect(icsFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
    expect(icsFileName('a<b>c:"d"|e?*f\\g\u0000h')).to.equal('a-b-c-d-e-f-g-h.ics');
  });

  it('falls back to session.ics and keeps long names short', () => {
    expect(icsFileName('')).to.equal('session.ics');
    expect(icsFileName('!!! ???')).to.equal('session.ics');
    const long = icsFileName('word '.repeat(40));
    expect(long.length).to.be.at.most(64);
    expect(long).to.match(/^word(-word)*\.ics$/);
  });
});
