/** Filling in the volunteer signup as a person would, and reading what it sent. */
import { html } from '@open-wc/testing';
import '../../src/volunteer-signup/define.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { worker } from '../mocks/browser.js';
import { button, mountLoaded, shadowQueryAll } from '../helpers.js';

export const NOW = new Date('2026-11-23T15:00:00Z');

/** The signup on a feed, with no minimum fill time unless a test gives one. */
export async function mountSignup(feed: unknown = volunteerFeeds.full, options: { minFillTime?: number; sendTimeout?: number; selectedRole?: string } = {}) {
  const { el } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup .feed=${feed} .now=${NOW}
    .minFillTime=${options.minFillTime ?? 0} .sendTimeout=${options.sendTimeout ?? 15_000} selected-role=${options.selectedRole ?? ''}></care-volunteer-signup>`);
  return el;
}

type Control = HTMLInputElement & HTMLTextAreaElement;

/** The control a person finds by the start of its label's text. */
export function control(el: Element, label: string): Control {
  const found = shadowQueryAll<Control>(el, 'input, textarea').find((c) =>
    [...(c.labels ?? [])].some((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label)));
  if (!found) throw new Error(`no control labelled "${label}"`);
  return found;
}

export async function fill(el: CareVolunteerSignup, label: string, value: string): Promise<void> {
  const input = control(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function tick(el: CareVolunteerSignup, label: string): Promise<void> {
  control(el, label).click();
  await el.updateComplete;
}

/** Everything a signup needs, and a few of the optional answers. */
export async function fillValid(el: CareVolunteerSignup): Promise<void> {
  await tick(el, 'Peer group facilitator');
  await fill(el, 'Your name', 'Ada Lovelace');
  await fill(el, 'Email', 'ada@example.org');
  await fill(el, 'Phone', '555 0142');
  await tick(el, 'Tuesday, Evening');
  await fill(el, 'Languages you speak', 'English, Tagalog');
  await tick(el, 'I am 21 or older');
  await fill(el, 'Anything you would like us to know?', 'I can bake.');
  await tick(el, 'I agree');
}

export async function send(el: CareVolunteerSignup): Promise<void> {
  button(el, 'Send')!.click();
  await el.updateComplete;
}

export interface SentRequest {
  url: string;
  method: string;
  contentType: string | null;
  accept: string | null;
  credentials: RequestCredentials;
  body: string;
}

/** Every POST the page makes from now on, as it left the page. */
export function recordSignups(): { list: SentRequest[]; stop: () => void } {
  const list: SentRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'POST') return;
    const entry: SentRequest = {
      url: new URL(request.url).pathname,
      method: request.method,
      contentType: request.headers.get('content-type'),
      accept: request.headers.get('accept'),
      credentials: request.credentials,
      body: '',
    };
    list.push(entry);
    void request.clone().text().then((body) => (entry.body = body));
  };
  worker.events.on('request:start', listener);
  return { list, stop: () => worker.events.removeListener('request:start', listener) };
}

/** The JSON bodies of the recorded requests. */
export const bodies = (list: SentRequest[]) => list.map((r) => JSON.parse(r.body) as Record<string, unknown>);
