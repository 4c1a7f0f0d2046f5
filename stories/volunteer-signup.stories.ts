import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/volunteer-signup/define.js';
import type { CareVolunteerSignup } from '../src/volunteer-signup/volunteer-signup.js';
import { signupUrls, volunteerFeed, volunteerFeeds } from '../test/mocks/volunteer-feeds.js';
import { signupHandlers } from '../test/mocks/volunteer-handlers.js';
import { failingFeedUrls } from '../test/mocks/handlers.js';
import { fill, fillValid, press, tick } from '../test/volunteer-signup/fill.js';
import { expectText, feedControl, savedCopyStory } from './shared.js';

/** Where each story's feed sends its signups; the MSW handlers in test/mocks/volunteer-handlers.ts answer as named. */
const withEndpoint = (url: string) => volunteerFeed({ submit: { url, format: 'json', email: 'volunteer@riverside-peer.example.org' } });
const storyFeeds = {
  full: volunteerFeeds.full,
  minimal: volunteerFeeds.minimal,
  formEncoded: volunteerFeeds.form,
  noVolunteering: volunteerFeeds.noVolunteering,
  rejected: withEndpoint(signupUrls.rejected),
  serverError: withEndpoint(signupUrls.serverError),
  networkError: withEndpoint(signupUrls.networkError),
  neverAnswers: withEndpoint(signupUrls.never),
};

interface SignupArgs {
  feed: keyof typeof storyFeeds;
  /** Where the feed is read from instead of `feed`: the loading, failed and saved-copy stories. */
  src?: string;
  lang?: string;
  'selected-role'?: string;
  /** Properties: the stories send at once and give up waiting after 15 s unless they say otherwise. */
  minFillTime?: number;
  sendTimeout?: number;
}

const meta: Meta<SignupArgs> = {
  title: 'Widgets/Volunteer signup',
  component: 'care-volunteer-signup',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['care-feed-load', 'care-feed-error', 'care-volunteer-submit', 'care-volunteer-sent', 'care-volunteer-failed'] },
    msw: { handlers: { signups: signupHandlers } },
  },
  argTypes: {
    feed: { control: 'select', options: Object.keys(storyFeeds), description: 'The feed (set as the `feed` property); each sends to an endpoint that answers as its name says.' },
    src: feedControl(),
    lang: { control: 'select', options: ['', 'en', 'es', 'ar', 'he'], description: 'UI and content language; empty inherits the page’s (toolbar: Language).' },
    'selected-role': { control: 'select', options: ['', 'peer-facilitator', 'welcome-host', 'warmline-listener', 'not-a-role'] },
    minFillTime: { control: { type: 'number', min: 0, step: 500 } },
    sendTimeout: { control: { type: 'number', min: 500, step: 500 } },
  },
  args: { feed: 'full', lang: '', 'selected-role': '', minFillTime: 0, sendTimeout: 15_000 },
  // Drafts live in sessionStorage, which every story shares: each starts without one.
  beforeEach() {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('care-widgets:volunteer-draft:')) sessionStorage.removeItem(key);
  },
  render: (args) => html`<care-volunteer-signup
    .feed=${args.src ? undefined : storyFeeds[args.feed]}
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    selected-role=${ifDefined(args['selected-role'] || undefined)}
    .minFillTime=${args.minFillTime ?? 0}
    .sendTimeout=${args.sendTimeout ?? 15_000}
  ></care-volunteer-signup>`,
};

export default meta;
type Story = StoryObj<SignupArgs>;

async function signup(canvasElement: HTMLElement): Promise<CareVolunteerSignup> {
  const el = canvasElement.querySelector('care-volunteer-signup')!;
  await el.updateComplete;
  return el;
}

const shows = (el: CareVolunteerSignup, text: string, timeout = 5000) =>
  waitFor(() => expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain(text), { timeout });

/** A story that fills in the form, sends it, and waits for `text`. */
const sentStory = (feed: SignupArgs['feed'], text: string, args: Partial<SignupArgs> = {}): Story => ({
  args: { feed, ...args },
  play: async ({ canvasElement }) => {
    const el = await signup(canvasElement);
    await fillValid(el);
    await press(el, 'Send');
    await shows(el, text);
  },
});

/** A story with one answer wrong, sent: the summary lists it and the field is marked. */
/** One field's error: a story each (checked on its own), left off the docs page, which shows them all at once. */
const problemStory = (spoil: (el: CareVolunteerSignup) => Promise<void>, message: string): Story => ({
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const el = await signup(canvasElement);
    await fillValid(el);
    await spoil(el);
    await press(el, 'Send');
    await shows(el, `Please check these answers: ${message}`);
  },
});

/** Nothing chosen or typed yet: nothing is marked before the person tries to send. */
export const Empty: Story = {
  play: async ({ canvasElement }) => shows(await signup(canvasElement), 'Which roles would you like to help with?'),
};

/** Every question answered, not sent yet. */
export const Filled: Story = {
  play: async ({ canvasElement }) => {
    const el = await signup(canvasElement);
    await fillValid(el);
    await expect(el.shadowRoot!.querySelector<HTMLInputElement>('#f-consent')!.checked).toBe(true);
  },
};

