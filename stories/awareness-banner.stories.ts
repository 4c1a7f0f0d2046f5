import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import { feeds } from '../test/mocks/feeds.js';
import { expectText, feedControl, feedErrorStories, shadowOf } from './shared.js';
import { failingFeedUrls, feedUrl, handlers } from '../test/mocks/handlers.js';

interface BannerArgs {
  src?: string;
  lang?: string;
  interval?: number;
  'no-dismiss'?: boolean;
  /** Properties, listed from the manifest; the stories set neither. */
  feed?: unknown;
  now?: Date;
}

/** The saved-copy story's URL: never answered by the network (its own handler), so the copy saved in localStorage shows. */
const savedCopyUrl = '/feeds/saved-copy.json';


const meta: Meta<BannerArgs> = {
  title: 'Widgets/Awareness banner',
  component: 'care-awareness-banner',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['care-feed-load', 'care-feed-error', 'care-message-dismiss'] },
  },
  argTypes: {
    src: feedControl({ [savedCopyUrl]: 'Fails, but a copy saved on an earlier visit shows' }),
    lang: { control: 'select', options: ['', 'en', 'es', 'ar', 'he'], description: 'Language of the buttons and of the messages; empty follows the page (toolbar: Language).' },
    interval: { control: { type: 'number', min: 5, step: 1 }, description: 'Seconds each message shows before the next one (5 or more).' },
    'no-dismiss': { control: 'boolean', description: 'Hide the dismiss button (and show again messages a visitor dismissed before).' },
    feed: { control: false },
    now: { control: false },
  },
  args: { src: feedUrl('oneMessage'), lang: '', interval: 8, 'no-dismiss': false },
  render: (args) => html`<care-awareness-banner
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    interval=${ifDefined(args.interval)}
    ?no-dismiss=${args['no-dismiss']}
  ></care-awareness-banner>`,
};

export default meta;
type Story = StoryObj<BannerArgs>;

/** One hopeful message, as most pages will show it. */
export const OneMessage: Story = {
  args: { src: feedUrl('oneMessage') },
  play: ({ canvasElement }) => expectText(canvasElement, 'Listening helps more than advice.'),
};

/** Three messages rotate every `interval` seconds (5 here, the shortest a person can read one in); hover, focus or pause stops them. */
export const Rotating: Story = {
  args: { src: feedUrl('rotating'), interval: 5 },
  play: ({ canvasElement }) => expectText(canvasElement, 'Message 1 of 3'),
};

/** An urgent message stays put above the rotating ones. */
export const Urgent: Story = {
  args: { src: feedUrl('urgent') },
  play: ({ canvasElement }) => expectText(canvasElement, 'call 555-0142'),
};

/** Dismissing the first message: the next one takes its place, and `care-message-dismiss` fires. */
export const Dismissed: Story = {
  args: { src: feedUrl('rotating') },
  play: async ({ canvasElement, userEvent }) => {
    await expectText(canvasElement, 'Message 1 of 3');
    const banner = canvasElement.querySelector('care-awareness-banner')!;
    const dismissed: string[] = [];
    banner.addEventListener('care-message-dismiss', (event) => dismissed.push(event.detail.id));
    const button = shadowOf(canvasElement).querySelector<HTMLButtonElement>('button[aria-label="Dismiss this message"]');
    await expect(button).not.toBeNull();
    await userEvent.click(button!);
    await expect(dismissed).toEqual(['listening']);
    await expectText(canvasElement, 'Message 1 of 2');
    await expect(shadowOf(canvasElement).textContent).not.toContain('Listening helps more than advice.');
  },
};

/** A feed with no messages: the banner takes no space at all. */
export const EmptyFeed: Story = {
  args: { src: feedUrl('empty') },
};

/** The feed never answers: the banner keeps its space (`--care-banner-min-height`) so the page does not jump. */
export const Loading: Story = {
  args: { src: failingFeedUrls.never },
};

export const NotFound404: Story = feedErrorStories.notFound;
export const ServerError500: Story = feedErrorStories.serverError;
export const NotJson: Story = feedErrorStories.notJson;
export const WrongVersion: Story = feedErrorStories.badVersion;
export const NetworkError: Story = feedErrorStories.network;

/**
 * The network fails, and a copy saved on an earlier visit
 * (`care-widgets:feed:<absolute url>` in localStorage) shows, with its date.
 */
export const SavedCopy: Story = {
  args: { src: savedCopyUrl },
  parameters: {
    // Replaces the shared list under the same key, so this failing handler comes first.
    msw: { handlers: { feeds: [http.get(savedCopyUrl, () => HttpResponse.error()), ...handlers] } },
  },
  beforeEach() {
    const key = `care-widgets:feed:${new URL(savedCopyUrl, document.baseURI).href}`;
    localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), text: JSON.stringify(feeds.rotating) }));
    return () => localStorage.removeItem(key);
  },
  play: ({ canvasElement }) => expectText(canvasElement, 'Saved copy from'),
};

/** An Arabic feed on an Arabic, right-to-left page. */
export const RightToLeft: Story = {
  args: { src: feedUrl('arabic') },
  globals: { locale: 'ar', dir: 'rtl' },
  play: ({ canvasElement }) => expectText(canvasElement, 'الاستماع يساعد أكثر من النصيحة.'),
};

/** A dark host page that sets the `--care-*` tokens to lighter values (Guides › Theming shows them all). */
export const DarkPage: Story = {
  args: { src: feedUrl('urgent') },
  globals: { page: 'dark' },
};

/** A 320 px page (1rem margins): text wraps and the controls move below it. */
export const Narrow320: Story = {
  name: '320 px',
  args: { src: feedUrl('urgent') },
  globals: { width: '320', viewport: { value: 'narrow320', isRotated: false } },
};

/**
 * Four broken entries and one good message. Entries with no usable id, no text or a bad date are
 * skipped; the one with a `javascript:` link keeps its text and loses the link. All four are
 * reported in `care-feed-load` and a console warning; the good message still shows.
 */
export const PartlyBrokenFeed: Story = {
  args: { src: feedUrl('partlyBroken') },
  play: async ({ canvasElement, userEvent }) => {
    await expectText(canvasElement, 'Message 1 of 2');
    const root = shadowOf(canvasElement);
    await expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[aria-label="Next message"]')!);
    await expectText(canvasElement, 'Listening helps more than advice.');
  },
};

/** `no-dismiss`: no dismiss button, and messages dismissed before show again. */
export const NoDismiss: Story = {
  args: { src: feedUrl('rotating'), 'no-dismiss': true },
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'Message 1 of 3');
    await expect(shadowOf(canvasElement).querySelector('button[aria-label="Dismiss this message"]')).toBeNull();
  },
};
