import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../../src/feed/types.js';
import { isOpenAt, openingStatus } from '../../src/time/hours.js';

const CHICAGO = 'America/Chicago';
const openAt = (hours: OpeningHours[], iso: string, zone = CHICAGO) => isOpenAt(hours, zone, new Date(iso));

describe('isOpenAt', () => {
  const officeHours: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];

  it('is open from opens up to, not including, closes on the listed days', () => {
    expect(openAt(officeHours, '2026-03-10T13:59:00Z')).to.equal(false); // Tue 08:59 CDT
    expect(openAt(officeHours, '2026-03-10T14:00:00Z')).to.equal(true); // 09:00
    expect(openAt(officeHours, '2026-03-10T21:59:00Z')).to.equal(true); // 16:59
    expect(openAt(officeHours, '2026-03-10T22:00:00Z')).to.equal(false); // 17:00
    expect(openAt(officeHours, '2026-03-14T15:00:00Z')).to.equal(false); // Sat 10:00
  });

  it('reads the hours on the wall clock of the zone, in winter and summer time', () => {
    expect(openAt(officeHours, '2026-03-06T14:30:00Z')).to.equal(false); // Fri 08:30 CST
    expect(openAt(officeHours, '2026-03-06T15:00:00Z')).to.equal(true); // Fri 09:00 CST
    expect(openAt(officeHours, '2026-03-23T15:00:00Z', 'Asia/Jakarta')).to.equal(false); // Mon 22:00 WIB
  });

  describe('a range past midnight, Friday and Saturday 22:00–02:00', () => {
    const lateNights: OpeningHours[] = [{ days: ['fr', 'sa'], opens: '22:00', closes: '02:00' }];
    it('opens at 22:00 on the listed days', () => {
      expect(openAt(lateNights, '2026-03-21T02:59:00Z')).to.equal(false); // Fri 21:59 CDT
      expect(openAt(lateNights, '2026-03-21T04:00:00Z')).to.equal(true); // Fri 23:00
    });
    it('stays open into the small hours of the next day, until 02:00', () => {
      expect(openAt(lateNights, '2026-03-21T06:00:00Z')).to.equal(true); // Sat 01:00, Friday's night
      expect(openAt(lateNights, '2026-03-21T07:00:00Z')).to.equal(false); // Sat 02:00
      expect(openAt(lateNights, '2026-03-22T06:00:00Z')).to.equal(true); // Sun 01:00, Saturday's night
    });
    it('is closed in the small hours after a day not listed', () => {
      expect(openAt(lateNights, '2026-03-20T06:00:00Z')).to.equal(false); // Fri 01:00, after Thursday
      expect(openAt(lateNights, '2026-03-23T06:00:00Z')).to.equal(false); // Mon 01:00, after Sunday
    });
  });

  it('reads closes 00:00 as midnight at the end of the day', () => {
    const evenings: OpeningHours[] = [{ days: ['mo'], opens: '18:00', closes: '00:00' }];
    expect(openAt(evenings, '2026-03-24T04:59:00Z')).to.equal(true); // Mon 23:59
    expect(openAt(evenings, '2026-03-24T05:00:00Z')).to.equal(false); // Tue 00:00
  });

  it('reads closes equal to opens as a full 24 hours', () => {
    const fullDay: OpeningHours[] = [{ days: ['sa'], opens: '09:00', closes: '09:00' }];
    expect(openAt(fullDay, '2026-03-21T13:59:00Z')).to.equal(false); // Sat 08:59
    expect(openAt(fullDay, '2026-03-22T13:59:00Z')).to.equal(true); // Sun 08:59
    expect(openAt(fullDay, '2026-03-22T14:00:00Z')).to.equal(false); // Sun 09:00
  });

  it('is closed between two ranges of one day', () => {
    const withLunch: OpeningHours[] = [{ days: ['mo'], opens: '09:00', closes: '12:00' }, { days: ['mo'], opens: '13:00', closes: '17:00' }];
    expect(openAt(withLunch, '2026-03-23T17:30:00Z')).to.equal(false); // 12:30
    expect(openAt(withLunch, '2026-03-23T18:30:00Z')).to.equal(true); // 13:30
  });

  it('is always open for 24/7, with or without a zone', () => {
    expect(isOpenAt('24/7', undefined, new Date('2026-03-23T06:00:00Z'))).to.equal(true);
  });

  it('does not know without hours, with an empty list, or without a zone', () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(isOpenAt(undefined, CHICAGO, now)).to.equal(undefined);
    expect(isOpenAt([], CHICAGO, now)).to.equal(undefined);
    expect(isOpenAt(officeHours, undefined, now)).to.equal(undefined);
  });
});

