import { expect } from '@open-wc/testing';
import type { Message } from '../../src/feed/types.js';
import { isShowing, nextWindowChange, rotationDelay } from '../../src/awareness-banner/active-messages.js';

const message = (starts?: string, ends?: string): Message => ({ id: 'm', text: 'A message', tone: 'info', starts, ends });
const next = (messages: Message[], now: string, zone = 'America/Chicago') => nextWindowChange(messages, new Date(now), zone)?.toISOString();

describe('nextWindowChange', () => {
  it('finds midnight in the organization\'s zone, where a date window ends (inclusive) or starts', () => {
    // 1 March ends at midnight in Chicago, 06:00Z; 2 March begins then.
    expect(next([message(undefined, '2026-03-01')], '2026-03-01T20:00:00Z')).to.equal('2026-03-02T06:00:00.000Z');
    expect(next([message('2026-03-02')], '2026-03-01T20:00:00Z')).to.equal('2026-03-02T06:00:00.000Z');
    expect(next([message('2026-03-02')], '2026-03-01T10:00:00Z', 'Asia/Tokyo')).to.equal('2026-03-01T15:00:00.000Z');
  });

  it('finds the instant a date-time window opens, and the one just after it closes', () => {
    expect(next([message('2026-03-02T09:00:00-06:00')], '2026-03-01T00:00:00Z')).to.equal('2026-03-02T15:00:00.000Z');
    expect(next([message(undefined, '2026-03-02T09:00:00-06:00')], '2026-03-01T00:00:00Z')).to.equal('2026-03-02T15:00:00.001Z');
  });

  it('takes the soonest change of all the messages, and none once every window is behind', () => {
    const messages = [message('2026-04-01', '2026-04-30'), message('2026-03-10', '2026-03-12'), message()];
    expect(next(messages, '2026-03-01T00:00:00Z')).to.equal('2026-03-10T05:00:00.000Z'); // daylight time from 8 March
    expect(next(messages, '2026-03-11T00:00:00Z')).to.equal('2026-03-13T05:00:00.000Z');
    expect(next(messages, '2026-05-01T05:00:00Z')).to.equal(undefined);
    expect(next([message()], '2026-03-01T00:00:00Z')).to.equal(undefined);
  });

  it('finds where a day begins when clocks skip its midnight (America/Santiago, 6 September 2026)', () => {
    expect(next([message('2026-09-06')], '2026-09-05T12:00:00Z', 'America/Santiago')).to.equal('2026-09-06T04:00:00.000Z');
  });

  it('is exactly where isShowing changes its answer, in any zone', () => {
    const messages = [message('2026-03-08', '2026-03-08'), message('2026-10-04', '2026-11-01'), message('2026-06-30T23:59:59+14:00', '2026-07-01T00:00:00-12:00')];
    for (const zone of ['America/Chicago', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Asia/Kathmandu']) {
      let now = new Date('2026-01-01T00:00:00Z');
      for (let change = nextWindowChange(messages, now, zone); change; change = nextWindowChange(messages, now, zone)) {
        const before = new Date(change.getTime() - 1);
        expect(messages.map((m) => isShowing(m, before, zone)), `${zone} ${change.toISOString()}`)
          .not.to.deep.equal(messages.map((m) => isShowing(m, change!, zone)));
        // Nothing changes between one change and the next: half-way, the answer is that of the start.
        const halfway = new Date((now.getTime() + change.getTime()) / 2);
        expect(messages.map((m) => isShowing(m, halfway, zone))).to.deep.equal(messages.map((m) => isShowing(m, now, zone)));
        now = change;
      }
    }
  });
});

describe('rotationDelay', () => {
  it('takes 5 seconds or more as given', () => {
    expect(rotationDelay(5)).to.deep.equal({ ms: 5000 });
    expect(rotationDelay(12.5)).to.deep.equal({ ms: 12_500 });
  });

  it('holds a faster interval to one change every 5 seconds (WCAG 2.2.2), and says so', () => {
    for (const seconds of [0.05, 1, 4.999]) {
      const { ms, problem } = rotationDelay(seconds);
      expect(ms).to.equal(5000);
      expect(problem).to.equal('needs a number of seconds, 5 or more; 5 is used.');
    }
  });

  it('falls back to 8 seconds for what is not a number of seconds above 0', () => {
    for (const seconds of [Number.NaN, 0, -3, -Infinity]) {
      const { ms, problem } = rotationDelay(seconds);
      expect(ms).to.equal(8000);
      expect(problem).to.equal('needs a number of seconds, 5 or more; 8 is used.');
    }
  });

  it('never asks setTimeout for more than it can wait, which would fire at once', () => {
    expect(rotationDelay(1e12).ms).to.equal(2 ** 31 - 1);
    expect(rotationDelay(Infinity).ms).to.equal(2 ** 31 - 1);
  });
});
