import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../../src/feed/types.js';
import { isOpenAt } from '../../src/time/hours.js';

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
