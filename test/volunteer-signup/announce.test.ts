/**
 * What a screen reader meets in the signup before and as a person fills it in: no field marked wrong before
 * they try to send, and the age question said as a role that asks an age brings it in, right after the roles.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, shadowQueryAll } from '../helpers.js';
import { control, mountSignup, send, tick } from './helpers.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

const controls = (el: Element) => shadowQueryAll<HTMLInputElement>(el, 'input:not([hidden]), textarea');
/** The signup's live region outside the form (Sending, and what the browser's own attempt came to). */
const status = (el: Element) => shadowQueryAll(el, ':host > [part="base"] > [role="status"]')[0];
const said = (el: Element) => (status(el)?.textContent ?? '').trim();

describe('<care-volunteer-signup> states before Send', () => {
  beforeEach(() => sessionStorage.clear());

  it('marks no field invalid on a fresh form, tells which are required, and marks what is missing after Send', async () => {
    const el = await mountSignup();
    // `:invalid` is what the accessibility tree reports as invalid.
    expect(controls(el).filter((c) => c.matches(':invalid') || c.getAttribute('aria-invalid') === 'true').map((c) => c.name)).to.deep.equal([]);
    for (const label of ['Your name', 'Email', 'I agree']) expect(control(el, label).getAttribute('aria-required'), label).to.equal('true');
    for (const label of ['Phone', 'Languages you speak']) expect(control(el, label).hasAttribute('aria-required'), label).to.equal(false);
    await send(el);
    expect(control(el, 'I agree').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'Your name').getAttribute('aria-invalid')).to.equal('true');
  });

  it('says the age question as ticking a role brings it in, and puts it right after the roles', async () => {
    const el: CareVolunteerSignup = await mountSignup();
    expect(said(el)).to.equal('');
    await tick(el, 'Peer group facilitator');
    expect(said(el)).to.equal('Please confirm you are 21 or older, below.');
    // The next Tab after the last role reaches it.
    control(el, 'Warmline listener').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(el, 'I am 21 or older'));
    await tick(el, 'I am 21 or older');
    expect(said(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says it in the widget\'s language', async () => {
    const el: CareVolunteerSignup = await mountSignup();
    el.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 200 && !shadowQueryAll(el, 'legend')[0].textContent!.includes('¿'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    shadowQueryAll<HTMLInputElement>(el, 'input[name="roles"]')[0].click();
    await el.updateComplete;
    expect(said(el)).to.equal('Confirme que tiene 21 años o más, más abajo.');
  });
});
