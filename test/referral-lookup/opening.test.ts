import { expect } from '@open-wc/testing';
import { dayRuns, isStale } from '../../src/referral-lookup/details-text.js';
import { closesSoon, nextChange } from '../../src/referral-lookup/open-now.js';

const NOW = new Date('2026-11-23T15:15:00Z');
const at = (iso: string) => new Date(iso);

describe('opening, for people to read', () => {
  it('says an open service closes soon in its last hour only', () => {
    expect(closesSoon({ open: true, until: at('2026-11-23T16:15:00Z') }, NOW)).to.equal(true);
    expect(closesSoon({ open: true, until: at('2026-11-23T16:16:00Z') }, NOW)).to.equal(false);
    expect(closesSoon({ open: true }, NOW)).to.equal(false);
    expect(closesSoon({ open: false, opens: at('2026-11-23T15:30:00Z') }, NOW)).to.equal(false);
    expect(closesSoon(undefined, NOW)).to.equal(false);
  });

  it('finds the next moment any status changes: an opening, a last hour, a closing', () => {
    const opensAt11 = { open: false as const, opens: at('2026-11-23T17:00:00Z') };
    const closesAt17 = { open: true as const, until: at('2026-11-23T23:00:00Z') };
    const closesIn20Minutes = { open: true as const, until: at('2026-11-23T15:35:00Z') };
    expect(nextChange([opensAt11, closesAt17], NOW)?.toISOString()).to.equal('2026-11-23T17:00:00.000Z');
    expect(nextChange([closesAt17], NOW)?.toISOString()).to.equal('2026-11-23T22:00:00.000Z'); // its last hour begins
    expect(nextChange([closesAt17, closesIn20Minutes], NOW)?.toISOString()).to.equal('2026-11-23T15:35:00.000Z');
  });

  it('has nothing to wait for with 24/7, unknown or never-opening services', () => {
    expect(nextChange([{ open: true }, undefined, { open: false }], NOW)).to.equal(undefined);
  });

  it('groups days into runs of the week, which goes round from Sunday to Monday', () => {
    expect(dayRuns(['mo', 'tu', 'we', 'th', 'fr'])).to.deep.equal([['mo', 'tu', 'we', 'th', 'fr']]);
    expect(dayRuns(['sa', 'mo', 'we', 'su'])).to.deep.equal([['sa', 'su', 'mo'], ['we']]);
    expect(dayRuns(['mo', 'we', 'sa'])).to.deep.equal([['mo'], ['we'], ['sa']]);
    expect(dayRuns(['su', 'mo', 'tu', 'we', 'th'])).to.deep.equal([['su', 'mo', 'tu', 'we', 'th']]);
    expect(dayRuns(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'])).to.deep.equal([['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']]);
    expect(dayRuns([])).to.deep.equal([]);
  });

  it('flags details checked more than twelve months ago', () => {
    expect(isStale('2025-11-23', '2026-11-23')).to.equal(false);
    expect(isStale('2025-11-22', '2026-11-23')).to.equal(true);
    expect(isStale('2024-10-01', '2026-11-23')).to.equal(true);
    expect(isStale('2026-11-01', '2026-11-23')).to.equal(false);
  });
});
