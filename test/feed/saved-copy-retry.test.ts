/**
 * "Try again" beside the note over a saved copy: a visitor shown the copy kept from an earlier visit,
 * as the network failed, can ask for the feed again without reloading the page, from the keyboard, in
 * every widget that shows such a copy; the fresh feed then takes the copy's place.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { TemplateResult } from 'lit';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/volunteer-signup/define.js';
import { saveCopy } from '../../src/feed/saved-copies.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { deepActiveElement, shadowQueryAll, until, visibleText } from '../helpers.js';

/** The fresh feed: the saved copy with its organization's name changed, to tell them apart. */
const renamed = (feed: object) => {
  const fresh = structuredClone(feed) as { organization: { name: string } };
  fresh.organization.name = 'Fresh Feed Network';
  return fresh;
};

const cases: [tag: string, feed: object, widget: (src: string) => TemplateResult][] = [
  ['care-awareness-banner', feeds.oneMessage, (src) => html`<care-awareness-banner src=${src}></care-awareness-banner>`],
  ['care-session-finder', finderFeed, (src) => html`<care-session-finder src=${src} viewer-timezone="America/Chicago" .now=${FINDER_NOW}></care-session-finder>`],
  ['care-referral-lookup', referralFeeds.lookup, (src) => html`<care-referral-lookup src=${src} viewer-timezone="America/Chicago" .now=${LOOKUP_NOW}></care-referral-lookup>`],
  ['care-volunteer-signup', volunteerFeeds.full, (src) => html`<care-volunteer-signup src=${src}></care-volunteer-signup>`],
];

describe('"Try again" beside a saved copy', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    worker.resetHandlers();
    localStorage.clear();
  });

  let count = 0;
  for (const [tag, feed, widget] of cases) {
    it(`asks the network again from <${tag}>, by keyboard, and shows the fresh feed in the copy's place`, async () => {
      const url = `/feeds/saved-copy-retry-${++count}.json`;
      saveCopy(new URL(url, location.href).href, JSON.stringify(feed), new Date('2026-03-01T12:00:00Z'));
      let online = false;
      let requests = 0;
      const fresh = renamed(feed);
      worker.use(http.get(url, () => (++requests, online ? HttpResponse.json(fresh) : HttpResponse.error())));
      const loads: CustomEvent[] = [];
      const el = fixtureSync<HTMLElement>(widget(url));
      el.addEventListener('care-feed-load', (event) => loads.push(event as CustomEvent));
      await until(() => visibleText(el).includes('Saved copy from'), 15000, 'the saved copy');
      const note = shadowQueryAll(el, '[part="saved-note"]')[0];
      const retry = note.querySelector<HTMLButtonElement>('button[part~="retry"]');
      expect(retry?.textContent?.trim(), 'a "Try again" in the note').to.equal('Try again');
      await expect(el).to.be.accessible();

      // A native button, in the tab order: the keyboard reaches it and Enter presses it.
      expect(retry!.tabIndex).to.equal(0);
      retry!.focus();

      // Still offline: the copy stays, and its note says so, as the error's "Try again" does, in the same live region:
      // "Loading…" while it asks, then when it was tried; "Try again" keeps the focus.
      const before = requests;
      const said: string[] = [];
      new MutationObserver(() => said.push(note.textContent!.replace(/\s+/g, ' ').trim())).observe(note, { subtree: true, childList: true, characterData: true });
      await sendKeys({ press: 'Enter' });
      await until(() => requests > before && /Tried again at/.test(note.textContent!), 15000, 'the note to say it was tried again');
      expect(note.isConnected, 'the same note').to.equal(true);
      expect(note.getAttribute('role')).to.equal('status');
      expect(said).to.include('Loading… Try again');
      expect(said.at(-1)).to.match(/^Saved copy from March 1, 2026 Tried again at \d{1,2}:\d{2}\s[AP]M\. Try again$/);
      expect(deepActiveElement()?.matches('[part~="retry"]'), 'focus on "Try again"').to.equal(true);
      await expect(el).to.be.accessible();

      online = true;
      const loaded = loads.length;
      await sendKeys({ press: 'Enter' });
      await until(() => loads.length > loaded, 15000, 'the fresh feed');
      expect(loads.at(-1)!.detail.feed.organization.name).to.equal('Fresh Feed Network');
      expect(loads.at(-1)!.detail.savedAt).to.equal(undefined);
      expect(visibleText(el)).not.to.contain('Saved copy');
      expect(shadowQueryAll(el, '[part~="retry"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }
});
