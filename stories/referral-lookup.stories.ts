// src/index.ts may not register the lookup yet; this does.
import '../src/referral-lookup/define.ts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import { failingFeedUrls } from '../test/mocks/handlers.js';
import { LOOKUP_NOW, referralFeeds, type ReferralFeedName } from '../test/mocks/referral-feeds.js';
import { referralFeedUrl, referralHandlers } from '../test/mocks/referral-handlers.js';
import { savedCopyStory } from './shared.js';

interface LookupArgs {
  src?: string;
  lang?: string;
  topic?: string;
  kind?: string;
  'quick-exit'?: boolean;
  'exit-url'?: string;
  'no-filters'?: boolean;
  'viewer-timezone'?: string;
  /** Properties: `now` is fixed to LOOKUP_NOW so every story is stable; `feed` is left unset (the feeds come from `src`). */
  feed?: unknown;
  now?: Date;
}

/** The lookup's shadow root in a story's canvas, once it has rendered. */
function lookupRoot(canvasElement: HTMLElement): ShadowRoot {
  const root = canvasElement.querySelector('care-referral-lookup')?.shadowRoot;
  if (!root) throw new Error('the lookup has not rendered');
  return root;
}

/** Waits until the lookup shows `text` (feeds load through MSW, so they take a moment). */
const expectText = (canvasElement: HTMLElement, text: string) =>
  waitFor(() => expect(lookupRoot(canvasElement).textContent).toContain(text), { timeout: 3000 });

const play = (text: string) => ({ canvasElement }: { canvasElement: HTMLElement }) => expectText(canvasElement, text);

const srcOptions = [...(Object.keys(referralFeeds) as ReferralFeedName[]).map(referralFeedUrl), ...Object.values(failingFeedUrls)];

