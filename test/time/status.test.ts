import { expect } from '@open-wc/testing';
import { nextOccurrence, occurrenceState } from '../../src/time/status.js';
import { occurrence } from './fixtures.js';

const at = (iso: string) => new Date(iso);

describe('occurrenceState', () => {
  const evening = occurrence('2026-03-10T23:30:00Z', '2026-03-11T01:00:00Z');

  it('is upcoming before the start', () => {
    expect(occurrenceState(evening, at('2026-03-10T23:29:59Z'))).to.equal('upcoming');
  });

  it('is now from the start until just before the end', () => {
    expect(occurrenceState(evening, at('2026-03-10T23:30:00Z'))).to.equal('now');
    expect(occurrenceState(evening, at('2026-03-11T00:59:59Z'))).to.equal('now');
  });

  it('has ended at the end', () => {
    expect(occurrenceState(evening, at('2026-03-11T01:00:00Z'))).to.equal('ended');
  });

  it('without an end, is now for an hour from the start, and ended after it', () => {
    const open = occurrence('2026-03-10T23:30:00Z');
    expect(occurrenceState(open, at('2026-03-10T23:30:00Z'))).to.equal('now');
    expect(occurrenceState(open, at('2026-03-11T00:29:59Z'))).to.equal('now');
    expect(occurrenceState(open, at('2026-03-11T00:30:00Z'))).to.equal('ended');
  });
});

describe('nextOccurrence', () => {
  const ended = occurrence('2026-03-09T23:30:00Z', '2026-03-10T01:00:00Z');
  const happening = occurrence('2026-03-10T23:00:00Z', '2026-03-11T01:00:00Z');
  const later = occurrence('2026-03-11T23:30:00Z', '2026-03-12T01:00:00Z');
  const soon = occurrence('2026-03-11T18:00:00Z');

  it('prefers the one happening now', () => {
    expect(nextOccurrence([ended, later, happening], at('2026-03-11T00:00:00Z'))).to.equal(happening);
  });

  it('otherwise takes the earliest start still to come, in any order', () => {
    expect(nextOccurrence([later, ended, soon, happening], at('2026-03-11T02:00:00Z'))).to.equal(soon);
  });

  it('is undefined when everything has ended or there is nothing', () => {
    expect(nextOccurrence([ended, happening], at('2026-03-12T00:00:00Z'))).to.equal(undefined);
    expect(nextOccurrence([], at('2026-03-12T00:00:00Z'))).to.equal(undefined);
  });
});
