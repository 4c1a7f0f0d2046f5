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

  it('names the zone once across midnight, and at both ends when the clocks change between', () => {
    // 22:00–01:00 in Kathmandu (UTC+5:45, no short name in English).
    const kathmandu = occurrence('2026-11-24T16:15:00Z', '2026-11-24T19:15:00Z', '2026-11-24');
    expect(time(kathmandu, 'Asia/Kathmandu', 'en-US', true)).to.equal('10:00 PM – 1:00 AM GMT+5:45');
    // 23:00 MST to 03:00 MDT in Denver, the night it springs forward.
    const denver = occurrence('2027-03-14T06:00:00Z', '2027-03-14T09:00:00Z', '2027-03-13');
    expect(time(denver, 'America/Denver', 'en-US', true)).to.equal('11:00 PM MST – 3:00 AM MDT');
  });

  it('writes the weekdays of a range of a day or more, which would otherwise read as no time at all', () => {
    // 10:00 Monday to 10:00 Tuesday (1440 minutes), and to 11:00.
    expect(time(occurrence('2026-03-09T15:00:00Z', '2026-03-10T15:00:00Z', '2026-03-09'), CHICAGO, 'en-US')).to.equal('Mon 10:00 AM – Tue 10:00 AM');
    // Engines differ on a comma after the weekday.
    expect(time(occurrence('2026-03-09T15:00:00Z', '2026-03-10T16:00:00Z', '2026-03-09'), CHICAGO, 'en-US', true)).to.match(/^Mon,? 10:00 AM – Tue,? 11:00 AM CDT$/);
    // 22:00 to 21:00 the next day is under a day: the times alone.
    expect(time(occurrence('2026-03-10T03:00:00Z', '2026-03-11T02:00:00Z', '2026-03-09'), CHICAGO, 'en-US')).to.equal('10:00 PM – 9:00 PM');
  });

  it('lets a line break only between the two times, never inside one ("10:00 PM", "1:00 AM GMT+5:45")', () => {
    const cases = [
      [evening, CHICAGO, 'en-US'],
      [evening, CHICAGO, 'ar'],
      [evening, CHICAGO, 'he'],
      [occurrence('2026-11-24T16:15:00Z', '2026-11-24T19:15:00Z', '2026-11-24'), 'Asia/Kathmandu', 'en-US'],
      [occurrence('2026-11-24T16:15:00Z', '2026-11-24T19:15:00Z', '2026-11-24'), 'Asia/Kathmandu', 'ar'],
      [occurrence('2026-03-09T15:00:00Z', '2026-03-10T15:00:00Z', '2026-03-09'), CHICAGO, 'es'],
      [occurrence('2026-03-10T23:30:00Z'), CHICAGO, 'en-US'],
    ] as const;
    for (const [occ, zone, locale] of cases) {
      const text = formatOccurrenceTime(occ, zone, locale, true);
      // A plain space is where a line may break: only beside the separator.
      expect(text.replace(/ ?– ?/, ''), text).not.to.match(/ /);
    }
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
    expect(wallClockDiffers(session, LOS_ANGELES, TOKYO)).to.equal(true);
  });

  it('puts the session on a different day for the viewer', () => {
    const now = new Date('2026-03-09T14:00:00Z'); // 07:00 Monday in Los Angeles, 23:00 Monday in Tokyo
    expect(dayLabel(session.start, now, LOS_ANGELES, 'en-US')).to.equal('today');
    expect(dayLabel(session.start, now, TOKYO, 'en-US')).to.equal('tomorrow');
  });
});

describe('wallClockDiffers', () => {
  it('is false for zones that read the same at that instant', () => {
    expect(wallClockDiffers(occurrence('2026-03-10T01:30:00Z'), LOS_ANGELES, 'America/Vancouver')).to.equal(false);
    expect(wallClockDiffers(occurrence('2026-03-10T01:30:00Z', '2026-03-10T03:00:00Z'), LOS_ANGELES, 'America/Vancouver')).to.equal(false);
  });

  it('follows daylight saving: Phoenix matches Los Angeles in summer only', () => {
    expect(wallClockDiffers(occurrence('2026-07-01T01:30:00Z'), 'America/Phoenix', LOS_ANGELES)).to.equal(false);
    expect(wallClockDiffers(occurrence('2026-01-15T02:30:00Z'), 'America/Phoenix', LOS_ANGELES)).to.equal(true);
  });

  it('is true when only the date differs (24 hours apart)', () => {
    expect(wallClockDiffers(occurrence('2026-03-10T01:30:00Z'), 'Pacific/Honolulu', 'Pacific/Kiritimati')).to.equal(true);
  });

  it('is true when the clocks agree at the start but one changes before the end', () => {
    // Saturday 13 March 2027, 23:00 in Denver and in Phoenix; Denver springs forward at 02:00, so the end
    // (09:00Z) reads 03:00 there and 02:00 in Phoenix.
    const late = occurrence('2027-03-14T06:00:00Z', '2027-03-14T09:00:00Z', '2027-03-13');
    expect(wallClockDiffers(late, 'America/Denver', 'America/Phoenix')).to.equal(true);
    expect(wallClockDiffers(occurrence('2027-03-14T06:00:00Z'), 'America/Denver', 'America/Phoenix')).to.equal(false);
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
