/**
 * A widget's care-feed-error waits for its words (the problem messages, loaded on demand). When the page gives the
 * widget another source meanwhile (an app sets the feed on a widget it put in the page first, or changes a `src`
 * that failed), the page hears of what the widget now shows, and not afterwards of the failure it no longer shows:
 * its last event is care-feed-load. Its own file, as the messages must not have been loaded yet.
 */
import { expect } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/volunteer-signup/define.js';
import { feeds } from '../mocks/feeds.js';
import { failingFeedUrls, feedUrl } from '../mocks/handlers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until, visibleText, wait } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; feed?: unknown };
const TAGS = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];

describe('a widget given another source while its error is explained', () => {
  /** Lets the problem messages through once opened: until then they are on their way. */
  let open!: () => void;
  const messagesHeld = new Promise<void>((resolve) => (open = resolve));

  before(async () => {
    await startWorker();
    worker.use(http.get(/\/feed\/problem-messages\.ts/, async () => {
      await messagesHeld;
      return passthrough();
    }));
  });
  after(() => worker.resetHandlers());

  it('fires care-feed-load for the new source, and no care-feed-error after it for the old', async () => {
    const page = document.createElement('div');
    const heard = new Map<EventTarget, string[]>();
    const hear = (name: string) => (e: Event) => heard.set(e.target!, [...(heard.get(e.target!) ?? []), `${name} ${(e as CustomEvent<{ code?: string }>).detail.code ?? ''}`.trim()]);
    page.addEventListener('care-feed-load', hear('load'));
    page.addEventListener('care-feed-error', hear('error'));
    document.body.append(page);
    // Each widget with no feed yet, and with a src that fails, as a page shows them first.
    const none = TAGS.map((tag) => page.appendChild(document.createElement(tag) as Widget));
    const failing = TAGS.map((tag) => {
      const el = page.appendChild(document.createElement(tag) as Widget);
      el.setAttribute('src', `${failingFeedUrls.notFound}?stale=${tag}`);
      return el;
    });
    // One left as it is, whose error tells when the messages have come.
    const control = page.appendChild(document.createElement('care-awareness-banner') as Widget);
    await until(() => [...none, ...failing, control].every((el) => /can’t be shown|Try again/.test(visibleText(el))), 15000, 'every widget showing its error');

    for (const el of none) el.feed = feeds.finder;
    for (const el of failing) el.setAttribute('src', feedUrl('finder'));
    const changed = [...none, ...failing];
    await until(() => changed.every((el) => heard.get(el)?.includes('load')), 15000, 'every widget loaded');
    open();
    await until(() => !!heard.get(control)?.length, 15000, 'the messages');
    await wait(100);

    for (const el of changed) expect(heard.get(el)?.at(-1), `${el.localName} ${el.getAttribute('src') ?? 'feed'}`).to.equal('load');
    expect(heard.get(control)).to.deep.equal(['error no-feed']);
    page.remove();
  });
});
