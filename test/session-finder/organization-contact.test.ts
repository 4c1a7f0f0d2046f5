/**
 * A session that names no contact of its own shows the organization's (feed-format.md, organization `contact`):
 * "Contact us for the address" and "contact us to arrange one" then say whom to ask, and how.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/session-finder/define.js';
import type { CareSessionFinder } from '../../src/session-finder/session-finder.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

const NOW = new Date('2026-11-23T15:15:00Z'); // Monday 09:15 in Chicago

const feed = {
  version: 1,
  organization: {
    name: { en: 'Riverside Peer Support', es: 'Apoyo entre Pares Riverside' }, timezone: 'America/Chicago',
    contact: { email: 'hello@riverside.example.org', phone: '+1 217 555 0100', url: 'https://riverside.example.org/contact' },
  },
  places: [{ id: 'haven', name: 'Haven House', address: '99 Secret Lane', address_on_request: true }, { id: 'hall', name: 'Parish hall' }],
  sessions: [
    { id: 'women', title: 'Women’s circle', place: 'haven', schedule: { start_date: '2026-01-01', time: '19:00', repeat: 'weekly', days: ['th'] } },
    { id: 'listening', title: 'One-to-one listening', place: 'hall', schedule: { start_date: '2026-01-01', by_appointment: true } },
    { id: 'own', title: 'Grief group', place: 'hall', contact: { name: 'Ana', email: 'ana@riverside.example.org' },
      schedule: { start_date: '2026-01-01', time: '10:00', repeat: 'weekly', days: ['tu'] } },
  ],
};

/** Each session's details, opened: its title, the words under "Contact", and the links there. */
async function contacts(lang = 'en') {
  const { el } = await mountLoaded<CareSessionFinder>(html`<care-session-finder lang=${lang} viewer-timezone="America/Chicago" .now=${NOW} .feed=${feed}></care-session-finder>`);
  const sessions = shadowQueryAll(el, '[part="session"]');
  sessions.forEach((s) => (s.querySelector('details')!.open = true));
  await until(() => shadowQueryAll(el, '[part="details"]').length === sessions.length, 15000, 'the details');
  const seen = new Map<string, { text: string; links: string[] }>();
  for (const session of sessions) {
    const title = session.querySelector('.title')!.textContent!.trim();
    const dt = [...session.querySelectorAll('dt')].find((d) => d.textContent === (lang === 'en' ? 'Contact' : 'Contacto'));
    const dd = dt?.nextElementSibling;
    seen.set(title, { text: (dd as HTMLElement | undefined)?.innerText.replace(/\s+/g, ' ').trim() ?? '', links: [...(dd?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')!) });
  }
  return { el, seen };
}

describe('<care-session-finder> the organization’s contact', () => {
  it('is shown for a session at a private address, and one by appointment, that name no contact', async () => {
    const { el, seen } = await contacts();
    const organization = { text: 'Riverside Peer Support hello@riverside.example.org +1 217 555 0100', links: ['https://riverside.example.org/contact', 'mailto:hello@riverside.example.org', 'tel:+12175550100'] };
    expect(seen.get('Women’s circle')).to.deep.equal(organization);
    expect(seen.get('One-to-one listening')).to.deep.equal(organization);
    await expect(el).to.be.accessible();
  });

  it('gives way to the session’s own contact', async () => {
    const { seen } = await contacts();
    expect(seen.get('Grief group')).to.deep.equal({ text: 'Ana ana@riverside.example.org', links: ['mailto:ana@riverside.example.org'] });
  });

  it('names the organization in the finder’s language', async () => {
    const { seen } = await contacts('es');
    expect(seen.get('Women’s circle')!.text).to.match(/^Apoyo entre Pares Riverside /);
  });
});