describe('openingStatus', () => {
  const at = (hours: '24/7' | OpeningHours[] | undefined, iso: string, zone: string | null = CHICAGO) => {
    const status = openingStatus(hours, zone ?? undefined, new Date(iso));
    if (!status) return status;
    return status.open
      ? { open: true, until: status.until?.toISOString() }
      : { open: false, opens: status.opens?.toISOString() };
  };
  const weekdays: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];
  const warmline: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '20:00', closes: '02:00' }];

  it('says when an open service closes and when a closed one opens', () => {
    expect(at(weekdays, '2026-11-23T15:15:00Z')).to.deep.equal({ open: true, until: '2026-11-23T23:00:00.000Z' }); // Mon 09:15 CST
    expect(at(weekdays, '2026-11-23T14:00:00Z')).to.deep.equal({ open: false, opens: '2026-11-23T15:00:00.000Z' }); // Mon 08:00
    expect(at(weekdays, '2026-11-23T23:00:00Z')).to.deep.equal({ open: false, opens: '2026-11-24T15:00:00.000Z' }); // Mon 17:00: Tuesday
  });

  it('looks past a weekend to the next opening', () => {
    expect(at(weekdays, '2026-11-27T23:30:00Z')).to.deep.equal({ open: false, opens: '2026-11-30T15:00:00.000Z' }); // Fri 17:30 → Mon 09:00
  });

  it('keeps an overnight range open past midnight, closing the next morning', () => {
    expect(at(warmline, '2026-11-24T04:00:00Z')).to.deep.equal({ open: true, until: '2026-11-24T08:00:00.000Z' }); // Mon 22:00 → Tue 02:00
    expect(at(warmline, '2026-11-24T07:30:00Z')).to.deep.equal({ open: true, until: '2026-11-24T08:00:00.000Z' }); // Tue 01:30, Monday's night
    expect(at(warmline, '2026-11-24T08:00:00Z')).to.deep.equal({ open: false, opens: '2026-11-25T02:00:00.000Z' }); // Tue 02:00 → Tue 20:00
  });

  it('joins ranges that touch, so the close is the real one', () => {
    const splitDay: OpeningHours[] = [{ days: ['mo'], opens: '09:00', closes: '13:00' }, { days: ['mo'], opens: '13:00', closes: '18:00' }];
    expect(at(splitDay, '2026-11-23T16:00:00Z')).to.deep.equal({ open: true, until: '2026-11-24T00:00:00.000Z' }); // until 18:00
  });

  it('is open around the clock, with no closing time, for 24/7 and for every day 00:00–00:00', () => {
    expect(at('24/7', '2026-11-23T15:15:00Z', null)).to.deep.equal({ open: true, until: undefined });
    const allDays: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '00:00' }];
    expect(at(allDays, '2026-11-23T15:15:00Z')).to.deep.equal({ open: true, until: undefined });
  });

  it('is unknown without hours, a zone or any usable range, and closed for good when no day is listed', () => {
    expect(at(undefined, '2026-11-23T15:15:00Z')).to.equal(undefined);
    expect(at([], '2026-11-23T15:15:00Z')).to.equal(undefined);
    expect(at(weekdays, '2026-11-23T15:15:00Z', null)).to.equal(undefined);
    expect(at([{ days: [], opens: '09:00', closes: '17:00' }], '2026-11-23T15:15:00Z')).to.deep.equal({ open: false, opens: undefined });
  });

  it('reads a service in another zone on its own clock', () => {
    // 09:15 in Chicago is 07:15 in Los Angeles: the grief line there opens at 09:00 Pacific, 17:00 UTC.
    expect(at(weekdays, '2026-11-23T15:15:00Z', 'America/Los_Angeles')).to.deep.equal({ open: false, opens: '2026-11-23T17:00:00.000Z' });
    // and in Jakarta (UTC+7) it is already 22:15, so the next opening is Tuesday 09:00 there.
    expect(at(weekdays, '2026-11-23T15:15:00Z', 'Asia/Jakarta')).to.deep.equal({ open: false, opens: '2026-11-24T02:00:00.000Z' });
  });

  describe('on a daylight-saving day', () => {
    it('opens at 09:00 summer time on the Monday after clocks go forward', () => {
      // Saturday 7 March 2026, 18:00 CST; clocks go forward on Sunday 8 March: Monday 09:00 is CDT (UTC−5).
      expect(at(weekdays, '2026-03-08T00:00:00Z')).to.deep.equal({ open: false, opens: '2026-03-09T14:00:00.000Z' });
    });

    it('closes a night that would end in the skipped hour as the one daylight-saving rule says', () => {
      const nights: OpeningHours[] = [{ days: ['sa'], opens: '20:00', closes: '02:30' }];
      // Sunday 01:30 CST: open; 02:30 never comes, and a time in the gap is read with the offset before it
      // (RFC 5545 §3.3.5, the one rule the list and the calendar file follow too): 02:30 CST, 03:30 CDT, 08:30 UTC.
      expect(at(nights, '2026-03-08T07:30:00Z')).to.deep.equal({ open: true, until: '2026-03-08T08:30:00.000Z' });
      expect(at(nights, '2026-03-08T08:30:00Z')).to.deep.equal({ open: false, opens: '2026-03-15T01:00:00.000Z' });
    });

    it('keeps a night open through the repeated hour when clocks go back, closing once', () => {
      // Saturday 31 October 2026, 20:00 CDT, to Sunday 1 November 02:00 CST: seven hours.
      expect(at(warmline, '2026-11-01T01:00:00Z')).to.deep.equal({ open: true, until: '2026-11-01T08:00:00.000Z' });
      expect(at(warmline, '2026-11-01T06:30:00Z')).to.deep.equal({ open: true, until: '2026-11-01T08:00:00.000Z' }); // 01:30 CDT
      expect(at(warmline, '2026-11-01T07:30:00Z')).to.deep.equal({ open: true, until: '2026-11-01T08:00:00.000Z' }); // 01:30 CST
      expect(isOpenAt(warmline, CHICAGO, new Date('2026-11-01T08:00:00Z'))).to.equal(false);
    });
  });
});
