/**
 * Opening hours over the week's end read as one run of days, as a week that starts on Sunday or
 * Saturday has them: a service open Sunday to Thursday (the working week in Israel and much of the
 * Arab world) is "Sun–Thu", not "Mon–Thu, Sun"; one open over the weekend "Fri–Mon".
 */
import { expect, html } from '@open-wc/testing';
import '../../src/referral-lookup/define.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';
import type { Day } from '../../src/feed/types.js';

const service = (id: string, days: Day[]) => ({ id, name: id, kind: 'clinic', phone: '555 0100', hours: [{ days, opens: '09:00', closes: '17:00' }] });
const feed = {
  ...referralFeeds.lookup,
  referrals: [
    service('sunday-to-thursday', ['su', 'mo', 'tu', 'we', 'th']),
    service('friday-to-monday', ['fr', 'sa', 'su', 'mo']),
    service('saturday-to-thursday', ['sa', 'su', 'mo', 'tu', 'we', 'th']),
    service('sunday-and-monday-and-wednesday', ['su', 'mo', 'we']),
    service('every-day', ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']),
  ],
};

/** The Hours line of each service's details, opened as a person opens them. */
async function hours(lang: string): Promise<Record<string, string>> {
  const { el } = await mountLoaded(html`<care-referral-lookup lang=${lang} viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
  const cards = shadowQueryAll(el, '[part="referral"]');
  cards.forEach((card) => card.querySelector('summary')!.click());
  await until(() => shadowQueryAll(el, '[part="details"] dd').length >= cards.length, 15000, 'the details');
  return Object.fromEntries(cards.map((card) => [card.querySelector('h4')!.textContent!.trim(), card.querySelector('[part="details"] dd')!.textContent!.replace(/\s+/g, ' ').trim()]));
}

describe('<care-referral-lookup> hours over the week’s end', () => {
  it('writes runs of days that go over Sunday as one run, first, in English', async () => {
    expect(await hours('en')).to.deep.equal({
      'sunday-to-thursday': 'Sun–Thu 9:00 AM – 5:00 PM',
      'friday-to-monday': 'Fri–Mon 9:00 AM – 5:00 PM',
      'saturday-to-thursday': 'Sat–Thu 9:00 AM – 5:00 PM',
      'sunday-and-monday-and-wednesday': 'Sun, Mon, Wed 9:00 AM – 5:00 PM',
      'every-day': 'Mon–Sun 9:00 AM – 5:00 PM',
    });
  });

  it('and in Hebrew, whose week begins on Sunday', async () => {
    const shown = await hours('he');
    expect(shown['sunday-to-thursday']).to.equal('יום א׳–יום ה׳ 9:00 – 17:00');
  });
});
