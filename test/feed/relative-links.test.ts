/**
 * A feed's relative links are read against the feed's own address, as links in any web document
 * are: a program that publishes its feed at https://program.example/care/feed.json and writes
 * "/help" means its own help page, wherever a parish site shows the feed. A feed given inline
 * (or as a property) has no address of its own: its relative links stay as written, for the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { FeedLoadDetail } from '../../src/internal/events.js';
import { parseFeed } from '../../src/feed/index.js';
import { forgetFeed } from '../../src/feed/load.js';
import { mountLoaded, shadowQueryAll, until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';

const FEED_URL = 'https://program.example/care/feed.json';

const feed = {
  version: 1,
  organization: { name: 'Program', timezone: 'America/Chicago', language: 'en', url: '/', feedback_url: 'report.html' },
  places: [{ id: 'hall', name: 'Church hall' }],
  sessions: [{
    id: 's1', title: 'Peer circle', place: 'hall', online: { url: 'join/circle' }, registration: { url: '../sign-up?group=s1' },
    schedule: { start_date: '2026-01-05', time: '18:00', repeat: 'weekly', days: ['mo'] },
  }],
  referrals: [{ id: 'r1', name: 'Quiet line', kind: 'helpline', phone: '555-0100', url: 'services/quiet-line', chat_url: 'https://chat.example/x' }],
  messages: [{ id: 'm1', text: 'You are not alone.', link: { text: 'Read more', url: '/help' } }],
  volunteering: {
    roles: [{ id: 'listener', title: 'Listener' }],
    submit: { url: '/signups', format: 'json' },
    consent: { text: 'I agree.', version: '1' },
    privacy_url: 'privacy',
  },
};

describe('relative links in a feed', () => {
  before(async () => {
    await startWorker();
    worker.use(http.get(FEED_URL, () => HttpResponse.json(feed)));
  });
  beforeEach(() => localStorage.clear());
  after(() => worker.resetHandlers());

  it('are read against the feed\'s address, in every section, as care-feed-load gives them', async () => {
    const { event } = await mountLoaded(html`<care-feed src=${FEED_URL}>
      <care-awareness-banner></care-awareness-banner><care-session-finder></care-session-finder>
      <care-referral-lookup></care-referral-lookup><care-volunteer-signup></care-volunteer-signup>
    </care-feed>`);
    const { feed: read } = (event as CustomEvent<FeedLoadDetail>).detail;
    const { organization, sessions, referrals, messages, volunteering } = read;
    expect([organization.url, organization.feedback_url]).to.deep.equal(['https://program.example/', 'https://program.example/care/report.html']);
    expect([sessions[0]?.online?.url, sessions[0]?.registration?.url])
      .to.deep.equal(['https://program.example/care/join/circle', 'https://program.example/sign-up?group=s1']);
    // An absolute link is left as written.
    expect([referrals[0]?.url, referrals[0]?.chat_url]).to.deep.equal(['https://program.example/care/services/quiet-line', 'https://chat.example/x']);
    expect(messages[0]?.link?.url).to.equal('https://program.example/help');
    expect([volunteering?.submit.url, volunteering?.privacy_url]).to.deep.equal(['https://program.example/signups', 'https://program.example/care/privacy']);
  });

  it('lead a person to the feed\'s site, not to the page showing it', async () => {
    const { el } = await mountLoaded(html`<care-awareness-banner src=${FEED_URL}></care-awareness-banner>`);
    const links = shadowQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.href);
    expect(links).to.include('https://program.example/help');
    const lookup = (await mountLoaded(html`<care-referral-lookup src=${FEED_URL}></care-referral-lookup>`)).el;
    expect(shadowQueryAll<HTMLAnchorElement>(lookup, 'a[href]').map((a) => a.href)).to.include('https://program.example/care/services/quiet-line');
  });

  it('are read against the address the feed came from, after a redirect', async () => {
    worker.use(http.get('/care-feed.json', () => new HttpResponse(null, { status: 302, headers: { location: FEED_URL } })));
    const { el } = await mountLoaded(html`<care-awareness-banner src="/care-feed.json"></care-awareness-banner>`);
    expect(shadowQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.href)).to.include('https://program.example/help');
  });

  it('are read against the address the feed came from in the copy saved after a redirect, shown when the network fails', async () => {
    worker.use(http.get('/moved-feed.json', () => new HttpResponse(null, { status: 302, headers: { location: FEED_URL } })));
    const first = await mountLoaded(html`<care-awareness-banner src="/moved-feed.json"></care-awareness-banner>`);
    await until(() => Object.keys(localStorage).some((key) => key.endsWith('/moved-feed.json')), 3000, 'the copy saved');
    first.el.remove();
    // As on a later visit, offline.
    forgetFeed('/moved-feed.json');
    worker.use(http.get('/moved-feed.json', () => HttpResponse.error()));
    const { el } = await mountLoaded(html`<care-awareness-banner src="/moved-feed.json"></care-awareness-banner>`);
    expect(visibleText(el)).to.contain('Saved copy');
    expect(shadowQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.href)).to.include('https://program.example/help');
  });

  it('are read against the address asked for in a copy saved without the address it came from', async () => {
    const url = `${location.origin}/older-copy.json`;
    localStorage.setItem(`care-widgets:feed:${url}`, JSON.stringify({ at: '2026-03-01T12:00:00.000Z', text: JSON.stringify(feed) }));
    worker.use(http.get(url, () => HttpResponse.error()));
    const { el } = await mountLoaded(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
    expect(visibleText(el)).to.contain('Saved copy');
    expect(shadowQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.href)).to.include(`${location.origin}/help`);
  });

  it('stay as written in a feed given inline, which has no address but the page\'s', async () => {
    const el = await fixture(html`<care-awareness-banner .feed=${feed}></care-awareness-banner>`);
    const hrefs = shadowQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('/help');
    // Nor does a check without an address (the command line, the checker page) change them.
    expect(parseFeed(feed).feed.messages[0]?.link?.url).to.equal('/help');
  });
});
