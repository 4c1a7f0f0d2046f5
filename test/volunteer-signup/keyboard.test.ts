import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { button, deepActiveElement, shadowQueryAll, until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { control, fillValid, mountSignup } from './helpers.js';
import { bodies, recordSignups } from './record.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

/** Presses Tab until `target` has focus (and fails if it never gets it). */
async function tabTo(target: Element | undefined, what: string) {
  for (let presses = 0; deepActiveElement() !== target; presses++) {
    if (presses > 40) throw new Error(`Tab never reached ${what}`);
    await sendKeys({ press: 'Tab' });
  }
}

/** The element with the focus, by its tag and text. */
const focused = () => `${deepActiveElement()?.localName}: ${deepActiveElement()?.textContent}`;

/** Fills the form and sends it from the keyboard (Enter on Send); resolves once that attempt has failed. */
async function sendFailingFromKeyboard(el: CareVolunteerSignup): Promise<void> {
  await fillValid(el);
  const failed = oneEvent(el, 'care-volunteer-failed');
  button(el, 'Send')!.focus();
  await sendKeys({ press: 'Enter' });
  await failed;
  await el.updateComplete;
}

describe('<care-volunteer-signup> from the keyboard', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('fills the whole form, follows the error summary, retries after a failure and reaches the thanks, all with keys', async () => {
    sessionStorage.clear();
    const url = '/signups/keyboard';
    let attempts = 0;
    worker.use(http.post(url, () => (attempts++ === 0 ? new HttpResponse(null, { status: 502 }) : HttpResponse.json({ ok: true }))));
    const el = await mountSignup(volunteerFeed({ submit: { url, email: 'volunteer@riverside-peer.example.org' } }));
    const sent = recordSignups();

    control(el, 'Peer group facilitator').focus();
    await sendKeys({ press: ' ' });
    // The role asks for an age: its question comes right after the roles.
    await tabTo(control(el, 'I am 21 or older'), 'the age box');
    await sendKeys({ press: ' ' });
    await tabTo(control(el, 'Your name'), 'the name');
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.org' });
    await sendKeys({ press: 'Tab' });
    // WebKit's driver can drop a key typed again soon after itself: these words repeat none.
    await sendKeys({ type: '415 2063' });
    await tabTo(control(el, 'Tuesday, Evening'), 'Tuesday evening');
    await sendKeys({ press: ' ' });
    await tabTo(control(el, 'Languages you speak'), 'the languages');
    await sendKeys({ type: 'English' });
    await tabTo(control(el, 'Anything you would like'), 'the message');
    await sendKeys({ type: 'Thanks!' });
    // The consent box is left unticked: Send shows the summary.
    await tabTo(button(el, 'Send'), 'Send');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = shadowQueryAll(el, '[part="problems"]')[0];
    expect(deepActiveElement()).to.equal(summary);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('Tick the box to agree, so that we can keep your details and contact you.');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(control(el, 'I agree'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shadowQueryAll(el, '[part="problems"]')).to.have.length(0);

    await tabTo(button(el, 'Send'), 'Send');
    const failed = oneEvent(el, 'care-volunteer-failed');
    await sendKeys({ press: 'Enter' });
    await failed;
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(shadowQueryAll(el, '[part="failure"]')[0]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button(el, 'Try again'));
    const done = oneEvent(el, 'care-volunteer-sent');
    await sendKeys({ press: 'Enter' });
    await done;
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(shadowQueryAll(el, '[part="thanks"]')[0]);

    await until(() => sent.list.length === 2 && sent.list.every((r) => r.body));
    sent.stop();
    const [first, second] = bodies(sent.list);
    expect(second.submission_id).to.equal(first.submission_id);
    expect(second).to.deep.include({
      roles: ['peer-facilitator'], name: 'Ada Lovelace', email: 'ada@example.org', phone: '415 2063', availability: ['tu-evening'],
      languages: 'English', age_confirm: true, message: 'Thanks!',
    });
  });

  for (const how of ['Try again', 'the browser back online']) {
    it(`keeps the focus in the signup while it is sent again by ${how}: on Send, then on the thanks`, async () => {
      sessionStorage.clear();
      const url = `/signups/keyboard-held-${how.length}`;
      // The first attempt fails; the second waits until the test lets it answer.
      let attempts = 0;
      let answer!: () => void;
      const held = new Promise<void>((resolve) => (answer = resolve));
      worker.use(http.post(url, async () => {
        if (attempts++ === 0) return HttpResponse.error();
        await held;
        return HttpResponse.json({ ok: true });
      }));
      const el = await mountSignup(volunteerFeed({ submit: { url, email: 'volunteer@riverside-peer.example.org' } }));
      await sendFailingFromKeyboard(el);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(button(el, 'Try again'));
      const done = oneEvent(el, 'care-volunteer-sent');
      if (how === 'Try again') await sendKeys({ press: 'Enter' });
      else window.dispatchEvent(new Event('online'));
      try {
        await until(() => attempts === 2, 3000, 'the second attempt');
        await el.updateComplete;
        expect(visibleText(el)).to.contain('Sending your signup…');
        // Named rather than compared as elements: a failure's report of the page's body would never end.
        expect(focused()).to.equal('button: Send');
      } finally {
        answer();
      }
      await done;
      await el.updateComplete;
      expect(focused()).to.equal(`div: ${shadowQueryAll(el, '[part="thanks"]')[0].textContent}`);
    });
  }

  it('leaves the focus where the person is when the browser, back online, sends the signup again; what came of it is announced', async () => {
    sessionStorage.clear();
    const url = '/signups/keyboard-back-online';
    // No connection twice, then accepted.
    let attempts = 0;
    worker.use(http.post(url, () => (attempts++ < 2 ? HttpResponse.error() : HttpResponse.json({ ok: true }))));
    const el = await mountSignup(volunteerFeed({ submit: { url, email: 'volunteer@riverside-peer.example.org' } }));
    const elsewhere = document.body.appendChild(document.createElement('button'));
    const announced = () => shadowQueryAll(el, '[role="status"]').map((s) => s.textContent).join(' ');
    try {
      await sendFailingFromKeyboard(el);
      expect(deepActiveElement()).to.equal(shadowQueryAll(el, '[part="failure"]')[0]);

      // The person has gone on to a field of the form: the failure comes again, and the focus stays there.
      control(el, 'Your name').focus();
      const again = oneEvent(el, 'care-volunteer-failed');
      window.dispatchEvent(new Event('online'));
      await again;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Named rather than compared as elements (see above).
      expect(focused()).to.equal('input: ');
      expect(deepActiveElement() === control(el, 'Your name'), 'the focus on Your name').to.equal(true);
      expect(announced()).to.contain('Your signup could not reach us. Please check your connection and try again. Your answers are still here.');

      // And to the page around it: the thanks comes, and the focus stays there too.
      elsewhere.focus();
      const done = oneEvent(el, 'care-volunteer-sent');
      window.dispatchEvent(new Event('online'));
      await done;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(deepActiveElement() === elsewhere, 'the focus on the page').to.equal(true);
      expect(announced()).to.contain('Thank you! Our volunteer coordinator will be in touch within a week.');
      expect(shadowQueryAll(el, '[part="thanks"]')[0].textContent).to.equal('Thank you! Our volunteer coordinator will be in touch within a week.');
      await expect(el).to.be.accessible();
    } finally {
      elsewhere.remove();
    }
  });

  it('back online with an answer the person has since emptied: the focus stays where they are typing, the answers to check show and are said, nothing is sent', async () => {
    sessionStorage.clear();
    const url = '/signups/keyboard-back-online-broken';
    worker.use(http.post(url, () => HttpResponse.error()));
    const el = await mountSignup(volunteerFeed({ submit: { url, email: 'volunteer@riverside-peer.example.org' } }));
    const announced = () => shadowQueryAll(el, '[role="status"]').map((s) => s.textContent).join(' ');
    await sendFailingFromKeyboard(el);

    // The person empties Email, and goes on typing in the message box.
    control(el, 'Email').value = '';
    control(el, 'Email').dispatchEvent(new Event('input', { bubbles: true }));
    const message = control(el, 'Anything you would like');
    message.focus();
    const sent = recordSignups(url);
    window.dispatchEvent(new Event('online'));
    await until(() => shadowQueryAll(el, '[part="problems"]').length > 0, 3000, 'the answers to check');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    sent.stop();
    expect(deepActiveElement() === message, `the focus in the message box, not on ${focused()}`).to.equal(true);
    expect(shadowQueryAll(el, '[part="problems"] a').map((a) => a.textContent)).to.deep.equal(['Enter your email address.']);
    expect(shadowQueryAll(el, '[part="failure"]')).to.have.length(0);
    expect(announced()).to.contain('You are back online, but your signup has not been sent yet. Please check these answers: Enter your email address.');
    expect(sent.list).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('never stops on the honeypot', async () => {
    const el = await mountSignup();
    control(el, 'I agree').focus();
    const visited: Element[] = [];
    while (deepActiveElement() !== button(el, 'Clear the form') && visited.length < 10) {
      await sendKeys({ press: 'Tab' });
      visited.push(deepActiveElement()!);
    }
    expect(visited.map((e) => e.getAttribute('name'))).not.to.include('_gotcha');
    expect(visited.at(-1)).to.equal(button(el, 'Clear the form'));
  });
});
