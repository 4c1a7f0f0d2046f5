/**
 * A widget shows a feed with problems at once, and tells the page about the
 * problems (care-feed-load, the console) once they are explained. Imports the
 * elements the way the script-tag loader does (each widget's define.ts):
 * without parseFeed, so the problem sentences load only when needed.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/feed-element/define.js';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import type { FeedLoadDetail } from '../../src/internal/events.js';
import { feeds } from '../mocks/feeds.js';
import { shadowQueryAll, wait } from '../helpers.js';

const loads = (el: Element) => {
  const details: FeedLoadDetail[] = [];
  el.addEventListener('care-feed-load', (e) => details.push((e as CustomEvent<FeedLoadDetail>).detail));
  return details;
};
const messageText = (el: CareAwarenessBanner) => shadowQueryAll(el, '[part="text"]').map((p) => p.textContent!.trim());

describe('a widget reading a feed with problems', () => {
  // First in this file: the sentences are not loaded yet, so explaining takes a request.
  it('drops the explained answer of a feed that was replaced meanwhile', async () => {
    const el = await fixture<CareAwarenessBanner>(html`<care-awareness-banner></care-awareness-banner>`);
    const details = loads(el);
    el.feed = feeds.partlyBroken;
    await el.updateComplete;
    expect(messageText(el), 'shown before its problems are explained').to.have.length(1);
    el.feed = feeds.oneMessage;
    await el.updateComplete;
    await wait(500);
    expect(details.map((d) => d.feed.messages.length)).to.deep.equal([1]);
    expect(details[0].problems).to.deep.equal([]);
  });

  it('carries the problems with their messages in care-feed-load', async () => {
    const el = document.createElement('care-awareness-banner');
    el.feed = feeds.partlyBroken;
    const loaded = oneEvent(el, 'care-feed-load') as Promise<CustomEvent<FeedLoadDetail>>;
    document.body.append(el);
    const { detail } = await loaded;
    el.remove();
    const byPath = Object.fromEntries(detail.problems.map((p) => [p.path, p]));
    expect(byPath['messages[3].starts']).to.include({ code: 'invalid', skipped: true });
    expect(byPath['messages[3].starts'].message).to.equal(
      '"next tuesday" is not a date; write it as YYYY-MM-DD, e.g. "2026-03-14", or a date and time with an offset. This entry is left out.',
    );
    expect(byPath['messages[2].link.url'].message).to.contain('is not a safe link');
    expect(detail.skipped.map((p) => p.path)).to.include.members(['messages[0].id', 'messages[1].text', 'messages[3].starts']);
    expect(detail.skipped.every((p) => p.message.endsWith('This entry is left out.'))).to.equal(true);
  });
});