const meta: Meta<LookupArgs> = {
  title: 'Widgets/Referral lookup',
  component: 'care-referral-lookup',
  decorators: [withActions],
  parameters: {
    docs: {
      description: {
        component: `Where to get more help. The emergency number and every urgent referral (\`urgent: true\`) come first and no search,
filter or preset ever hides them; then the other services, crisis lines first, then clinics, counselling, helplines and services.
A person picks a topic in plain words ("Someone is hurting me" finds \`domestic-violence\`, \`sexual-violence\` and \`bullying\`),
searches, and filters by how to reach a service, cost, language, who it is for and open now. Each service says whether it is
open on the viewer's clock ("Closed, opens at 11:00 AM your time"), computed in its own zone; hours not listed are said to be,
never guessed. Details (loaded when first opened) hold the hours, address (or "contact them" for a private one), walk-in,
referral, cost, languages and when they were last checked, flagged after a year; "Copy details" and "Print a card".

**Quick exit, for sites about domestic violence and abuse:** \`quick-exit\` adds "Leave this site" in the top corner of the
screen, where it stays as the page scrolls, and pressing Shift three times (each within a second) does the same wherever
the focus is. With it, this browser keeps no copy of the feed for offline use. Both replace the page with \`exit-url\`
(a whole address starting with https://; default https://www.google.com/, a page nobody would wonder at; a local weather site suits many places) through
\`location.replace\`, so Back does not return to it. The page goes blank at once, before the neutral page loads, and
what the widgets kept for the tab (a signup's unsent answers) is forgotten; while it is on the page, a \`hash-state\`
finder adds no history entries. A page has one "Leave this site", however many lookups ask for it (on this docs page,
the first story's). The visit may still be in the browser's history: say so on the page, and suggest a private window.`,
      },
    },
    actions: { handles: ['care-feed-load', 'care-feed-error', 'care-referral-select', 'care-referral-filter-change'] },
    // Merged with preview.ts's `feeds` handlers (a different key), so both sets answer.
    msw: { handlers: { referralFeeds: referralHandlers } },
  },
  argTypes: {
    src: { control: 'select', options: srcOptions, description: 'URL of the feed. The choices are the MSW mocks: test/mocks/referral-handlers.ts and test/mocks/handlers.ts.' },
    lang: { control: 'select', options: ['', 'en', 'es', 'ar', 'he'], description: 'UI and content language; empty inherits the page’s (toolbar: Language).' },
    topic: { control: 'select', options: ['', 'grief', 'domestic-violence sexual-violence', 'money', 'veterans', 'Grief & Loss'] },
    kind: { control: 'select', options: ['', 'counselling', 'helpline', 'peer-support social-service'] },
    'quick-exit': { control: 'boolean', description: 'Adds "Leave this site" (and Shift three times). Pressing it here leaves Storybook.' },
    'exit-url': { control: 'text' },
    'no-filters': { control: 'boolean' },
    'viewer-timezone': { control: 'select', description: 'The viewer’s time zone; the stories fix it to the feed’s (America/Chicago). Empty: the browser’s.', options: ['', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Asia/Tokyo', 'Eastern Time'] },
    feed: { control: false },
    now: { control: false },
  },
  args: {
    src: referralFeedUrl('lookup'),
    lang: '',
    topic: '',
    kind: '',
    'quick-exit': false,
    'exit-url': '',
    'no-filters': false,
    // Monday 23 November 2026, 09:15 in Chicago, which test/mocks/referral-feeds.ts is written around.
    'viewer-timezone': 'America/Chicago',
    now: LOOKUP_NOW,
  },
  render: (args) => html`<care-referral-lookup
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    topic=${ifDefined(args.topic || undefined)}
    kind=${ifDefined(args.kind || undefined)}
    ?quick-exit=${args['quick-exit']}
    exit-url=${ifDefined(args['exit-url'] || undefined)}
    ?no-filters=${args['no-filters']}
    viewer-timezone=${ifDefined(args['viewer-timezone'] || undefined)}
    .feed=${args.feed}
    .now=${args.now}
  ></care-referral-lookup>`,
};

export default meta;
type Story = StoryObj<LookupArgs>;

/** Opens the details of the referral named `name`, as a person would, and waits for `text` in them. */
const openDetails = (name: string, text: string): Story['play'] => async ({ canvasElement, userEvent }) => {
  await expectText(canvasElement, name);
  const card = [...lookupRoot(canvasElement).querySelectorAll('[part="referral"]')].find((li) => li.querySelector('h4')?.textContent === name);
  await userEvent.click(card!.querySelector('summary')!);
  await expectText(canvasElement, text);
};

/**
 * Every kind of referral: the emergency number and crisis lines first, then services by kind, each
 * with its open-now state on the viewer's clock (the grief line is in Los Angeles).
 */
export const Default: Story = {
  play: play('Closed, opens at 11:00'),
};

/** A domestic-violence page: `quick-exit` puts "Leave this site" first; Shift three times leaves too. */
export const QuickExit: Story = {
  name: 'Quick exit',
  args: { 'quick-exit': true, topic: 'domestic-violence sexual-violence', 'exit-url': 'https://weather.example.org/' },
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'Haven House');
    await expect(lookupRoot(canvasElement).querySelector('[part="quick-exit"]')?.textContent?.trim()).toBe('Leave this site');
  },
};

/** A grief page: `topic="grief"` lists only grief services (crisis lines still first) and hides the topic picker. */
export const PresetGrief: Story = {
  name: 'Preset: grief page',
  args: { topic: 'grief' },
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'Pacific Grief Line');
    await expect(lookupRoot(canvasElement).querySelector('fieldset')).toBeNull();
  },
};

/** A search that matches nothing: the crisis lines stay, with a calm message and a way back. */
export const FilteredToNothing: Story = {
  name: 'Filtered to nothing',
  play: async ({ canvasElement, userEvent }) => {
    await expectText(canvasElement, '8 services');
    await userEvent.type(lookupRoot(canvasElement).querySelector<HTMLInputElement>('input[type="search"]')!, 'underwater basket weaving');
    await expectText(canvasElement, 'No other services match these filters.');
  },
};

/** A referral opened: hours, address, walk-in, cost, languages, when last checked; copy and print. */
export const DetailsOpen: Story = {
  name: 'Details open',
  play: openDetails('Eastside Drop-in Centre', 'Side door, first floor'),
};

