import { expect } from '@open-wc/testing';
import { wallClockAt, zonedToInstant } from '../../src/time/zoned.js';

const instant = (date: string, time: string, zone: string) => zonedToInstant(date, time, zone).toISOString();

describe('zonedToInstant', () => {
  it('reads an ordinary wall-clock time with the offset of that date', () => {
    expect(instant('2026-01-15', '18:30', 'America/Chicago')).to.equal('2026-01-16T00:30:00.000Z');
    expect(instant('2026-07-15', '18:30', 'America/Chicago')).to.equal('2026-07-15T23:30:00.000Z');
  });

  describe('US spring forward, 2026-03-08 (02:00 EST → 03:00 EDT)', () => {
    it('keeps 01:30, still standard time', () => {
      expect(instant('2026-03-08', '01:30', 'America/New_York')).to.equal('2026-03-08T06:30:00.000Z');
    });
    it('reads the nonexistent 02:00 and 02:30 with the offset before the gap, as 03:00 and 03:30 EDT (RFC 5545 §3.3.5)', () => {
      expect(instant('2026-03-08', '02:00', 'America/New_York')).to.equal('2026-03-08T07:00:00.000Z');
      expect(instant('2026-03-08', '02:30', 'America/New_York')).to.equal('2026-03-08T07:30:00.000Z');
      expect(instant('2026-03-08', '02:59', 'America/Chicago')).to.equal('2026-03-08T08:59:00.000Z');
    });
    it('reads 03:30 as daylight time', () => {
      expect(instant('2026-03-08', '03:30', 'America/New_York')).to.equal('2026-03-08T07:30:00.000Z');
    });
  });

  describe('US fall back, 2026-11-01 (02:00 EDT → 01:00 EST)', () => {
    it('picks the first, daylight-time 01:00 and 01:30 of the two', () => {
      expect(instant('2026-11-01', '01:00', 'America/New_York')).to.equal('2026-11-01T05:00:00.000Z');
      expect(instant('2026-11-01', '01:30', 'America/New_York')).to.equal('2026-11-01T05:30:00.000Z');
      expect(instant('2026-11-01', '01:30', 'America/Chicago')).to.equal('2026-11-01T06:30:00.000Z');
    });
    it('reads 00:30 as daylight and 02:30 as standard time', () => {
      expect(instant('2026-11-01', '00:30', 'America/New_York')).to.equal('2026-11-01T04:30:00.000Z');
      expect(instant('2026-11-01', '02:30', 'America/New_York')).to.equal('2026-11-01T07:30:00.000Z');
    });
  });

  describe('Australia/Sydney', () => {
    it('picks the first 02:30 when clocks go back on 2026-04-05 (03:00 AEDT → 02:00 AEST)', () => {
      expect(instant('2026-04-05', '01:30', 'Australia/Sydney')).to.equal('2026-04-04T14:30:00.000Z');
      expect(instant('2026-04-05', '02:30', 'Australia/Sydney')).to.equal('2026-04-04T15:30:00.000Z');
      expect(instant('2026-04-05', '03:30', 'Australia/Sydney')).to.equal('2026-04-04T17:30:00.000Z');
    });
    it('moves 02:30 to 03:30 AEDT when clocks go forward on 2026-10-04', () => {
      expect(instant('2026-10-04', '02:30', 'Australia/Sydney')).to.equal('2026-10-03T16:30:00.000Z');
    });
  });

  describe('America/Santiago, whose clocks change at midnight', () => {
    it('moves 00:00 and 00:30 on 2026-09-06, which do not exist, to 01:00 and 01:30 -03', () => {
      expect(instant('2026-09-06', '00:00', 'America/Santiago')).to.equal('2026-09-06T04:00:00.000Z');
      expect(instant('2026-09-06', '00:30', 'America/Santiago')).to.equal('2026-09-06T04:30:00.000Z');
    });
    it('picks the first 23:30 on 2026-04-04, when the hour before midnight happens twice', () => {
      expect(instant('2026-04-04', '23:30', 'America/Santiago')).to.equal('2026-04-05T02:30:00.000Z');
    });
  });

  it('moves a time in a half-hour gap on by half an hour (Australia/Lord_Howe, 02:00 → 02:30 on 2026-10-04)', () => {
    expect(instant('2026-10-04', '02:15', 'Australia/Lord_Howe')).to.equal('2026-10-03T15:45:00.000Z');
    expect(instant('2026-10-04', '02:30', 'Australia/Lord_Howe')).to.equal('2026-10-03T15:30:00.000Z');
  });

  it('uses one offset all year in a zone without daylight saving (Asia/Jakarta, +07)', () => {
    expect(instant('2026-03-08', '02:30', 'Asia/Jakarta')).to.equal('2026-03-07T19:30:00.000Z');
    expect(instant('2026-11-01', '01:30', 'Asia/Jakarta')).to.equal('2026-10-31T18:30:00.000Z');
  });
});

describe('wallClockAt', () => {
  it('reads date, weekday, hours and minutes in the zone', () => {
    expect(wallClockAt(new Date('2026-03-10T01:30:00Z'), 'America/Los_Angeles')).to.include(
      { date: '2026-03-09', weekday: 'mo', hours: 18, minutes: 30 },
    );
    expect(wallClockAt(new Date('2026-03-10T01:30:00Z'), 'Asia/Tokyo')).to.include(
      { date: '2026-03-10', weekday: 'tu', hours: 10, minutes: 30 },
    );
  });

  it('reads the instant after the spring-forward gap as 03:00', () => {
    expect(wallClockAt(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).to.include({ weekday: 'su', hours: 3, minutes: 0 });
  });

  it('reads both instants of a repeated hour as 01:30', () => {
    expect(wallClockAt(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).to.include({ date: '2026-11-01', hours: 1, minutes: 30 });
    expect(wallClockAt(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).to.include({ date: '2026-11-01', hours: 1, minutes: 30 });
  });

  it('writes midnight as hour 0 of the new day', () => {
    expect(wallClockAt(new Date('2026-03-10T05:00:00Z'), 'America/Chicago')).to.include({ date: '2026-03-10', weekday: 'tu', hours: 0, minutes: 0 });
  });

  it('truncates seconds instead of rounding into the next day', () => {
    expect(wallClockAt(new Date('2026-01-01T04:59:59.999Z'), 'America/New_York')).to.include(
      { date: '2025-12-31', weekday: 'we', hours: 23, minutes: 59 },
    );
  });
});