/** Age 16 confirmed, then a role asking 21 ticked: the box is unticked again, and says why. */
export const AgeAskedRose: Story = {
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const el = await signup(canvasElement);
    await tick(el, 'Welcome host');
    await tick(el, 'I am 16 or older');
    await tick(el, 'Peer group facilitator');
    await shows(el, 'The roles you chose ask for age 21 or older');
  },
};

/** One role, no optional questions, no fallback email: the role is chosen already. */
export const OneRoleNoQuestions: Story = { args: { feed: 'minimal' } };

/** `selected-role`, for a role's own page. */
export const RoleChosenInAdvance: Story = { args: { 'selected-role': 'warmline-listener' } };

/** Sent with nothing filled in: every problem at once, the summary focused. */
export const ErrorEverything: Story = {
  play: async ({ canvasElement }) => {
    const el = await signup(canvasElement);
    await press(el, 'Send');
    await shows(el, 'Choose at least one role.');
  },
};
export const ErrorNoRole = problemStory((el) => tick(el, 'Peer group facilitator'), 'Choose at least one role.');
export const ErrorNoName = problemStory((el) => fill(el, 'Your name', ''), 'Enter your name.');
export const ErrorNoEmail = problemStory((el) => fill(el, 'Email', ''), 'Enter your email address.');
export const ErrorBadEmail = problemStory((el) => fill(el, 'Email', 'ada@example'), 'Enter an email address like name@example.org.');
export const ErrorBadPhone = problemStory((el) => fill(el, 'Phone', '12'), 'Enter a phone number in digits, like 555 0142, or leave it empty.');
export const ErrorNoAge = problemStory((el) => tick(el, 'I am 21 or older'), 'Tick the box to confirm your age.');
export const ErrorNoConsent = problemStory((el) => tick(el, 'I agree'), 'Tick the box to agree, so that we can keep your details and contact you.');

/** The endpoint never answers (within `sendTimeout`, 15 s here): the signup is on its way. */
export const Sending = sentStory('neverAnswers', 'Sending your signup…');

/** The endpoint answers 422: rejected. Every answer stays; Try again and the email fallback are offered. */
export const FailedRejected = sentStory('rejected', 'Your signup was not accepted.');
/** The endpoint answers 503. */
export const FailedServer: Story = { ...sentStory('serverError', 'Our signup system has a problem right now.'), tags: ['!autodocs'] };
/** The request never reaches the endpoint. */
export const FailedNetwork: Story = { ...sentStory('networkError', 'Your signup could not reach us.'), tags: ['!autodocs'] };
/** No answer within `sendTimeout` (2 s in this story). */
export const FailedTimeout: Story = { ...sentStory('neverAnswers', 'No answer came back in time', { sendTimeout: 2000 }), tags: ['!autodocs'] };

/** The browser says it is offline: the signup goes by itself when it is back online. */
export const FailedOffline: Story = {
  args: { feed: 'networkError' },
  beforeEach() {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
  play: sentStory('networkError', 'You seem to be offline').play,
};

/** Accepted: the feed's thanks, focused; the answers are gone from the page and the tab. */
export const Success = sentStory('full', 'Thank you! Our volunteer coordinator will be in touch within a week.');

/** Form-encoded, as hosted form back-ends take it; the same success. */
export const SuccessFormEncoded: Story = { ...sentStory('formEncoded', 'Thank you! Our volunteer coordinator will be in touch within a week.'), tags: ['!autodocs'] };

/** The feed never answers. */
export const Loading: Story = {
  args: { src: failingFeedUrls.never },
  play: ({ canvasElement }) => expectText(canvasElement, 'Loading…'),
};

/** The feed is not on the server: the calm message every widget gives, and Try again. */
export const FeedNotFound: Story = {
  name: 'Feed error: 404',
  args: { src: failingFeedUrls.notFound },
  play: ({ canvasElement }) => expectText(canvasElement, 'could not be found on the server'),
};

/** The feed cannot be reached, and the copy this browser kept on an earlier visit shows: the form works as ever. */
export const SavedCopy: Story = { ...savedCopyStory('care-volunteer-signup', volunteerFeeds.full), tags: ['!autodocs'] };

/** A feed with no `volunteering` section: a calm message, no broken form. */
export const NoVolunteeringSection: Story = {
  args: { feed: 'noVolunteering' },
  play: async ({ canvasElement }) => shows(await signup(canvasElement), 'Volunteer signups are not open here at the moment.'),
};

/** Spanish strings and the feed's Spanish role titles, on a Spanish page. */
export const Spanish: Story = { globals: { locale: 'es' } };

/** A right-to-left page in Arabic. */
export const RightToLeft: Story = { globals: { locale: 'ar', dir: 'rtl' } };

/** A 320 px page: roles, fields and the availability grid fit without sideways scrolling. */
export const Narrow320: Story = {
  name: '320 px',
  globals: { width: '320', viewport: { value: 'narrow320', isRotated: false } },
};

/** A dark host page that sets the `--care-*` tokens (see .storybook/preview.ts). */
export const DarkPage: Story = {
  globals: { page: 'dark' },
  play: async ({ canvasElement }) => {
    const el = await signup(canvasElement);
    await press(el, 'Send');
    await shows(el, 'Please check these answers');
  },
};
