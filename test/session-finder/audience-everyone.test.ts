/**
 * A session without `audiences` is for everyone (feed-format.md, sessions): a person who chooses whom a
 * session is for, or a page that presets it (`audience="youth"`), still finds it, and the counts say so,
 * as the referral lookup finds a service for everyone under any audience.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const NOW = new Date('2026-11-23T15:15:00Z'); // Monday 09:15 in Chicago

const weekly = (day: string, time: string) => ({ start_date: '2026-09-01', time, duration: 60, repeat: 'weekly', days: [day] });
const feed = {
  version: 1,
  organization: { name: 'Riverside Peer Support', timezone: 'America/Chicago' },
  places: [{ id: 'hall', name: 'Parish hall', address: '1 Church Lane' }],
  sessions: [
    { id: 'youth', title: 'Youth club', audiences: ['youth'], place: 'hall', schedule: weekly('mo', '18:00') },
    { id: 'women', title: 'Women’s circle', audiences: ['women'], place: 'hall', schedule: weekly('tu', '18:00') },
    { id: 'open', title: 'Open peer circle', place: 'hall', schedule: weekly('we', '18:00') },
    { id: 'listening', title: 'One-to-one listening', place: 'hall', schedule: { start_date: '2026-01-01', by_appointment: true } },
  ],
};

const titles = (el: Element) => [...new Set(shadowQueryAll(el, '[part="session"] .title').map((t) => t.textContent!.trim()))].sort();
const select = (el: Element, label: string) =>
  shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === label)?.querySelector('select');
const options = (el: Element, label: string) =>
  [...select(el, label)!.options].slice(1).map((o) => o.textContent!.replace(/\s+/g, ' ').trim());

describe('<care-session-finder> sessions for everyone', () => {
  it('finds a session without audiences under each audience, and counts it there', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`);
    expect(options(el, 'Who it is for')).to.deep.equal(['Women (3)', 'Young people (3)']);
    const menu = select(el, 'Who it is for')!;
    menu.value = 'youth';
    menu.dispatchEvent(new Event('change'));
    await until(() => !titles(el).includes('Women’s circle'), 15000, 'the filter');
    expect(titles(el)).to.deep.equal(['One-to-one listening', 'Open peer circle', 'Youth club']);
    await expect(el).to.be.accessible();
  });

  it('lists the sessions for everyone on a page that presets an audience', async () => {
    const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder audience="women" viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`);
    expect(titles(el)).to.deep.equal(['One-to-one listening', 'Open peer circle', 'Women’s circle']);
  });
});
