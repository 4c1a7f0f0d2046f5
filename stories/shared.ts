/** What every widget's stories share: reading a widget's text, and a story per way a feed can fail. */
import { expect, waitFor } from 'storybook/test';
import { failingFeedUrls } from '../test/mocks/handlers.js';

/** The first care-* widget's shadow root in a story's canvas, once it has rendered. */
export function shadowOf(canvasElement: HTMLElement): ShadowRoot {
  const root = canvasElement.querySelector('care-awareness-banner, care-session-finder')?.shadowRoot;
  if (!root) throw new Error('the widget has not rendered');
  return root;
}

/** Waits until the widget shows `text` (feed loads go through MSW, so they take a moment). */
export async function expectText(canvasElement: HTMLElement, text: string, timeout = 3000): Promise<void> {
  await waitFor(() => expect(shadowOf(canvasElement).textContent).toContain(text), { timeout });
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
  network: errorStory('Error: network', failingFeedUrls.networkError, 'The connection failed'),
};
