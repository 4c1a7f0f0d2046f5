import { expect } from '@open-wc/testing';
import { expandSchedule, isByAppointment, laterStart } from '../../src/time/expand.js';
import { range, schedule, startsOf } from './fixtures.js';

const datesOf = (list: { date: string }[]) => list.map((occ) => occ.date);
const endsOf = (list: { end?: Date }[]) => list.map((occ) => occ.end?.toISOString());

describe('expandSchedule', () => {
  describe('across daylight-saving changes, at the same wall-clock time', () => {
    it('keeps an 18:30 Chicago session at 18:30 the week clocks go forward', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-03-06', repeat: 'weekly', days: ['fr', 'sa', 'su', 'mo', 'tu'] }),
        range('2026-03-06T00:00:00Z', '2026-03-11T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
      expect(startsOf(list)).to.deep.equal([
        '2026-03-07T00:30:00.000Z', '2026-03-08T00:30:00.000Z',
        '2026-03-08T23:30:00.000Z', '2026-03-09T23:30:00.000Z', '2026-03-10T23:30:00.000Z',
      ]);
    });

    it('keeps it at 18:30 the week clocks go back', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-10-30', repeat: 'weekly', days: ['fr', 'sa', 'su', 'mo'] }),
        range('2026-10-30T00:00:00Z', '2026-11-03T06:00:00Z'),
      );
      expect(startsOf(list)).to.deep.equal([
        '2026-10-30T23:30:00.000Z', '2026-10-31T23:30:00.000Z', '2026-11-02T00:30:00.000Z', '2026-11-03T00:30:00.000Z',
      ]);
    });

    const sundaysInNewYork = (start_date: string, time: string, end: { end_time?: string; duration?: number }) =>
      schedule({ start_date, time, timezone: 'America/New_York', repeat: 'weekly', ...end });

    it('holds a 01:30–03:30 and a 02:30–03:30 Sunday session on spring-forward day, the 02:30 one an hour on, as calendar apps do', () => {
      const week = range('2026-03-01T00:00:00Z', '2026-03-16T00:00:00Z');
      const early = expandSchedule(sundaysInNewYork('2026-03-01', '01:30', { end_time: '03:30' }), week);
      expect(startsOf(early)).to.deep.equal(['2026-03-01T06:30:00.000Z', '2026-03-08T06:30:00.000Z', '2026-03-15T05:30:00.000Z']);
      expect(endsOf(early)).to.deep.equal(['2026-03-01T08:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-15T07:30:00.000Z']);
      const late = expandSchedule(sundaysInNewYork('2026-03-01', '02:30', { end_time: '03:30' }), week);
      // 02:30 EST would be 03:30 EDT (RFC 5545 §3.3.5); the session keeps its hour, to 04:30.
      expect(startsOf(late)).to.deep.equal(['2026-03-01T07:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-15T06:30:00.000Z']);
      expect(endsOf(late)).to.deep.equal(['2026-03-01T08:30:00.000Z', '2026-03-08T08:30:00.000Z', '2026-03-15T07:30:00.000Z']);
    });

    it('holds a 01:30 Sunday session at the first 01:30 on fall-back day, and lasts its duration in real minutes', () => {
      const weeks = range('2026-10-25T00:00:00Z', '2026-11-09T00:00:00Z');
      const early = expandSchedule(sundaysInNewYork('2026-10-25', '01:30', { duration: 60 }), weeks);
      expect(startsOf(early)).to.deep.equal(['2026-10-25T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-08T06:30:00.000Z']);
      expect(endsOf(early)).to.deep.equal(['2026-10-25T06:30:00.000Z', '2026-11-01T06:30:00.000Z', '2026-11-08T07:30:00.000Z']);
      const late = expandSchedule(sundaysInNewYork('2026-10-25', '02:30', {}), weeks);
      expect(startsOf(late)).to.deep.equal(['2026-10-25T06:30:00.000Z', '2026-11-01T07:30:00.000Z', '2026-11-08T07:30:00.000Z']);
    });

    it('follows the southern-hemisphere changes of Australia/Sydney', () => {
      const sydney = (start_date: string, time: string) => schedule({ start_date, time, timezone: 'Australia/Sydney', repeat: 'weekly' });
      const april = expandSchedule(sydney('2026-03-29', '02:30'), range('2026-03-28T00:00:00Z', '2026-04-13T00:00:00Z'));
      expect(datesOf(april)).to.deep.equal(['2026-03-29', '2026-04-05', '2026-04-12']);
      expect(startsOf(april)).to.deep.equal(['2026-03-28T15:30:00.000Z', '2026-04-04T15:30:00.000Z', '2026-04-11T16:30:00.000Z']);
      const october = expandSchedule(sydney('2026-09-27', '02:30'), range('2026-09-26T00:00:00Z', '2026-10-12T00:00:00Z'));
      expect(startsOf(october)).to.deep.equal(['2026-09-26T16:30:00.000Z', '2026-10-03T16:30:00.000Z', '2026-10-10T15:30:00.000Z']);
      const evenings = expandSchedule(sydney('2026-04-01', '18:30'), range('2026-04-01T00:00:00Z', '2026-04-09T00:00:00Z'));
      expect(startsOf(evenings)).to.deep.equal(['2026-04-01T07:30:00.000Z', '2026-04-08T08:30:00.000Z']);
    });

    it('follows America/Santiago, where 00:30 does not exist on 2026-09-06', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-08-30', time: '00:30', timezone: 'America/Santiago', repeat: 'weekly' }),
        range('2026-08-30T00:00:00Z', '2026-09-14T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-08-30', '2026-09-06', '2026-09-13']);
      expect(startsOf(list)).to.deep.equal(['2026-08-30T04:30:00.000Z', '2026-09-06T04:30:00.000Z', '2026-09-13T03:30:00.000Z']);
    });

    it('keeps one offset in Asia/Jakarta', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-03-02', time: '19:00', timezone: 'Asia/Jakarta', repeat: 'weekly' }),
        range('2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z'),
      );
      expect(startsOf(list)).to.deep.equal(['2026-03-02T12:00:00.000Z', '2026-03-09T12:00:00.000Z']);
    });

    it('dates an occurrence by the session zone, not UTC', () => {
      const [occ] = expandSchedule(
        schedule({ start_date: '2026-03-09', timezone: 'America/Los_Angeles' }),
        range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'),
      );
      expect(occ.start.toISOString()).to.equal('2026-03-10T01:30:00.000Z');
      expect(occ.date).to.equal('2026-03-09');
    });
  });

  describe('weekly', () => {
    it('meets every other week counted from the Monday-based week of a start_date months back', () => {
      const list = expandSchedule(
        schedule({ start_date: '2025-09-03', repeat: 'weekly', interval: 2, days: ['mo', 'we'] }),
        range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-03-02', '2026-03-04', '2026-03-16', '2026-03-18', '2026-03-30']);
      expect(startsOf(list)).to.deep.equal([
        '2026-03-03T00:30:00.000Z', '2026-03-05T00:30:00.000Z', '2026-03-16T23:30:00.000Z', '2026-03-18T23:30:00.000Z', '2026-03-30T23:30:00.000Z',
      ]);
    });

    it('never meets before start_date, even earlier in its first week', () => {
      const list = expandSchedule(
        schedule({ start_date: '2025-09-03', repeat: 'weekly', interval: 2, days: ['mo', 'we'] }),
        range('2025-08-01T00:00:00Z', '2025-09-20T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2025-09-03', '2025-09-15', '2025-09-17']);
    });

    it('meets once a day when days names it twice', () => {
      const list = expandSchedule(schedule({ start_date: '2026-03-03', repeat: 'weekly', days: ['tu', 'tu'] }), range('2026-03-01T00:00:00Z', '2026-03-11T00:00:00Z'));
      expect(datesOf(list)).to.deep.equal(['2026-03-03', '2026-03-10']);
    });

    it('meets every third week from a start_date two years back', () => {
      const list = expandSchedule(
        schedule({ start_date: '2024-02-29', time: '19:00', repeat: 'weekly', interval: 3 }),
        range('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'),
      );
      expect(startsOf(list)).to.deep.equal(['2026-03-06T01:00:00.000Z', '2026-03-27T00:00:00.000Z', '2026-04-17T00:00:00.000Z']);
    });
  });

  describe('absurd intervals', () => {
    const year = range('2026-03-01T00:00:00Z', '2027-03-01T00:00:00Z');

    for (const interval of [1_000_000_000, 2 ** 53, 1e300, Number.MAX_VALUE]) {
      it(`meets in the first week or month only with an interval of ${interval}, and never fails`, () => {
        const weekly = expandSchedule(schedule({ start_date: '2026-03-03', repeat: 'weekly', interval, days: ['tu', 'th'] }), year);
        expect(datesOf(weekly)).to.deep.equal(['2026-03-03', '2026-03-05']);
        const monthly = expandSchedule(schedule({ start_date: '2026-03-01', repeat: 'monthly', interval, weeks: [2], days: ['tu'] }), year);
        expect(datesOf(monthly)).to.deep.equal(['2026-03-10']);
      });
    }
  });

  describe('monthly', () => {
    it('meets on the 5th Thursday only in months that have one', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-01-01', time: '19:00', repeat: 'monthly', weeks: [5], days: ['th'] }),
        range('2026-01-01T00:00:00Z', '2026-08-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-01-29', '2026-04-30', '2026-07-30']);
      expect(startsOf(list)).to.deep.equal(['2026-01-30T01:00:00.000Z', '2026-05-01T00:00:00.000Z', '2026-07-31T00:00:00.000Z']);
    });

    it('meets on the last Friday (-1), whether the month has four or five', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-01-01', repeat: 'monthly', weeks: [-1], days: ['fr'] }),
        range('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29']);
      expect(startsOf(list)).to.deep.equal([
        '2026-01-31T00:30:00.000Z', '2026-02-28T00:30:00.000Z', '2026-03-27T23:30:00.000Z', '2026-04-24T23:30:00.000Z', '2026-05-29T23:30:00.000Z',
      ]);
    });

    it('combines weeks: the second and the last Tuesday', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-03-01', repeat: 'monthly', weeks: [2, -1], days: ['tu'] }),
        range('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-03-10', '2026-03-31', '2026-04-14', '2026-04-28']);
    });

    it('meets once on a day that two weeks name, 5th and last', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-01-01', repeat: 'monthly', weeks: [5, -1], days: ['th'] }),
        range('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-01-29', '2026-02-26']);
    });

    it('takes the weekday from start_date when days is missing', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-01-13', repeat: 'monthly', weeks: [2] }),
        range('2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z'),
      );
      expect(startsOf(list)).to.deep.equal(['2026-02-11T00:30:00.000Z', '2026-03-10T23:30:00.000Z']);
    });

    it('skips the first Monday of the start month when start_date is after it', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-01-20', repeat: 'monthly', weeks: [1], days: ['mo'] }),
        range('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-02-02']);
    });

    it('meets every other month with interval 2, counted from the month of start_date', () => {
      const list = expandSchedule(
        schedule({ start_date: '2026-01-13', repeat: 'monthly', interval: 2, weeks: [2] }),
        range('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'),
      );
      expect(datesOf(list)).to.deep.equal(['2026-01-13', '2026-03-10', '2026-05-12']);
    });
  });

  describe('dates', () => {
    const tuesdays = { start_date: '2026-03-03', end_date: '2026-03-17', repeat: 'weekly' } as const;
    const march = range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');

    it('includes end_date', () => {
      expect(startsOf(expandSchedule(schedule(tuesdays), march))).to.deep.equal(
        ['2026-03-04T00:30:00.000Z', '2026-03-10T23:30:00.000Z', '2026-03-17T23:30:00.000Z'],
      );
    });

    it('has nothing once end_date has passed', () => {
      expect(expandSchedule(schedule(tuesdays), range('2026-03-18T05:00:00Z', '2026-05-01T00:00:00Z'))).to.deep.equal([]);
    });

    it('leaves out the dates in except', () => {
      expect(datesOf(expandSchedule(schedule({ ...tuesdays, except: ['2026-03-10'] }), march))).to.deep.equal(['2026-03-03', '2026-03-17']);
    });

    it('adds the dates in add at the same time, in order and once, in the range asked for', () => {
      const list = expandSchedule(schedule({ ...tuesdays, add: ['2026-03-26', '2026-03-12', '2026-03-10', '2026-02-24'] }), march);
      expect(datesOf(list)).to.deep.equal(['2026-03-03', '2026-03-10', '2026-03-12', '2026-03-17', '2026-03-26']);
      expect(list[2].start.toISOString()).to.equal('2026-03-12T23:30:00.000Z');
    });

    it('lists an extra date before start_date or after end_date: those bound the rule, not the extra one-off dates', () => {
      expect(datesOf(expandSchedule(schedule({ ...tuesdays, add: ['2026-03-01'] }), march))).to.deep.equal(['2026-03-01', '2026-03-03', '2026-03-10', '2026-03-17']);
      // The rule over, or not begun: only the extra dates of the range.
      const april = range('2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z');
      expect(datesOf(expandSchedule(schedule({ ...tuesdays, add: ['2026-04-07', '2026-05-05'] }), april))).to.deep.equal(['2026-04-07']);
      expect(datesOf(expandSchedule(schedule({ ...tuesdays, start_date: '2026-06-02', end_date: undefined, add: ['2026-04-30'] }), april))).to.deep.equal(['2026-04-30']);
    });

    it('lets except win over add on the same date', () => {
      expect(datesOf(expandSchedule(schedule({ ...tuesdays, add: ['2026-03-12'], except: ['2026-03-12'] }), march))).to.deep.equal(
        ['2026-03-03', '2026-03-10', '2026-03-17'],
      );
    });

    it('meets once on start_date with repeat none, plus its added dates', () => {
      const list = expandSchedule(schedule({ start_date: '2026-03-10', add: ['2026-03-20'] }), march);
      expect(startsOf(list)).to.deep.equal(['2026-03-10T23:30:00.000Z', '2026-03-20T23:30:00.000Z']);
    });
  });

  describe('ends', () => {
    const march = range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');

    it('ends the next day when end_time is before time', () => {
      const [occ] = expandSchedule(schedule({ start_date: '2026-03-10', time: '22:00', end_time: '01:00' }), march);
      expect(occ.date).to.equal('2026-03-10');
      expect(occ.start.toISOString()).to.equal('2026-03-11T03:00:00.000Z');
      expect(occ.end?.toISOString()).to.equal('2026-03-11T06:00:00.000Z');
    });

    it('ends duration minutes after the start', () => {
      const [occ] = expandSchedule(schedule({ start_date: '2026-03-10', duration: 90 }), march);
      expect(occ.end?.toISOString()).to.equal('2026-03-11T01:00:00.000Z');
    });

    it('prefers end_time over duration', () => {
      const [occ] = expandSchedule(schedule({ start_date: '2026-03-10', end_time: '19:00', duration: 90 }), march);
      expect(occ.end?.toISOString()).to.equal('2026-03-11T00:00:00.000Z');
    });

    it('has no end without end_time or duration', () => {
      const [occ] = expandSchedule(schedule({ start_date: '2026-03-10' }), march);
      expect(occ).to.not.have.property('end');
    });
  });

  describe('the range', () => {
    const evening = schedule({ start_date: '2026-03-10', end_time: '20:00' }); // 23:30Z–01:00Z

    it('includes an occurrence happening at from', () => {
      expect(startsOf(expandSchedule(evening, range('2026-03-11T00:59:00Z', '2026-03-12T00:00:00Z')))).to.deep.equal(['2026-03-10T23:30:00.000Z']);
    });

    it('includes one that started the day before and runs past midnight', () => {
      const late = schedule({ start_date: '2026-03-10', time: '22:00', end_time: '01:00' });
      expect(expandSchedule(late, range('2026-03-11T05:59:00Z', '2026-03-12T00:00:00Z'))).to.have.length(1);
      expect(expandSchedule(late, range('2026-03-11T06:00:00Z', '2026-03-12T00:00:00Z'))).to.have.length(0);
    });

    it('excludes an occurrence that ended at or before from', () => {
      expect(expandSchedule(evening, range('2026-03-11T01:00:00Z', '2026-03-12T00:00:00Z'))).to.deep.equal([]);
    });

    it('without an end, includes an occurrence for an hour from its start, and not after', () => {
      const noEnd = schedule({ start_date: '2026-03-10' });
      expect(expandSchedule(noEnd, range('2026-03-10T23:30:00Z', '2026-03-12T00:00:00Z'))).to.have.length(1);
      expect(expandSchedule(noEnd, range('2026-03-11T00:29:59Z', '2026-03-12T00:00:00Z'))).to.have.length(1);
      expect(expandSchedule(noEnd, range('2026-03-11T00:30:00Z', '2026-03-12T00:00:00Z'))).to.have.length(0);
    });

    it('excludes an occurrence starting at to', () => {
      expect(expandSchedule(evening, range('2026-03-01T00:00:00Z', '2026-03-10T23:30:00Z'))).to.have.length(0);
      expect(expandSchedule(evening, range('2026-03-01T00:00:00Z', '2026-03-10T23:31:00Z'))).to.have.length(1);
    });
  });

  describe('by appointment', () => {
    const byAppointment = schedule({ start_date: '2026-01-01', end_date: '2026-03-10', by_appointment: true, repeat: 'weekly' });

    it('has no timed occurrences, even with a time', () => {
      expect(expandSchedule(byAppointment, range('2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z'))).to.deep.equal([]);
    });

    it('is offered until the end of end_date in the session zone', () => {
      expect(isByAppointment(byAppointment, range('2026-03-11T04:59:00Z', '2026-04-01T00:00:00Z'))).to.equal(true);
      expect(isByAppointment(byAppointment, range('2026-03-11T05:00:00Z', '2026-04-01T00:00:00Z'))).to.equal(false);
    });

    it('is offered within a range that reaches start_date in the session zone, as a timed session is listed', () => {
      const later = schedule({ start_date: '2027-06-01', by_appointment: true });
      // Midnight on 1 June in Chicago is 05:00Z.
      expect(isByAppointment(later, range('2026-11-23T15:00:00Z', '2027-01-18T15:00:00Z'))).to.equal(false);
      expect(isByAppointment(later, range('2027-05-20T00:00:00Z', '2027-06-01T04:59:00Z'))).to.equal(false);
      expect(isByAppointment(later, range('2027-05-20T00:00:00Z', '2027-06-01T05:00:00Z'))).to.equal(true);
      expect(isByAppointment(later, range('2027-07-01T00:00:00Z', '2027-07-02T00:00:00Z'))).to.equal(true);
    });

    it('says when one begins while that is still to come', () => {
      const later = schedule({ start_date: '2027-06-01', by_appointment: true });
      expect(laterStart(later, new Date('2027-06-01T04:59:00Z'))).to.equal('2027-06-01');
      expect(laterStart(later, new Date('2027-06-01T05:00:00Z'))).to.equal(undefined);
    });

    it('is false for a timed session', () => {
      expect(isByAppointment(schedule({ start_date: '2026-01-01' }), range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'))).to.equal(false);
    });
  });
});
