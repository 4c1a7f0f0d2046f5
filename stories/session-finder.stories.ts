// src/index.ts may not register the finder yet; this does.
import '../src/session-finder/define.ts';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import sampleFeed from '../demo/sample-feed.json';
import { generateFeed } from '../test/mocks/generate-feed.js';
import { expectText, feedControl, feedErrorStories, sampleFeedUrl, savedCopyStory, shadowOf } from './shared.js';
import { failingFeedUrls, feedUrl } from '../test/mocks/handlers.js';
import { FINDER_NOW } from '../test/mocks/session-feeds.js';

interface FinderArgs {
  src?: string;
  lang?: string;
  'days-ahead'?: number;
  audience?: string;
  kind?: string;
  place?: string;
  language?: string;
  'no-filters'?: boolean;
  'hash-state'?: boolean;
  'show-inactive'?: boolean;
  'structured-data'?: boolean;
  'viewer-timezone'?: string;
  /** Properties: `now` is fixed to FINDER_NOW so every story is stable; `feed` is left unset (the feeds come from `src`). */
  feed?: unknown;
  now?: Date;
}

/**
 * Feeds served only to these stories. They live outside /feeds/, because the shared
 * `/feeds/:name.json` handler would answer 404 for a name it does not know.
 */
const sampleUrl = sampleFeedUrl;
const GENERATED_SESSIONS = 5000;
const generatedUrl = `/story-feeds/generated-${GENERATED_SESSIONS}.json`;
let generated: ReturnType<typeof generateFeed> | undefined;
const storyFeedHandlers = [
  // Generated on first request, not at import: the other stories do not pay for it.
  http.get(generatedUrl, () => HttpResponse.json((generated ??= generateFeed({ sessions: GENERATED_SESSIONS, seed: 1, now: FINDER_NOW })))),
];

/** Codes in the sample feed, for the preset controls. */
const sampleAudiences = [...new Set(sampleFeed.sessions.flatMap((s) => ('audiences' in s ? s.audiences : [])))].sort();
const sampleKinds = [...new Set(sampleFeed.sessions.map((s) => s.kind))].sort();
const samplePlaces = sampleFeed.places.map((p) => p.id);

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Session finder',
  component: 'care-session-finder',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['care-feed-load', 'care-feed-error', 'care-filter-change'] },
    // Merged with preview.ts's `feeds` handlers (a different key), so both sets answer.
    msw: { handlers: { storyFeeds: storyFeedHandlers } },
  },
  argTypes: {
    src: feedControl({ [generatedUrl]: `A very large feed: ${GENERATED_SESSIONS.toLocaleString('en')} sessions at 600 places` }),
    lang: { control: 'select', options: ['', 'en', 'es', 'ar', 'he'], description: 'Language of the filters, headings and buttons; empty follows the page (toolbar: Language).' },
    'days-ahead': { control: { type: 'number', min: 1, max: 366, step: 1 }, description: 'How many days ahead the list reaches (56: eight weeks).' },
    audience: { control: 'select', options: ['', ...sampleAudiences, 'nobody'], description: 'A page for one audience (e.g. youth): only their sessions, and no "Who it is for" filter.' },
    kind: { control: 'select', options: ['', ...sampleKinds], description: 'Only sessions of this kind, and no "Kind of session" filter.' },
    place: { control: 'select', options: ['', ...samplePlaces], description: 'Only sessions at this place, and no "Place" filter.' },
    language: { control: 'select', options: ['', 'en', 'es', 'ar'], description: 'Only sessions held in this language, and no "Language" filter.' },
    'no-filters': { control: 'boolean', description: 'Hide the search box and filters: a plain list.' },
    'hash-state': { control: 'boolean', description: 'Keep the chosen filters in the page address, so a filtered list can be shared and Back works.' },
    'show-inactive': { control: 'boolean', description: 'Also list paused and cancelled sessions, marked as such.' },
    'structured-data': { control: 'boolean', description: 'Describe the coming sessions to search engines (nothing changes on screen).' },
    'viewer-timezone': { control: 'select', description: 'The visitor’s time zone. The stories fix it to the feed’s (Chicago); pick another to see each time in the feed’s zone and as “your time”. Empty: this browser’s.', options: ['', 'America/Chicago', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney'] },
    feed: { control: false },
    now: { control: false },
  },
  args: {
    src: sampleUrl,
    lang: '',
    'days-ahead': 56,
    audience: '',
    kind: '',
    place: '',
    language: '',
    'no-filters': false,
    'hash-state': false,
    'show-inactive': false,
    'structured-data': false,
    // The clock and the viewer's zone are both fixed, so the stories look the same on every machine:
    // Monday 23 November 2026, 09:15 in Chicago, which the sample feed and finderFeed are written around.
    // Choose the empty value to see the browser's own zone.
    'viewer-timezone': 'America/Chicago',
    now: FINDER_NOW,
  },
  render: (args) => html`<care-session-finder
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    days-ahead=${ifDefined(args['days-ahead'])}
    audience=${ifDefined(args.audience || undefined)}
    kind=${ifDefined(args.kind || undefined)}
    place=${ifDefined(args.place || undefined)}
    language=${ifDefined(args.language || undefined)}
    ?no-filters=${args['no-filters']}
    ?hash-state=${args['hash-state']}
    ?show-inactive=${args['show-inactive']}
    ?structured-data=${args['structured-data']}
    viewer-timezone=${ifDefined(args['viewer-timezone'] || undefined)}
    .feed=${args.feed}
    .now=${args.now}
  ></care-session-finder>`,
};

export default meta;
type Story = StoryObj<FinderArgs>;

/** The demo site's feed (demo/sample-feed.json), as at Monday 23 November 2026, 09:15 in Chicago. */
export const Default: Story = {
  play: ({ canvasElement }) => expectText(canvasElement, 'sessions in the next 8 weeks'),
};

/** A youth page: `audience="youth"` lists only youth sessions and hides the "Who it is for" filter. */
export const PresetYouth: Story = {
  name: 'Preset: youth page',
  args: { audience: 'youth' },
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'Youth Peer Circle');
    await expect(shadowOf(canvasElement).textContent).not.toContain('Who it is for');
  },
};

