/**
 * A time written with one digit for the hour ("9:00", "9:30"), as people write times: read as the time
 * meant, in a session and in a service's hours alike, and reported with how to write it.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { finderFeed, finderSessions, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

const said = (problems: FeedProblem[]) => problems.map(({ path, message, skipped }) => `${path}${skipped ? ' (skipped)' : ''}: ${message}`);

describe('a time with one digit for the hour', () => {
  it('is the time meant in a session, and the feed keeper is told to write the hour with two digits', async () => {
    const circle = { ...finderSessions.circle, schedule: { ...finderSessions.circle.schedule, time: '6:30', end_time: '8:00 ' } };
    const { el, event } = await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .feed=${{ ...finderFeed, sessions: [circle] }} .now=${FINDER_NOW}></care-session-finder>`);
    expect(shadowQueryAll(el, '.when')[0].textContent!.replace(/\s+/g, ' ')).to.equal('6:30 – 8:00 AM');
    expect(said(event.detail.problems)).to.deep.equal([
      'sessions[0].schedule.time: "6:30" is read as "06:30"; write the hour with two digits: "06:30"',
      'sessions[0].schedule.end_time: "8:00 " is read as "08:00"; write the hour with two digits: "08:00"',
    ]);
  });

  it('is still no time when it is none ("9", "9:5", "25:00")', async () => {
    for (const time of ['9', '9:5', '25:00', '9:00 am']) {
      const circle = { ...finderSessions.circle, schedule: { ...finderSessions.circle.schedule, time } };
      const { event } = await mountLoaded(html`<care-session-finder .feed=${{ ...finderFeed, sessions: [circle] }} .now=${FINDER_NOW}></care-session-finder>`);
      expect((event.detail.problems as FeedProblem[]).map((p) => `${p.path} ${p.code}`), time).to.deep.equal(['sessions[0].schedule.time not-time']);
    }
  });
});
