/** Two banners on one page (the site's, and a page's own): each its own landmark, told apart by name, as a screen reader lists them. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { feeds } from '../mocks/feeds.js';
import { startWorker } from '../mocks/browser.js';
import { shadowQueryAll, until } from '../helpers.js';

describe('<care-awareness-banner> in the page outline', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('names the messages of a second banner apart from the first\'s, and the page passes axe', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Parish</h1>
      <care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>
      <h2>Grief support</h2>
      <care-awareness-banner .feed=${feeds.urgent}></care-awareness-banner></main>`);
    const banners = [...page.querySelectorAll('care-awareness-banner')];
    await until(() => banners.every((el) => shadowQueryAll(el, 'section[aria-label]').length === 1), 15000, 'the messages');
    const names = banners.map((el) => shadowQueryAll(el, 'section[aria-label]')[0].getAttribute('aria-label'));
    expect(names).to.deep.equal(['Awareness messages', 'Awareness messages 2']);
    await expect(page).to.be.accessible();
  });
});
