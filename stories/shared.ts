/** What every widget's stories share: the example feeds, reading a widget's text, and a story per way a feed can fail. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import sampleFeed from '../demo/sample-feed.json';
import { feeds, type FeedName } from '../test/mocks/feeds.js';
import { failingFeedUrls, feedUrl, handlers } from '../test/mocks/handlers.js';
import { FINDER_NOW } from '../test/mocks/session-feeds.js';
import { WIDGETS } from '../src/widgets.js';

/** Every widget the loader knows (src/widgets.ts), but the provider. */
const WIDGET_TAGS = Object.keys(WIDGETS).filter((tag) => tag !== 'care-feed');

/** The demo site's feed (demo/sample-feed.json): a community with sessions, places, referrals, messages and volunteering. */
export const sampleFeedUrl = '/story-feeds/sample.json';
/** Served to every story (preview.ts); it lives outside /feeds/, whose handler answers 404 for a name it does not know. */
export const sampleFeedHandlers = [http.get(sampleFeedUrl, () => HttpResponse.json(sampleFeed))];
/** The moment the sample feed is written around: Monday 23 November 2026, 09:15 in Chicago. */
export const SAMPLE_NOW = FINDER_NOW;

/** Names a designer reads in the feed menu, for the example feeds (test/mocks/feeds.ts) and the failures. */
const FEED_LABELS: Record<string, string> = {
  [sampleFeedUrl]: 'A community’s feed (the demo site’s)',
  ...Object.fromEntries((Object.keys(feeds) as FeedName[]).map((name) => [feedUrl(name), `Example: ${name.replace(/([A-Z])/g, ' $1').toLowerCase()}`])),
  [failingFeedUrls.notFound]: 'Fails: not found (404)',
  [failingFeedUrls.serverError]: 'Fails: server error (500)',
  [failingFeedUrls.notJson]: 'Fails: a web page, not a feed',
  [failingFeedUrls.badVersion]: 'Fails: a newer feed version',
  [failingFeedUrls.networkError]: 'Fails: no connection',
  [failingFeedUrls.slow]: 'Slow: arrives after 1.5 s',
  [failingFeedUrls.never]: 'Never arrives (loading)',
};

/** The `src` control: a menu of example feeds, good and failing, with names a designer reads. */
export function feedControl(extra: Record<string, string> = {}) {
  const labels = { ...FEED_LABELS, ...extra };
  return {
    control: { type: 'select' as const, labels },
    options: Object.keys(labels),
    description: 'Where the widget reads its feed. Pick an example: a real community’s feed, small examples, or a feed that fails the way a real server can, to see the calm message a visitor gets.',
  };
}

/**
 * The network fails, and a copy of `feed` saved on an earlier visit (`care-widgets:feed:<absolute url>` in
 * localStorage) shows, with its date and "Try again". The URL is the widget's own, so no other story finds the copy;
 * on a docs page, where the stories share one set of handlers, it answers 404, which shows the copy just the same.
 */
export function savedCopyStory(tag: string, feed: object) {
  const url = `/feeds/saved-copy-${tag}.json`;
  return {
    args: { src: url },
    // Replaces the shared list under the same key, so this failing handler comes first.
    parameters: { msw: { handlers: { feeds: [http.get(url, () => HttpResponse.error()), ...handlers] } } },
    beforeEach() {
      const key = `care-widgets:feed:${new URL(url, document.baseURI).href}`;
      localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), text: JSON.stringify(feed) }));
      return () => localStorage.removeItem(key);
    },
    play: ({ canvasElement }: { canvasElement: HTMLElement }) => expectText(canvasElement, 'Saved copy from', 5000, tag),
  };
}

/** Every widget, each with the sample clock. */
export function everyWidget(attributes: { src?: string } = {}): TemplateResult[] {
  return WIDGET_TAGS.map((tag) => staticHtml`<${unsafeStatic(tag)} src=${ifDefined(attributes.src)} .now=${SAMPLE_NOW}></${unsafeStatic(tag)}>`);
}

/** Every widget inside one `<care-feed>` (one request for them all): side by side where there is room, or one above the other. */
export const sharedFeed = (layout: 'side by side' | 'stacked', src: string = sampleFeedUrl) => {
  const columns = layout === 'side by side' ? 'repeat(auto-fit, minmax(18rem, 1fr))' : '1fr';
  return html`<care-feed src=${src} style="display: grid; grid-template-columns: ${columns}; gap: 1.5rem; align-items: start">${everyWidget()}</care-feed>`;
};

/** The first widget's shadow root in a story's canvas (or the one of `tag`), once it has rendered. */
export function shadowOf(canvasElement: HTMLElement, tag = WIDGET_TAGS.join()): ShadowRoot {
  const root = canvasElement.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error('the widget has not rendered');
  return root;
}

/** Waits until the widget shows `text` (feed loads go through MSW, so they take a moment). */
export async function expectText(canvasElement: HTMLElement, text: string, timeout = 3000, tag?: string): Promise<void> {
  await waitFor(() => expect(shadowOf(canvasElement, tag).textContent).toContain(text), { timeout });
}

const errorStory = (name: string, src: string, text: string) => ({
  name,
  args: { src },
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => expectText(canvasElement, text),
});

/** One story per feed failure; every widget shows the same calm messages. */
export const feedErrorStories = {
  notFound: errorStory('Error: 404', failingFeedUrls.notFound, 'could not be found on the server'),
  serverError: errorStory('Error: 500', failingFeedUrls.serverError, 'The server had a problem'),
  notJson: errorStory('Error: not JSON', failingFeedUrls.notJson, 'in a form this page can’t read'),
  badVersion: errorStory('Error: wrong version', failingFeedUrls.badVersion, 'a format this page doesn’t know yet'),
  network: errorStory('Error: network', failingFeedUrls.networkError, 'The information could not be reached'),
};
