import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { generateFeed } from '../mocks/generate-feed.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { button, mountLoaded, shadowQueryAll, until } from '../helpers.js';

const ZONE = 'America/Chicago';
const titles = (el: Element) => shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim());
const summary = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0].textContent!.trim();
const problemList = (problems: FeedProblem[]) => problems.map((p) => `${p.path} ${p.code} ${p.skipped}`);

/** Sessions that meet every day at noon in Chicago, each spoiled in its own way; all titled "Broken …", of the kind "mended". */
function brokenSessions() {
  const daily = { start_date: '2026-01-01', time: '12:00', repeat: 'weekly', days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] };
  return [
    { id: 'broken-zone', title: 'Broken zone', online: { url: 'https://example.org/a' }, schedule: { ...daily, timezone: 'EST' } },
    { id: 'broken-end', title: 'Broken end', online: { url: 'https://example.org/b' }, schedule: { ...daily, end_date: '2025-12-01' } },
    { id: 'broken-place', title: 'Broken place', place: 'nowhere', schedule: daily },
    { id: 'broken-time', title: 'Broken time', online: { url: 'https://example.org/c' }, schedule: { ...daily, time: '25:00' } },
    { id: 'broken-status', title: 'Broken status', online: { url: 'https://example.org/d' }, status: 'maybe', schedule: daily },
    { id: 'broken-appointment', title: 'Broken appointment', online: { url: 'https://example.org/e' }, schedule: { by_appointment: true, start_date: 'soon' } },
  ].map((session) => ({ ...session, kind: 'mended' }));
}

describe('<care-session-finder> with a large feed that has broken entries', () => {
  // Broken sessions first, in the middle and last: the first screen and every background slice meet some.
  const generated = generateFeed({ sessions: 1200, seed: 5, now: FINDER_NOW });
  const [a, b, c, d, e, f] = brokenSessions();
  const sessions = [a, ...generated.sessions.slice(0, 600), b, c, ...generated.sessions.slice(600), d, e, f];
  const feed = { ...generated, sessions };

  it('never shows a broken entry, and reports every problem in care-feed-load', async () => {
    const { el, event } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
    const reported = problemList(event.detail.problems);
    expect(reported).to.deep.equal(problemList(parseFeed(feed).problems));
    for (const id of ['broken-zone', 'broken-end', 'broken-place', 'broken-time', 'broken-status', 'broken-appointment']) {
      expect(reported.some((p) => p.startsWith(`sessions[${sessions.findIndex((s) => s.id === id)}]`) && p.endsWith('true')), id).to.equal(true);
    }
    expect(titles(el).length).to.be.greaterThan(0);
    expect(titles(el).filter((t) => t.startsWith('Broken'))).to.deep.equal([]);

    await until(() => summary(el) !== '', 5000, 'the whole window');
    // The counts come with the whole window: no broken session is counted, so its kind is not offered.
    const kinds = shadowQueryAll<HTMLOptionElement>(el, 'select option').map((o) => o.textContent!.trim());
    expect(kinds.some((k) => k.startsWith('Peer group'))).to.equal(true);
    expect(kinds.filter((k) => k.startsWith('Mended'))).to.deep.equal([]);
    const search = shadowQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
    search.focus();
    await sendKeys({ type: 'Broken' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    expect(summary(el)).to.equal('0 sessions in the next 8 weeks');
  });
});

describe('<care-session-finder> with many by-appointment sessions', () => {
  const appointments = Array.from({ length: 30 }, (_, i) => ({
    id: `listening-${i}`, title: `Listening ${i + 1}`, kind: 'other', online: { url: 'https://example.org/listen' },
    schedule: { start_date: '2026-01-01', by_appointment: true },
  }));
  const feed = { ...finderFeed, sessions: [...finderFeed.sessions, ...appointments] };
  const byAppointment = (el: Element) => shadowQueryAll(el, '.appointments [part="session"]');

  it('lists a page of them, and the rest from the keyboard', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone=${ZONE} .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
    expect(byAppointment(el)).to.have.length(25);
    await expect(el).to.be.accessible();
    const more = button(el, 'Show all by appointment (31)')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(byAppointment(el)).to.have.length(31);
    expect(button(el, 'Show all by appointment (31)')).to.equal(undefined);
  });
});
