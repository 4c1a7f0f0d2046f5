/** The volunteer signup on a page, and the ways a person fills it in. */
import { html } from '@open-wc/testing';
import '../../src/volunteer-signup/define.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { mountLoaded } from '../helpers.js';
import { press } from './fill.js';

export const NOW = new Date('2026-11-23T15:00:00Z');

/** The signup on a feed, with no minimum fill time unless a test gives one. */
export async function mountSignup(feed: unknown = volunteerFeeds.full, options: { minFillTime?: number; sendTimeout?: number; selectedRole?: string } = {}) {
  const { el } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup .feed=${feed} .now=${NOW}
    .minFillTime=${options.minFillTime ?? 0} .sendTimeout=${options.sendTimeout ?? 15_000} selected-role=${options.selectedRole ?? ''}></care-volunteer-signup>`);
  return el;
}

export { control, fill, fillValid, tick } from './fill.js';

/** Presses Send, as a person clicking it. */
export const send = (el: CareVolunteerSignup) => press(el, 'Send');
