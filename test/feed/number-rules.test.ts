/**
 * Numbers the spec allows, or that are plain enough to read, are read and said rather than lost:
 * an emergency number written without quotes still shows in the crisis strip; an interval over 52 is
 * a likely slip, not a reason to lose the session; a session of up to two days (a weekend retreat)
 * keeps its end, in the list and in the calendar file.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { sessionToIcs } from '../../src/session-finder/ics.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll } from '../helpers.js';

const said = (problems: FeedProblem[]) => problems.map(({ path, code, skipped }) => `${path} ${code}${skipped ? ' skipped' : ''}`);
const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))];

describe('numbers in a feed', () => {
  describe('an emergency number written without quotes', () => {
    it('still shows in the finder\'s crisis strip and the lookup, and is said', async () => {
      const feed = structuredClone(finderFeed) as { organization: Record<string, unknown> };
      feed.organization.emergency = { number: 112, label: 'Emergency services' };
      const { el, event } = await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
      expect(shadowQueryAll(el, '[part="crisis"] a').map((a) => a.getAttribute('href'))).to.include('tel:112');
      const problem = event.detail.problems.find((p: FeedProblem) => p.path === 'organization.emergency.number');
      expect(problem).to.include({ code: 'unquoted-phone', skipped: false });
      expect(problem.message).to.match(/^112 is read as "112"; write a phone number in quotes, like "112"/);

      const lookupFeed = structuredClone(referralFeeds.lookup) as { organization: Record<string, unknown> };
      lookupFeed.organization.emergency = { number: 911 };
      const { el: lookup } = await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${lookupFeed}></care-referral-lookup>`);
      expect(shadowQueryAll(lookup, '[part="urgent"] a').map((a) => a.getAttribute('href'))).to.include('tel:911');
      await expect(el).to.be.accessible();
    });

    it('is left out when it is not whole digits, with how to write it', () => {
      for (const number of [1.5, -112, 2 ** 60]) {
        const { feed, problems } = parseFeed({ version: 1, organization: { name: 'X', emergency: { number } } });
        expect(feed.organization.emergency, String(number)).to.equal(undefined);
        expect(said(problems)).to.deep.equal(['organization.emergency.number unquoted-number skipped']);
        expect(problems[0].message).to.equal('write the emergency number in quotes, as it is dialled, e.g. "911": this one cannot be read as a phone number without them; the emergency number is left out.');
      }
    });
  });

  const org = { name: 'Retreat house', timezone: 'America/Chicago' };
  const NOW = new Date('2026-11-23T15:15:00Z'); // Monday 23 November 2026, 09:15 in Chicago
  const online = (id: string, title: string, schedule: object) =>
    ({ id, title, online: { url: `https://meet.example.org/${id}` }, schedule: { start_date: '2026-11-24', time: '18:30', ...schedule } });

  it('an interval over 52 keeps the session, and says it is most likely a slip', async () => {
    const feed = { version: 1, organization: org, sessions: [online('w', 'Yearly gathering', { repeat: 'weekly', days: ['tu'], interval: 100 })] };
    const { el, event } = await mountLoaded<CareSessionFinder>(html`<care-session-finder days-ahead="7" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`);
    expect(titles(el)).to.deep.equal(['Yearly gathering']);
    expect(said(event.detail.problems)).to.deep.equal(['sessions[0].schedule.interval unusual']);
    expect(event.detail.problems[0].message).to.equal('"interval" 100 is read as it is: the session repeats every 100 weeks, years apart; if that is a typing slip, correct it (2 is every other one)');
  });

  describe('a session over a day, a weekend retreat', () => {
    const retreat = online('r', 'Weekend retreat', { start_date: '2026-11-28', time: '09:00', duration: 2880 });
    const feed = { version: 1, organization: org, sessions: [retreat] };

    it('shows the day and time it ends, and stays listed while it runs', async () => {
      const { el, event } = await mountLoaded<CareSessionFinder>(html`<care-session-finder days-ahead="7" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`);
      expect(said(event.detail.problems)).to.deep.equal(['sessions[0].schedule.duration unusual']);
      const when = shadowQueryAll(el, '[part="session"] .time')[0] ?? shadowQueryAll(el, '[part="session"] summary')[0];
      expect(when.textContent!.replace(/\s+/g, ' ')).to.match(/Sat 9:00 AM – Mon 9:00 AM/);
      // Sunday noon, the second day of it.
      const { el: during } = await mountLoaded<CareSessionFinder>(
        html`<care-session-finder days-ahead="7" viewer-timezone="America/Chicago" .now=${new Date('2026-11-29T18:00:00Z')} .feed=${feed}></care-session-finder>`,
      );
      expect(titles(during)).to.deep.equal(['Weekend retreat']);
    });

    it('ends two days later in the calendar file', () => {
      const session = parseFeed(feed).feed.sessions[0];
      const ics = sessionToIcs(session, { title: 'Weekend retreat', now: NOW })!;
      expect(ics).to.include('DTSTART;TZID=America/Chicago:20261128T090000');
      expect(ics).to.include('\r\nDURATION:PT2880M\r\n');
    });

    it('over two days, loses its end (the session stays), and is told how to write it', () => {
      const { feed: read, problems } = parseFeed({ ...feed, sessions: [{ ...retreat, schedule: { ...retreat.schedule, duration: 4320 } }] });
      expect(read.sessions[0].schedule.duration).to.equal(undefined);
      expect(said(problems)).to.deep.equal(['sessions[0].schedule.duration invalid']);
      expect(problems[0].message).to.equal('4320 should be a number of minutes, 1 to 2880 (two days); for a longer event, give each day its own session');
    });
  });
});
