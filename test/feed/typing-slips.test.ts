/**
 * What a feed keeper's typing slips do on a page: a code, date, time or day with a space around it or
 * in capitals (what a spreadsheet or a phone's keyboard leaves) is read, and the page shows the entry
 * as meant, while the load event still tells of each slip, with how it was read.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/session-finder/define.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { feeds, messages } from '../mocks/feeds.js';
import { LOOKUP_NOW, referralFeeds, referrals } from '../mocks/referral-feeds.js';
import { finderFeed, finderSessions, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, visibleText } from '../helpers.js';

const slips = (problems: FeedProblem[]) => problems.map(({ path, code, skipped }) => `${path} ${code}${skipped ? ' skipped' : ''}`);

describe('typing slips in a feed, on a page', () => {
  it('an urgent message written "Urgent " is still announced in the alert', async () => {
    const feed = { ...feeds.urgent, messages: [{ ...messages.urgent, tone: 'Urgent ' }, messages.listening, messages.talk] };
    const { el, event } = await mountLoaded(html`<care-awareness-banner .feed=${feed}></care-awareness-banner>`);
    const alerts = shadowQueryAll(el, '[role="alert"]');
    expect(alerts).to.have.length(1);
    expect(alerts[0].textContent).to.contain('helpline is open');
    expect(slips(event.detail.problems)).to.deep.equal(['messages[0].tone read-as']);
    expect(event.detail.problems[0].message).to.equal('"Urgent " is read as "urgent"; write it in lower case, without the spaces around it');
    await expect(el).to.be.accessible();
  });

  it('a session whose time, repeat, days and status have spaces after them is listed', async () => {
    const circle = {
      ...finderSessions.circle, status: 'active ',
      schedule: { ...finderSessions.circle.schedule, start_date: '2026-01-06 ', time: '18:30 ', repeat: 'weekly ', days: ['tu '] },
    };
    const feed = { ...finderFeed, sessions: [circle] };
    const { el, event } = await mountLoaded(html`<care-session-finder .feed=${feed} .now=${FINDER_NOW}></care-session-finder>`);
    expect(visibleText(el)).to.contain('Tuesday peer circle');
    expect(slips(event.detail.problems)).to.deep.equal([
      'sessions[0].status read-as', 'sessions[0].schedule.start_date read-as', 'sessions[0].schedule.time read-as',
      'sessions[0].schedule.repeat read-as', 'sessions[0].schedule.days[0] read-as',
    ]);
    expect(event.detail.problems[2].message).to.equal('"18:30 " is read as "18:30"; write it without the spaces around it');
  });

  it('a session whose cost is written "Free" is found by "Free only", as one written "free" is', async () => {
    const feed = { ...finderFeed, sessions: [{ ...finderSessions.circle, cost: 'Free ' }, finderSessions.caregivers] };
    const { el, event } = await mountLoaded(html`<care-session-finder .feed=${feed} .now=${FINDER_NOW}></care-session-finder>`);
    const freeOnly = shadowQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]').find((box) => box.closest('label')!.textContent!.includes('Free only'))!;
    freeOnly.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const titles = shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim());
    expect(titles).to.include('Tuesday peer circle');
    expect(titles).not.to.include('Caregivers online');
    // A text is what the feed format allows there: nothing to report.
    expect(slips(event.detail.problems)).to.deep.equal([]);
  });

  it('a closing or end time written "24:00" is midnight: the service is open until then, the session ends then', async () => {
    const late = { id: 'late', name: 'Late line', kind: 'helpline', phone: '555 0100', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '09:00', closes: '24:00' }] };
    const lookup = await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .feed=${{ ...referralFeeds.lookup, referrals: [late] }} .now=${LOOKUP_NOW}></care-referral-lookup>`);
    expect(shadowQueryAll(lookup.el, '[part="status"]').map((s) => s.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Open now, until 12:00 AM']);
    expect(slips(lookup.event.detail.problems)).to.deep.equal(['referrals[0].hours[0].closes midnight']);

    const circle = { ...finderSessions.circle, schedule: { ...finderSessions.circle.schedule, time: '20:00', end_time: '24:00' } };
    const finder = await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .feed=${{ ...finderFeed, sessions: [circle] }} .now=${FINDER_NOW}></care-session-finder>`);
    expect(shadowQueryAll(finder.el, '.when')[0].textContent!.replace(/\s+/g, ' ')).to.equal('8:00 PM – 12:00 AM');
    expect(slips(finder.event.detail.problems)).to.deep.equal(['sessions[0].schedule.end_time midnight']);
    expect(finder.event.detail.problems[0].message).to.equal('"24:00" is read as "00:00", midnight at the end of the day (a closing or end time not after the start runs into the next day); write "00:00"');
  });

  it('a time with seconds, as a spreadsheet writes it ("18:30:00"), is the time meant', async () => {
    const circle = { ...finderSessions.circle, schedule: { ...finderSessions.circle.schedule, time: '18:30:00', end_time: '20:00:00' } };
    const finder = await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .feed=${{ ...finderFeed, sessions: [circle] }} .now=${FINDER_NOW}></care-session-finder>`);
    expect(shadowQueryAll(finder.el, '.when')[0].textContent!.replace(/\s+/g, ' ')).to.equal('6:30 – 8:00 PM');
    expect(slips(finder.event.detail.problems)).to.deep.equal(['sessions[0].schedule.time read-as', 'sessions[0].schedule.end_time read-as']);
    expect(finder.event.detail.problems[0].message).to.equal('"18:30:00" is read as "18:30"; write it without its seconds');
    const late = { id: 'late', name: 'Late line', kind: 'helpline', phone: '555 0100', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00:00', closes: '17:00:00' }] };
    const lookup = await mountLoaded(html`<care-referral-lookup viewer-timezone="America/Chicago" .feed=${{ ...referralFeeds.lookup, referrals: [late] }} .now=${LOOKUP_NOW}></care-referral-lookup>`);
    expect(shadowQueryAll(lookup.el, '[part="status"]').map((s) => s.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Open now, until 5:00 PM']);
    // Seconds that are not whole (18:30:15) are no time the feed can mean: still left out.
    const odd = { ...circle, schedule: { ...circle.schedule, time: '18:30:15', end_time: undefined } };
    const skipped = await mountLoaded(html`<care-session-finder .feed=${{ ...finderFeed, sessions: [odd] }} .now=${FINDER_NOW}></care-session-finder>`);
    expect(slips(skipped.event.detail.problems)).to.deep.equal(['sessions[0].schedule.time not-time skipped']);
  });

  it('links written without https:// go to the address meant, not to a page of this site', async () => {
    const feed = { ...referralFeeds.onlyUrgent, referrals: [{ ...referrals.lifeline, chat_url: 'm.me/RiversideHelp', url: 'Riverside-Clinic.ORG' }] };
    const { el, event } = await mountLoaded(html`<care-referral-lookup .feed=${feed} .now=${LOOKUP_NOW}></care-referral-lookup>`);
    const hrefs = shadowQueryAll<HTMLAnchorElement>(el, 'a[part~="contact"]').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['https://m.me/RiversideHelp', 'https://Riverside-Clinic.ORG']);
    expect(slips(event.detail.problems)).to.deep.equal(['referrals[0].chat_url no-scheme', 'referrals[0].url no-scheme']);
    await expect(el).to.be.accessible();
  });
});
