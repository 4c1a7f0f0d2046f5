/**
 * The attribute warnings' words (care-check/attribute-messages.ts) load only when a page has a value a
 * widget cannot use. When they cannot be fetched (the connection gone), the webmaster is still told which
 * attribute of which widget it is, in plain words, and the page has no unhandled rejection. Its own file:
 * a module that failed to load may stay failed for the page.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import '../../src/referral-lookup/define.js';
import { feeds } from '../mocks/feeds.js';
import { LOOKUP_NOW, referralFeeds } from '../mocks/referral-feeds.js';
import { moduleAskedFor, moduleUnreachable } from '../mocks/browser.js';
import { until, wait } from '../helpers.js';

/** What the console was told, and every promise rejection nothing handled, while `work` runs. */
async function heardDuring(work: (warnings: string[]) => Promise<void>): Promise<{ warnings: string[]; rejections: string[] }> {
  const warnings: string[] = [];
  const rejections: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(String(event.reason));
    event.preventDefault();
  };
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  addEventListener('unhandledrejection', onRejection);
  try {
    await work(warnings);
    // An unhandled rejection is told a moment after the promise failed.
    await wait(300);
  } finally {
    console.warn = warn;
    removeEventListener('unhandledrejection', onRejection);
  }
  return { warnings, rejections };
}

describe('an attribute warning whose words cannot be fetched', () => {
  const words = moduleUnreachable(/\/internal\/care-check\/attribute-messages\.ts/);

  it('still names the widget, the attribute and its value, once, with no unhandled rejection', async function () {
    const { warnings, rejections } = await heardDuring(async (said) => {
      fixtureSync(html`<care-awareness-banner lang="English" .feed=${feeds.oneMessage}></care-awareness-banner>`);
      await moduleAskedFor(this, () => words.requests, 'the request for the words');
      await until(() => said.some((w) => w.includes('lang="English"')), 15000, 'the warning');
    });
    expect(rejections).to.deep.equal([]);
    const about = warnings.filter((w) => w.includes('lang="English"'));
    expect(about).to.deep.equal(['<care-awareness-banner> lang="English" cannot be used, so it is ignored.']);
  });

  it('says so once per element, attribute and value, however often the widget updates', async function () {
    const feed = referralFeeds.lookup;
    const { warnings, rejections } = await heardDuring(async (said) => {
      const lookup = fixtureSync<HTMLElement & { now?: Date }>(html`<care-referral-lookup topic="no-such-topic" viewer-timezone="America/Chicago" .now=${LOOKUP_NOW} .feed=${feed}></care-referral-lookup>`);
      await until(() => said.some((w) => w.includes('topic="no-such-topic"')), 15000, 'the warning');
      // Each update says again what it cannot use; the console hears it once.
      lookup.now = new Date(LOOKUP_NOW.getTime() + 60_000);
      await wait(300);
      lookup.now = new Date(LOOKUP_NOW.getTime() + 120_000);
    });
    expect(rejections).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('topic="no-such-topic"'))).to.deep.equal(['<care-referral-lookup> topic="no-such-topic" cannot be used, so it is ignored.']);
  });
});
