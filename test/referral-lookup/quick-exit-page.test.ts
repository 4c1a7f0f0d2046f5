import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/referral-lookup/define.js';
import '../../src/session-finder/define.js';
import '../../src/volunteer-signup/define.js';
import { navigation } from '../../src/referral-lookup/quick-exit.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { control, fill } from '../volunteer-signup/fill.js';
import { mountLoaded, shadowQueryAll, until } from '../helpers.js';

/** What quick exit does to the page around it, and to the other widgets on it. */
describe('quick exit on the page', () => {
  const visited: string[] = [];
  const replace = navigation.replace;
  const title = document.title;
  const lookup = (exitUrl = '') => mountLoaded<HTMLElement>(html`<care-referral-lookup quick-exit exit-url=${exitUrl}
    viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`);
  const exitButtons = () => [...document.querySelectorAll('care-referral-lookup')].flatMap((el) => shadowQueryAll<HTMLButtonElement>(el, '[part="quick-exit"]'));
  const pressShiftThrice = async () => {
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
  };

  beforeEach(() => {
    visited.length = 0;
    navigation.replace = (url) => void visited.push(url);
  });
  afterEach(() => {
    navigation.replace = replace;
    // Leaving hid the page and renamed it: shown again for the next test.
    document.documentElement.style.removeProperty('display');
    document.title = title;
    history.replaceState(null, '', location.pathname + location.search);
    sessionStorage.clear();
    localStorage.clear();
    document.querySelectorAll('meta[name="referrer"]').forEach((meta) => meta.remove());
  });

  it('hides the whole page and its title at once, before the neutral page has loaded', async () => {
    document.title = 'Domestic abuse support – Riverside';
    const { el } = await lookup('https://weather.example.org/today');
    const page = Object.assign(document.createElement('p'), { textContent: 'Our refuge is open.' });
    document.body.append(page);
    try {
      exitButtons()[0].click();
      // At once: no frame, no timer between the press and a blank tab.
      expect(visited).to.deep.equal(['https://weather.example.org/today']);
      expect([el, page, exitButtons()[0]].map((shown) => shown.getClientRects().length)).to.deep.equal([0, 0, 0]);
      expect(document.title).to.equal('weather.example.org');
      // Nor does the neutral site learn where the visitor came from.
      expect([...document.querySelectorAll<HTMLMetaElement>('meta[name="referrer"]')].at(-1)?.content).to.equal('no-referrer');
    } finally {
      page.remove();
    }
  });

  it('hides the page on Shift pressed three times too, from another widget\'s field', async () => {
    const { el } = await lookup();
    const { el: signup } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup .feed=${volunteerFeed()}></care-volunteer-signup>`);
    control(signup, 'Your name').focus();
    await pressShiftThrice();
    expect(visited).to.deep.equal(['https://www.google.com/']);
    expect(el.getClientRects().length).to.equal(0);
    expect(document.title).to.equal('www.google.com');
  });

  it('forgets a signup\'s unsent answers kept for this tab, so the tab opened on the site again shows an empty form, and the banner\'s dismissals', async () => {
    await lookup();
    const { el: signup } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup .feed=${volunteerFeed()}></care-volunteer-signup>`);
    // The page's own things in the tab's storage are not the widgets' to remove.
    sessionStorage.setItem('site-cart', '2 mugs');
    localStorage.setItem('site-theme', 'dark');
    // A message the visitor dismissed on the banner, earlier on this site.
    localStorage.setItem('care-widgets:dismissed', JSON.stringify(['shelter-week:1u3lu1']));
    await fill(signup, 'Your name', 'Jane Private');
    await fill(signup, 'Anything you would like us to know?', 'My partner checks my phone.');
    const kept = () => Object.entries(sessionStorage).filter(([key]) => key.startsWith('care-widgets:'));
    // The draft is kept while the person is on the page (a reload loses nothing): the control.
    expect(JSON.stringify(kept())).to.include('Jane Private');
    control(signup, 'Your name').focus();
    await pressShiftThrice();
    expect(visited).to.have.length(1);
    expect(kept()).to.deep.equal([]);
    expect(sessionStorage.getItem('site-cart')).to.equal('2 mugs');
    // Nor does the site keep, beyond the tab, which of its messages this browser's visitor dismissed.
    expect(Object.keys(localStorage).filter((key) => key.startsWith('care-widgets:'))).to.deep.equal([]);
    expect(localStorage.getItem('site-theme')).to.equal('dark');
    // The page in this tab once more: nothing to fill the form with.
    document.documentElement.style.removeProperty('display');
    signup.remove();
    const { el: again } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup .feed=${volunteerFeed()}></care-volunteer-signup>`);
    expect([control(again, 'Your name').value, control(again, 'Anything you would like us to know?').value]).to.deep.equal(['', '']);
  });

  describe('with a hash-state finder', () => {
    const finder = () => mountLoaded<HTMLElement>(html`<care-session-finder hash-state viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`);
    const daySelect = (el: Element) =>
      shadowQueryAll<HTMLLabelElement>(el, 'label').find((l) => l.querySelector('span')?.textContent === 'Day')!.querySelector('select')!;
    const chooseDay = async (el: Element, day: string) => {
      daySelect(el).focus();
      daySelect(el).value = day;
      daySelect(el).dispatchEvent(new Event('change'));
      await until(() => location.hash === `#sessions:day=${day}`, 3000, `the hash of ${day}`);
    };

    it('adds no history entry Back could return to after leaving: each change of a filter replaces the one entry', async () => {
      // The page's own state in the entry tells it from a new one (which would hold none), wherever history.length stops growing.
      history.replaceState({ page: 'support' }, '', location.pathname + location.search);
      await lookup();
      const { el } = await finder();
      await chooseDay(el, 'we');
      await chooseDay(el, 'tu');
      expect(history.state).to.deep.equal({ page: 'support' });
      exitButtons()[0].click();
      expect(visited).to.have.length(1);
    });

    it('adds history entries as before once no quick exit is on the page', async () => {
      history.replaceState({ page: 'support' }, '', location.pathname + location.search);
      const { el: exit } = await lookup();
      exit.remove();
      const { el } = await finder();
      await chooseDay(el, 'we');
      expect(history.state).to.equal(null);
    });
  });

  describe('two lookups with quick exit', () => {
    it('show one button and leave once, and the second takes the button when the first goes', async () => {
      const { el: first } = await lookup('https://weather.example.org/');
      const { el: second } = await lookup('https://news.example.org/');
      expect(exitButtons()).to.have.length(1);
      expect(shadowQueryAll(first, '[part="quick-exit"]')).to.have.length(1);
      await expect(first).to.be.accessible();
      await expect(second).to.be.accessible();
      shadowQueryAll<HTMLInputElement>(second, 'input[type="search"]')[0].focus();
      await pressShiftThrice();
      expect(visited).to.deep.equal(['https://weather.example.org/']);
      document.documentElement.style.removeProperty('display');
      first.remove();
      await until(() => shadowQueryAll(second, '[part="quick-exit"]').length === 1, 3000, 'the second lookup\'s button');
      expect(exitButtons()).to.have.length(1);
      await expect(second).to.be.accessible();
      // The button is in reach of the keyboard, and the key leaves by it.
      exitButtons()[0].focus();
      await sendKeys({ press: 'Enter' });
      expect(visited).to.deep.equal(['https://weather.example.org/', 'https://news.example.org/']);
    });

    it('show the button again for a lookup put back on the page', async () => {
      const { el } = await lookup();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(() => exitButtons().length === 1 && exitButtons()[0].getClientRects().length > 0, 3000, 'the button');
      await pressShiftThrice();
      expect(visited).to.have.length(1);
    });
  });
});
