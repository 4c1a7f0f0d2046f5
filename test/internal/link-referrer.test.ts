/**
 * Every link a widget shows to another site takes nothing of the page's address to that site
 * (`rel="noreferrer"`), whatever referrer policy the page itself sets: a page's path and query can
 * hold what a person typed or chose ("?email=…", a search for "self-harm").
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';
import { FINDER_NOW } from '../mocks/session-feeds.js';

const feed = {
  version: 1,
  organization: {
    name: 'Program', timezone: 'America/Chicago', language: 'en',
    feedback_url: 'https://program.example/report', contact: { email: 'hello@program.example' },
  },
  places: [{ id: 'hall', name: 'Church hall' }],
  sessions: [{
    id: 's1', title: 'Peer circle', place: 'hall',
    online: { url: 'https://meet.example/circle' }, registration: { url: 'https://tickets.example/circle' },
    schedule: { start_date: '2026-11-01', time: '18:00', repeat: 'weekly', days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] },
  }],
  referrals: [
    { id: 'crisis', name: 'Crisis chat', kind: 'helpline', urgent: true, chat_url: 'https://crisis.example/chat' },
    { id: 'quiet', name: 'Quiet line', kind: 'helpline', phone: '555-0100', url: 'https://quiet.example/', chat_url: 'https://chat.example/x', whatsapp: '+447700900123' },
  ],
  messages: [{ id: 'm1', text: 'You are not alone.', link: { text: 'Read more', url: 'https://program.example/help' } }],
  volunteering: {
    roles: [{ id: 'listener', title: 'Listener' }],
    submit: { url: 'https://program.example/signups', format: 'json' },
    consent: { text: 'I agree.', version: '1' },
    privacy_url: 'https://program.example/privacy',
  },
};

/** The widget's links to other sites (http and https), by address, with the `rel` each was given. */
const policies = (el: Element) => Object.fromEntries(shadowQueryAll<HTMLAnchorElement>(el, 'a[href]')
  .filter((a) => /^https?:$/.test(a.protocol))
  .map((a) => [a.href, a.getAttribute('rel')]));

const noReferrer = (links: string[]) => Object.fromEntries(links.map((link) => [link, 'noreferrer']));

describe('links to other sites', () => {
  it('in the banner: the message’s link', async () => {
    const { el } = await mountLoaded(html`<care-awareness-banner .feed=${feed}></care-awareness-banner>`);
    expect(policies(el)).to.deep.equal(noReferrer(['https://program.example/help']));
  });

  it('in the signup: the privacy link', async () => {
    const { el } = await mountLoaded(html`<care-volunteer-signup .feed=${feed}></care-volunteer-signup>`);
    expect(policies(el)).to.deep.equal(noReferrer(['https://program.example/privacy']));
  });

  it('in the lookup: the crisis strip’s and each service’s, chat, website and WhatsApp', async () => {
    const { el } = await mountLoaded(html`<care-referral-lookup .feed=${feed}></care-referral-lookup>`);
    expect(policies(el)).to.deep.equal(noReferrer([
      'https://crisis.example/chat', 'https://chat.example/x', 'https://quiet.example/', 'https://wa.me/447700900123',
    ]));
  });

  it('in the finder: the crisis strip’s, and in a session’s details joining online, registering and reporting a wrong listing', async () => {
    const { el } = await mountLoaded(html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`);
    shadowQueryAll<HTMLDetailsElement>(el, '[part="session"] details')[0].open = true;
    await until(() => shadowQueryAll(el, '[part="details"]').length > 0, 15000, 'the details');
    expect(policies(el)).to.deep.equal(noReferrer([
      'https://crisis.example/chat', 'https://meet.example/circle', 'https://tickets.example/circle', 'https://program.example/report',
    ]));
  });
});
