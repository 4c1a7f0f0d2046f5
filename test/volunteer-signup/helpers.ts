/** The volunteer signup on a page, and the ways a person fills it in. */
import { expect, html } from '@open-wc/testing';
import '../../src/volunteer-signup/define.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { mountLoaded } from '../helpers.js';
import { control, press } from './fill.js';

export const NOW = new Date('2026-11-23T15:00:00Z');

/** The signup on a feed, with no minimum fill time unless a test gives one. */
export async function mountSignup(feed: unknown = volunteerFeeds.full, options: { minFillTime?: number; sendTimeout?: number; selectedRole?: string } = {}) {
  const { el } = await mountLoaded<CareVolunteerSignup>(html`<care-volunteer-signup .feed=${feed} .now=${NOW}
    .minFillTime=${options.minFillTime ?? 0} .sendTimeout=${options.sendTimeout ?? 15_000} selected-role=${options.selectedRole ?? ''}></care-volunteer-signup>`);
  return el;
}

export { control, fill, fillValid, press, tick } from './fill.js';

/**
 * Presses Send, as a person clicking it, and lets the code that checks and sends arrive
 * (the widget asks for it when the form is first used) and go as far as it can at once.
 */
export async function send(el: CareVolunteerSignup): Promise<void> {
  await press(el, 'Send');
  await import('../../src/volunteer-signup/deliver.js');
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Checks that every answer fillValid gave is still in the form. */
export function expectFilledIn(el: CareVolunteerSignup): void {
  expect(control(el, 'Peer group facilitator').checked).to.equal(true);
  expect(control(el, 'Welcome host').checked).to.equal(false);
  expect(control(el, 'Your name').value).to.equal('Ada Lovelace');
  expect(control(el, 'Email').value).to.equal('ada@example.org');
  expect(control(el, 'Phone').value).to.equal('555 0142');
  expect(control(el, 'Tuesday, Evening').checked).to.equal(true);
  expect(control(el, 'Languages you speak').value).to.equal('English, Tagalog');
  expect(control(el, 'I am 21 or older').checked).to.equal(true);
  expect(control(el, 'Anything you would like').value).to.equal('I can bake.');
  expect(control(el, 'I agree').checked).to.equal(true);
}
