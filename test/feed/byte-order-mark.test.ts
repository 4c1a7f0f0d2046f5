/**
 * A byte-order mark after white space: a file saved "UTF-8 with BOM" and pasted into a page's
 * `<script type="application/json">` on a line of its own starts with a line break, then the mark.
 * Every widget reads it as the feed it is; text that is not JSON is still told so.
 */
import { expect } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/volunteer-signup/define.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { FeedError } from '../../src/feed/errors.js';
import { feeds } from '../mocks/feeds.js';
import { minimalFeed } from '../mocks/feeds/validation/feeds.js';
import { until, visibleText } from '../helpers.js';

const BOM = '\uFEFF';

describe('a feed with a byte-order mark after white space', () => {
  for (const [what, before] of [
    ['a line break', '\n'],
    ['a Windows line break and indentation', '\r\n    '],
    ['white space on both sides', `\n  ${BOM}\n  `],
  ]) {
    it(`is read with ${what} before the mark`, () => {
      const text = before.includes(BOM) ? before : `${before}${BOM}`;
      expect(parseFeed(`${text}${JSON.stringify(minimalFeed())}\n`).problems).to.deep.equal([]);
    });
  }

  it('is still not JSON when what follows is not, and a web page is still told as one', () => {
    const codeAndMessage = (text: string) => {
      try {
        parseFeed(text);
      } catch (e) {
        return [(e as FeedError).code, (e as FeedError).message];
      }
      return [];
    };
    const [code, says] = codeAndMessage(`\n${BOM}{version: 1}`);
    expect(code).to.equal('not-json');
    expect(says).to.include('not valid JSON');
    expect(codeAndMessage(`\n${BOM}<!doctype html><title>Not found</title>`)[1]).to.include('looks like a web page');
  });

  for (const [tag, feed] of [
    ['care-awareness-banner', feeds.oneMessage],
    ['care-session-finder', feeds.finder],
    ['care-referral-lookup', feeds.finder],
    ['care-volunteer-signup', feeds.finder],
  ] as const) {
    it(`is read by <${tag}> from its inline <script type="application/json">`, async () => {
      const el = document.createElement(tag);
      const events: string[] = [];
      el.addEventListener('care-feed-load', () => events.push('load'));
      el.addEventListener('care-feed-error', (e) => events.push(e.detail.code));
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = `\n${BOM}${JSON.stringify(feed)}\n`;
      el.append(script);
      document.body.append(el);
      await until(() => events.length > 0, 3000, 'the feed read or refused');
      expect(events).to.deep.equal(['load']);
      expect(visibleText(el)).not.to.contain('can’t be shown');
      el.remove();
    });
  }
});
