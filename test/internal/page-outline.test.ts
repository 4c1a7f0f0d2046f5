/**
 * A widget in its page's outline. Its headings take their level from the page: one below the last
 * heading before the widget, so that the outline a screen reader lists (and axe's heading order) runs
 * on from the page's own, whatever the page put before it. Its landmarks have names of their own
 * where a page shows the same widget twice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/session-finder/define.js';
import '../../src/volunteer-signup/define.js';
import '../../src/referral-lookup/define.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { FINDER_NOW } from '../mocks/session-feeds.js';
import { finderFeedWith } from '../session-finder/fixtures.js';
import { shadowQueryAll, until } from '../helpers.js';

/** The levels a screen reader announces for the widget's headings. */
const levels = (el: Element, selector: string) => shadowQueryAll(el, selector).map((h) => Number(h.getAttribute('aria-level') ?? h.localName.slice(1)));

async function pageWith(before: string, widget: ReturnType<typeof html>) {
  const page = await fixture<HTMLElement>(html`<main>${unsafeHTML(before)}${widget}<h2>After the widget</h2></main>`);
  const el = page.lastElementChild!.previousElementSibling!;
  return { page, el };
}

describe('headings on the page', () => {
  const feed = finderFeedWith({ id: 'by-appointment', title: 'One to one', place: 'hall', schedule: { start_date: '2026-01-05', by_appointment: true } });
  const finder = () => html`<care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>`;

  for (const [before, level] of [
    ['', 2],
    ['<h1>Support groups</h1>', 2],
    ['<h1>Parish</h1><h2>Support groups</h2><p>Groups meet in the hall.</p>', 3],
    ['<h2>Care</h2><h3>Support groups</h3><div><h4>This week</h4></div>', 5],
    ['<h1>Parish</h1><section><h2>News</h2><h3>Fair</h3></section><h2>Support groups</h2>', 3],
  ] as const) {
    it(`gives the finder's days level ${level} after ${before || 'no heading'}, and the page passes axe`, async () => {
      const { page, el } = await pageWith(before, finder());
      await until(() => shadowQueryAll(el, '[part="session"]').length > 0, 3000, 'the sessions');
      const days = levels(el, '[part="day-heading"]');
      expect(days.length).to.be.above(1);
      expect(days.every((l) => l === level), String(days)).to.equal(true);
      await expect(page).to.be.accessible();
    });
  }

  it('takes its level from where it is when it moves', async () => {
    const { page, el } = await pageWith('<h1>Parish</h1>', finder());
    await until(() => shadowQueryAll(el, '[part="session"]').length > 0, 3000, 'the sessions');
    page.querySelector('h1')!.insertAdjacentHTML('afterend', '<h2>Groups</h2>');
    page.insertBefore(el, page.lastElementChild);
    await until(() => levels(el, '[part="day-heading"]')[0] === 3, 3000, 'level 3 after the new h2');
  });

  it('names the search of a second finder apart from the first\'s, and makes no landmark of each day', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Groups</h1>
      <care-session-finder audience="youth" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder>
      <care-session-finder viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${feed}></care-session-finder></main>`);
    const [first, second] = [...page.querySelectorAll('care-session-finder')];
    await until(() => [first, second].every((el) => shadowQueryAll(el, '[part="session"]').length > 0), 3000, 'the sessions');
    const searches = [first, second].map((el) => shadowQueryAll(el, '[role="search"]')[0].getAttribute('aria-label'));
    expect(searches).to.deep.equal(['Find a support session', 'Find a support session 2']);
    expect(shadowQueryAll(second, '[part="day"]').every((day) => !day.hasAttribute('aria-labelledby') && !day.hasAttribute('aria-label'))).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('names the form of a second signup apart from the first\'s', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Volunteer</h1>
      <care-volunteer-signup .feed=${volunteerFeed()}></care-volunteer-signup><care-volunteer-signup .feed=${volunteerFeed()}></care-volunteer-signup></main>`);
    const signups = [...page.querySelectorAll('care-volunteer-signup')];
    await until(() => signups.every((el) => shadowQueryAll(el, 'form').length > 0), 3000, 'the forms');
    const [first, second] = signups.map((el) => shadowQueryAll(el, 'form')[0].getAttribute('aria-label')!);
    expect(second).to.equal(`${first} 2`);
    await expect(page).to.be.accessible();
  });

  it('gives the lookup\'s headings the page\'s next level, a referral\'s name the one below, and a second lookup landmarks of its own', async () => {
    const lookup = () => html`<care-referral-lookup viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${referralFeeds.lookup}></care-referral-lookup>`;
    const page = await fixture<HTMLElement>(html`<main><h1>Parish</h1><h2>Where to get help</h2>${lookup()}${lookup()}</main>`);
    const [first, second] = [...page.querySelectorAll('care-referral-lookup')];
    await until(() => [first, second].every((el) => shadowQueryAll(el, '[part="referral"]').length > 0), 3000, 'the referrals');
    expect([...new Set(levels(first, 'section > h3'))]).to.deep.equal([3]);
    expect([...new Set(levels(first, '[part="referral"] > h4'))]).to.deep.equal([4]);
    const landmarks = (el: Element) => shadowQueryAll(el, 'section[aria-label], [role="search"]').map((l) => l.getAttribute('aria-label'));
    const names = landmarks(first);
    expect(names.length).to.be.above(1);
    expect(landmarks(second)).to.deep.equal(names.map((name) => `${name} 2`));
    await expect(page).to.be.accessible();
  });
});