/**
 * A search that matches nothing: the calm "no match" message, which names the search when it is the
 * only filter (`noSearchResults`), and a way back.
 */
export const EmptyResult: Story = {
  name: 'Empty result',
  play: async ({ canvasElement, userEvent }) => {
    await expectText(canvasElement, 'sessions in the next 8 weeks');
    const search = shadowOf(canvasElement).querySelector<HTMLInputElement>('input[type="search"]');
    await expect(search).not.toBeNull();
    await userEvent.type(search!, 'underwater basket weaving');
    await expectText(canvasElement, 'No sessions match “underwater basket weaving”.');
    await expectText(canvasElement, 'Clear filters');
  },
};

/** The first session opened, as a person would: its details (loaded when first opened), Add to calendar. */
export const DetailsOpen: Story = {
  name: 'Details open',
  play: async ({ canvasElement, userEvent }) => {
    await expectText(canvasElement, 'sessions in the next 8 weeks');
    await userEvent.click(shadowOf(canvasElement).querySelector<HTMLElement>('[part="session"] summary')!);
    await expectText(canvasElement, 'Add to calendar', 5000);
  },
};

/** A feed with no sessions at all. */
export const NoSessions: Story = {
  name: 'No sessions',
  args: { src: feedUrl('empty') },
  play: ({ canvasElement }) => expectText(canvasElement, 'No upcoming sessions are listed right now.'),
};

export const NotFound404: Story = feedErrorStories.notFound;
export const ServerError500: Story = feedErrorStories.serverError;
export const NotJson: Story = feedErrorStories.notJson;
export const WrongVersion: Story = feedErrorStories.badVersion;
export const NetworkError: Story = feedErrorStories.network;

/** The feed cannot be reached, and the copy this browser kept on an earlier visit shows. */
export const SavedCopy: Story = { ...savedCopyStory('care-session-finder', sampleFeed), tags: ['!autodocs'] };