/** Details checked two years ago are flagged, gently. */
export const StaleDetails: Story = {
  name: 'Details checked long ago',
  play: openDetails('Lakeshore Family Counselling', 'Checked over a year ago'),
};

/** A county's directory: a page of services at a time, with "Show more services"; every crisis line at once. */
export const LargeDirectory: Story = {
  name: 'Large directory',
  // Its own page only: on the docs page its 55 services would make it the longest there.
  tags: ['!autodocs'],
  args: { src: referralFeedUrl('directory') },
  play: async ({ canvasElement, userEvent }) => {
    await expectText(canvasElement, 'Show more services');
    await userEvent.click([...lookupRoot(canvasElement).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show more services')!);
    await expectText(canvasElement, 'Service 50');
  },
};

/** A feed with crisis resources only: no filters, nothing else to find. */
export const OnlyUrgent: Story = {
  name: 'Only urgent referrals',
  args: { src: referralFeedUrl('onlyUrgent') },
  play: play('Safe Harbor Domestic Violence Hotline'),
};

/** A feed with no referrals: the emergency number still comes first. */
export const NoReferrals: Story = {
  name: 'No referrals',
  args: { src: referralFeedUrl('noReferrals') },
  play: play('No services are listed yet.'),
};

/** A feed written to attack the page: markup shows as text, and script links never become links. */
export const Hostile: Story = {
  name: 'Hostile feed',
  args: { src: referralFeedUrl('hostile') },
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'Evil line');
    const root = lookupRoot(canvasElement);
    await expect(root.querySelectorAll('img, script')).toHaveLength(0);
    await expect([...root.querySelectorAll('a')].every((a) => /^(tel:|sms:|mailto:|https:)/.test(a.getAttribute('href')!))).toBe(true);
  },
};

/** The feed never answers. */
export const Loading: Story = {
  args: { src: failingFeedUrls.never },
  play: play('Loading…'),
};

const errorStory = (name: string, src: string, text: string): Story => ({ name, args: { src }, play: play(text) });
export const NotFound404 = errorStory('Error: 404', failingFeedUrls.notFound, 'could not be found on the server');
export const ServerError500 = errorStory('Error: 500', failingFeedUrls.serverError, 'The server had a problem');
export const NotJson = errorStory('Error: not JSON', failingFeedUrls.notJson, 'in a form this page can’t read');
export const WrongVersion = errorStory('Error: wrong version', failingFeedUrls.badVersion, 'a format this page doesn’t know yet');
export const NetworkError = errorStory('Error: network', failingFeedUrls.networkError, 'The information could not be reached');

/** The feed cannot be reached, and the copy this browser kept on an earlier visit shows. Left off the docs page, which is long enough. */
export const SavedCopy: Story = { ...savedCopyStory('care-referral-lookup', referralFeeds.lookup), tags: ['!autodocs'] };

/** Arabic on a right-to-left page. The shared strings are Arabic; the lookup's own await its locale files' loading. */
export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { lang: 'ar' },
  globals: { locale: 'ar', dir: 'rtl' },
  play: play('بحاجة إلى مساعدة الآن؟'),
};

/** A 320 px page: topics wrap, filters stack, nothing scrolls sideways. */
export const Narrow320: Story = {
  name: '320 px',
  args: { 'quick-exit': true },
  globals: { width: '320', viewport: { value: 'narrow320', isRotated: false } },
  play: play('Need help now?'),
};

/** A dark host page that sets the `--care-*` tokens to lighter values (see .storybook/preview.ts). */
export const DarkPage: Story = {
  name: 'Dark page',
  args: { 'quick-exit': true },
  globals: { page: 'dark' },
  play: play('Need help now?'),
};

/** The same feed seen from Tokyo: every time shows on the viewer's clock, marked "your time". */
export const ViewerFarAway: Story = {
  name: 'Viewer far away (Asia/Tokyo)',
  args: { 'viewer-timezone': 'Asia/Tokyo' },
  play: play('your time'),
};
