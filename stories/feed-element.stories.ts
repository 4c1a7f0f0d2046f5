import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import { feedUrl, failingFeedUrls } from '../test/mocks/handlers.js';
import { everyWidget, expectText, feedControl, sampleFeedUrl, shadowOf } from './shared.js';

interface FeedArgs {
  src?: string;
}

/**
 * `<care-feed>` shows nothing of its own: it loads one feed for every widget inside it, so a page
 * with a banner and a finder makes one request. A widget with its own `src` uses that instead.
 */
const meta: Meta<FeedArgs> = {
  title: 'Widgets/Feed provider',
  component: 'care-feed',
  decorators: [withActions],
  parameters: { actions: { handles: ['care-feed-load', 'care-feed-error'] } },
  argTypes: { src: { ...feedControl(), description: 'Where every widget inside reads its feed, unless it has a src of its own.' } },
  args: { src: sampleFeedUrl },
  render: (args) => html`<care-feed src=${ifDefined(args.src || undefined)}>${everyWidget()}</care-feed>`,
};

export default meta;
type Story = StoryObj<FeedArgs>;

/** Every widget inside one `<care-feed>`: one request, and each shows its part of the feed. */
export const SharedFeed: Story = {
  name: 'Widgets sharing one feed',
  play: ({ canvasElement }) => expectText(canvasElement, 'sessions in the next 8 weeks', 5000, 'care-session-finder'),
};

/** A banner with its own `src` beside one that takes the provider's. */
export const OwnSource: Story = {
  name: 'A widget with its own feed',
  render: (args) => html`<care-feed src=${ifDefined(args.src || undefined)}>
    <care-awareness-banner src=${feedUrl('urgent')}></care-awareness-banner>
    ${everyWidget()}
  </care-feed>`,
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'call 555-0142');
    await expect(shadowOf(canvasElement).textContent).toContain('call 555-0142');
  },
};

/** The provider's feed is missing: every widget inside shows the same calm message. */
export const FeedMissing: Story = {
  name: 'Its feed is missing',
  args: { src: failingFeedUrls.notFound },
  play: ({ canvasElement }) => expectText(canvasElement, 'could not be found on the server', 5000, 'care-session-finder'),
};