/** The feed never answers. */
export const Loading: Story = {
  args: { src: failingFeedUrls.never },
  play: ({ canvasElement }) => expectText(canvasElement, 'Loading…'),
};

/**
 * 5,000 sessions at 600 places from `generateFeed({ sessions: 5000, seed: 1 })` (about 2.6 MB of JSON,
 * some 24,000 occurrences in 8 weeks). The first 40 show; "Show more sessions" adds 40 at a time.
 * Left off the docs page, which would render it alongside every other story. Tagged `slow`:
 * scripts/check-stories.js gives it 60 s rather than 15 (its play function waits up to 20 s).
 */
export const FiveThousandSessions: Story = {
  name: '5,000 sessions',
  tags: ['!autodocs', 'slow'],
  args: { src: generatedUrl },
  play: async ({ canvasElement }) => {
    const started = performance.now();
    await expectText(canvasElement, 'sessions in the next 8 weeks', 20_000);
    console.info(`<care-session-finder>: ${GENERATED_SESSIONS} sessions shown ${Math.round(performance.now() - started)} ms after play started.`);
  },
};

/**
 * Arabic on a right-to-left page: the Arabic words of the widget (loaded only when a page asks for Arabic);
 * the sample feed's session titles have no Arabic text, so they stay English.
 */
export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { lang: 'ar' },
  globals: { locale: 'ar', dir: 'rtl' },
  // "13 sessions in the next 8 weeks", in Arabic's form for 11 to 99. The English summary may show for a moment while the strings load.
  play: ({ canvasElement }) => expectText(canvasElement, '13 جلسة خلال الأسابيع الـ8 القادمة'),
};

export const Spanish: Story = {
  args: { lang: 'es' },
  globals: { locale: 'es' },
  play: ({ canvasElement }) => expectText(canvasElement, 'sesiones en las próximas 8 semanas'),
};

/** A 320 px page (1rem margins): the filters stack, and details drop to one column. */
export const Narrow320: Story = {
  name: '320 px',
  globals: { width: '320', viewport: { value: 'narrow320', isRotated: false } },
  play: ({ canvasElement }) => expectText(canvasElement, 'sessions in the next 8 weeks'),
};

/** A dark host page that sets the `--care-*` tokens to lighter values (Guides › Theming shows them all). */
export const DarkPage: Story = {
  name: 'Dark page',
  globals: { page: 'dark' },
  play: ({ canvasElement }) => expectText(canvasElement, 'sessions in the next 8 weeks'),
};

/** finderFeed (Chicago) seen from Tokyo: each time shows as held in Chicago, with its zone, then in the viewer's, marked "your time". */
export const ViewerFarAway: Story = {
  name: 'Viewer far away (Asia/Tokyo)',
  args: { src: feedUrl('finder'), 'viewer-timezone': 'Asia/Tokyo' },
  play: ({ canvasElement }) => expectText(canvasElement, 'your time'),
};

const hashFilters = '#sessions:day=tu&q=circle';

/**
 * `hash-state`: the filter choices come from the page's URL hash (`#sessions:day=tu`), so a filtered
 * list can be shared; changing a filter writes the hash, and Back restores the previous one. Words
 * typed in the search box never go into the address (a shared computer's next visitor would see
 * them): a link's `q=circle` is ignored. Left off the docs page, where every story shares one URL.
 */
export const HashState: Story = {
  name: 'Hash state',
  tags: ['!autodocs'],
  args: { src: feedUrl('finder'), 'hash-state': true },
  beforeEach() {
    const before = location.href;
    history.replaceState(history.state, '', hashFilters);
    return () => history.replaceState(history.state, '', before);
  },
  play: async ({ canvasElement }) => {
    await expectText(canvasElement, 'Tuesday peer circle');
    const search = shadowOf(canvasElement).querySelector<HTMLInputElement>('input[type="search"]');
    await expect(search?.value).toBe('');
    const day = [...shadowOf(canvasElement).querySelectorAll('select')][0];
    await expect(day.value).toBe('tu');
    await expect(shadowOf(canvasElement).textContent).not.toContain('Youth sharing circle');
  },
};
