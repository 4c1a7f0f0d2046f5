import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expectText, sharedFeed } from './shared.js';

/** The widgets of the introduction page (introduction.mdx). */
const meta: Meta = {
  title: 'Introduction',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, docsBox: false },
};

export default meta;

/** Every widget, reading the demo site's feed through one `<care-feed>`: what a visitor sees. */
export const SideBySide: StoryObj = {
  name: 'The widgets side by side',
  render: () => sharedFeed('side by side'),
  play: ({ canvasElement }) => expectText(canvasElement, 'sessions in the next 8 weeks', 5000, 'care-session-finder'),
};
