import { expect } from '@open-wc/testing';
import { dayLabel, formatOccurrenceTime, viewerZone, wallClockDiffers } from '../../src/time/format.js';
import { occurrence } from './fixtures.js';

/** Engines differ on which space goes before AM/PM (plain, no-break or narrow no-break); that is not under test. */
const time = (...args: Parameters<typeof formatOccurrenceTime>) => formatOccurrenceTime(...args).replace(/\s/g, ' ');

const CHICAGO = 'America/Chicago';
const LOS_ANGELES = 'America/Los_Angeles';
const TOKYO = 'Asia/Tokyo';

describe('formatOccurrenceTime', () => {
  const evening = occurrence('2026-03-10T23:30:00Z', '2026-03-11T01:00:00Z', '2026-03-10'); // 18:30–20:00 CDT

  it('writes the range in the zone and the locale', () => {
    expect(time(evening, CHICAGO, 'en-US')).to.equal('6:30 – 8:00 PM');
    expect(time(evening, CHICAGO, 'en-GB')).to.equal('18:30–20:00');
  });

  it('adds the zone name when asked', () => {
    expect(time(evening, CHICAGO, 'en-US', true)).to.equal('6:30 – 8:00 PM CDT');
  });

  it('writes only the start when there is no end', () => {
    expect(time(occurrence('2026-03-10T23:30:00Z'), CHICAGO, 'en-US')).to.equal('6:30 PM');
  });

  it('writes a range past midnight as two times, without dates', () => {
    const late = occurrence('2026-03-11T03:00:00Z', '2026-03-11T06:00:00Z', '2026-03-10'); // 22:00–01:00 CDT
    expect(time(late, CHICAGO, 'en-US')).to.equal('10:00 PM – 1:00 AM');
    // Chromium and WebKit write a lone 01:00 as "1:00" in en-GB, Firefox as "01:00".
    expect(time(late, CHICAGO, 'en-GB')).to.match(/^22:00 – 0?1:00$/);
  });

  it('falls back to the browser locale for a malformed language tag', () => {
    expect(time(evening, CHICAGO, 'en_US')).to.match(/(6|18):30/);
  });
});

describe('a session in Los Angeles seen from Tokyo', () => {
  // Monday 2026-03-09, 18:30–20:00 PDT: Tuesday 10:30–12:00 in Tokyo.
  const session = occurrence('2026-03-10T01:30:00Z', '2026-03-10T03:00:00Z', '2026-03-09');

  it('shows the session time and the viewer time', () => {
    expect(time(session, LOS_ANGELES, 'en-US', true)).to.equal('6:30 – 8:00 PM PDT');
    expect(time(session, TOKYO, 'en-US')).to.equal('10:30 AM – 12:00 PM');
  });

  it('knows the two wall clocks differ', () => {
    expect(wallClockDiffers(session.start, LOS_ANGELES, TOKYO)).to.equal(true);
  });

  it('puts the session on a different day for the viewer', () => {
    const now = new Date('2026-03-09T14:00:00Z'); // 07:00 Monday in Los Angeles, 23:00 Monday in Tokyo
    expect(dayLabel(session.start, now, LOS_ANGELES, 'en-US')).to.equal('today');
    expect(dayLabel(session.start, now, TOKYO, 'en-US')).to.equal('tomorrow');
  });
});

describe('wallClockDiffers', () => {
  it('is false for zones that read the same at that instant', () => {
    expect(wallClockDiffers(new Date('2026-03-10T01:30:00Z'), LOS_ANGELES, 'America/Vancouver')).to.equal(false);
  });

  it('follows daylight saving: Phoenix matches Los Angeles in summer only', () => {
    expect(wallClockDiffers(new Date('2026-07-01T01:30:00Z'), 'America/Phoenix', LOS_ANGELES)).to.equal(false);
    expect(wallClockDiffers(new Date('2026-01-15T02:30:00Z'), 'America/Phoenix', LOS_ANGELES)).to.equal(true);
  });

  it('is true when only the date differs (24 hours apart)', () => {
    expect(wallClockDiffers(new Date('2026-03-10T01:30:00Z'), 'Pacific/Honolulu', 'Pacific/Kiritimati')).to.equal(true);
  });
});

describe('dayLabel', () => {
  const tuesdayEvening = new Date('2026-03-10T23:30:00Z'); // 18:30 CDT

  it('turns at midnight in the zone', () => {
    expect(dayLabel(tuesdayEvening, new Date('2026-03-10T04:59:00Z'), CHICAGO, 'en-US')).to.equal('tomorrow');
    expect(dayLabel(tuesdayEvening, new Date('2026-03-10T05:00:00Z'), CHICAGO, 'en-US')).to.equal('today');
  });

  it('writes weekday and date in the locale from the day after tomorrow', () => {
    const thursday = new Date('2026-03-12T23:30:00Z');
    expect(dayLabel(thursday, new Date('2026-03-10T15:00:00Z'), CHICAGO, 'en-US')).to.equal('Thursday, March 12');
    expect(dayLabel(thursday, new Date('2026-03-10T15:00:00Z'), CHICAGO, 'es')).to.equal('jueves, 12 de marzo');
  });

  it('writes the date of an occurrence that began yesterday and is still going', () => {
    expect(dayLabel(new Date('2026-03-11T03:00:00Z'), new Date('2026-03-11T05:30:00Z'), CHICAGO, 'en-US')).to.equal('Tuesday, March 10');
  });
});

describe('viewerZone', () => {
  it('is a zone name Intl accepts', () => {
    expect(viewerZone()).to.be.a('string').and.match(/^[A-Za-z]/);
    expect(() => new Intl.DateTimeFormat('en', { timeZone: viewerZone() })).not.to.throw();
  });
});
