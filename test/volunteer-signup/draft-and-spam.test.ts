import { expect, oneEvent } from '@open-wc/testing';
import { button, deepActiveElement, shadowQueryAll, until, visibleText, wait } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { signupUrls, volunteerFeed, volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { signupHandlers } from '../mocks/volunteer-handlers.js';
import { control, expectFilledIn, fill, fillValid, mountSignup, NOW, send, tick } from './helpers.js';
import { bodies, failingOnce, recordSignups } from './record.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

/** Every key and value in a storage area, as one string to search. */
/**
 * What a storage holds, as text. Saved feed copies (`care-widgets:feed:…`) are public data that
 * other test files on this origin write at any moment; they are left out.
 */
const contents = (storage: Storage) => Object.keys(storage)
  .filter((key) => !key.startsWith('care-widgets:feed:'))
  .map((key) => `${key}=${storage.getItem(key)}`).join('\n');

/** A reload in the same tab: the element goes, a new one comes, sessionStorage stays. */
async function reload(el: CareVolunteerSignup, feed: unknown = volunteerFeeds.full) {
  el.remove();
  return mountSignup(feed);
}

/** A signup filled in and sent to an endpoint that fails the first attempt, with what it sends recorded. */
async function afterOneFailure(url: string) {
  const feed = failingOnce(url);
  const el = await mountSignup(feed);
  await fillValid(el);
  const sent = recordSignups(url);
  const failed = oneEvent(el, 'care-volunteer-failed');
  await send(el);
  await failed;
  return { feed, el, sent };
}

/** The two bodies sent, once both have arrived. */
async function twoBodies(sent: ReturnType<typeof recordSignups>) {
  await until(() => sent.list.length === 2 && sent.list.every((r) => r.body));
  sent.stop();
  return bodies(sent.list);
}

// Both groups below: the worker with the signup endpoints, and no draft left from a test before.
before(startWorker);
beforeEach(() => {
  sessionStorage.clear();
  worker.use(...signupHandlers);
});
afterEach(() => worker.resetHandlers());

describe('<care-volunteer-signup> draft and privacy', () => {
  it('keeps the unsent answers in sessionStorage only, and a reload in the same tab brings them back', async () => {
    const localBefore = contents(localStorage);
    const el = await mountSignup();
    await fillValid(el);
    expect(contents(sessionStorage)).to.contain('Ada Lovelace');
    expect(contents(localStorage)).to.equal(localBefore);
    expectFilledIn(await reload(el));
  });

  it('brings back a draft up to half an hour after its last change, and forgets an older one (a closed tab reopened at a shared computer)', async () => {
    const el = await mountSignup();
    await fillValid(el);
    el.remove();
    /** A reload so many minutes after the last change, on the widget's own clock. */
    const at = async (minutes: number) => {
      const signup = document.createElement('care-volunteer-signup') as CareVolunteerSignup;
      signup.now = new Date(NOW.getTime() + minutes * 60_000);
      signup.feed = volunteerFeeds.full;
      document.body.append(signup);
      await until(() => !!signup.shadowRoot?.querySelector('input'));
      await signup.updateComplete;
      return signup;
    };
    const within = await at(30);
    expect(control(within, 'Your name').value).to.equal('Ada Lovelace');
    within.remove();
    const past = await at(61);
    expect(control(past, 'Your name').value, 'over half an hour after the last change').to.equal('');
    expect(contents(sessionStorage)).not.to.contain('Ada Lovelace');
    past.remove();
  });

  it('a consent given to an older consent text is not carried over: after a reload with a new version the box is unticked, and what is sent is the new consent', async () => {
    const el = await mountSignup();
    await fillValid(el);
    const again = await reload(el, volunteerFeed({ consent: { text: 'I agree that Riverside may share my details with partner charities.', version: '2027-01' } }));
    expect(control(again, 'Your name').value).to.equal('Ada Lovelace');
    expect(control(again, 'I agree').checked).to.equal(false);
    const sent = recordSignups(signupUrls.ok);
    await send(again);
    expect(shadowQueryAll(again, '[part="problems"] a').map((a) => a.textContent)).to.deep.equal(['Tick the box to agree, so that we can keep your details and contact you.']);
    // The same version again after a reload: the box stays ticked.
    again.now = new Date(NOW.getTime() + 60_000);
    await tick(again, 'I agree');
    const later = await reload(again, volunteerFeed({ consent: { text: 'I agree that Riverside may share my details with partner charities.', version: '2027-01' } }));
    expect(control(later, 'I agree').checked).to.equal(true);
    const done = oneEvent(later, 'care-volunteer-sent');
    await send(later);
    await done;
    await until(() => sent.list.length === 1 && sent.list[0].body !== '');
    sent.stop();
    expect(bodies(sent.list)[0]).to.deep.include({ consent_version: '2027-01', consent_given_at: new Date(NOW.getTime() + 60_000).toISOString() });
  });

  it('unticks the consent when the feed changes its consent version while the form is open', async () => {
    const el = await mountSignup();
    await fillValid(el);
    el.feed = volunteerFeed({ consent: { text: 'I agree that Riverside may share my details with partner charities.', version: '2027-01' } });
    await until(() => visibleText(el).includes('partner charities'), 3000, 'the new consent text');
    expect(control(el, 'I agree').checked).to.equal(false);
    expect(control(el, 'Your name').value).to.equal('Ada Lovelace');
    el.remove();
    const after = await mountSignup(volunteerFeed({ consent: { text: 'I agree that Riverside may share my details with partner charities.', version: '2027-01' } }));
    expect(control(after, 'I agree').checked).to.equal(false);
  });

  it('after a failure and a reload, sending again is still the same signup', async () => {
    const { feed, el, sent } = await afterOneFailure('/signups/fails-once');
    const again = await reload(el, feed);
    const done = oneEvent(again, 'care-volunteer-sent');
    await send(again);
    await done;
    const [first, second] = await twoBodies(sent);
    expect(second.submission_id).to.equal(first.submission_id);
    expect(second.name).to.equal('Ada Lovelace');
  });

  it('after an accepted signup nothing the person typed is left: not in either storage, the address or the history', async () => {
    const entries = history.length;
    const localBefore = contents(localStorage);
    const el = await mountSignup();
    await fillValid(el);
    await fill(el, 'Your name', 'Zephyrine Quillfeather');
    await fill(el, 'Email', 'zephyrine@example.org');
    const done = oneEvent(el, 'care-volunteer-sent');
    await send(el);
    await done;
    await el.updateComplete;
    const typed = ['Zephyrine', 'zephyrine@example.org', '555 0142', 'Tagalog', 'I can bake', 'peer-facilitator', 'tu-evening'];
    for (const storage of [contents(sessionStorage), contents(localStorage), location.href, decodeURIComponent(location.href)]) {
      for (const value of typed) expect(storage).not.to.contain(value);
    }
    expect(contents(localStorage)).to.equal(localBefore);
    expect(history.length).to.equal(entries);
    expect(visibleText(el)).not.to.contain('Zephyrine');
    const again = await reload(el);
    expect(control(again, 'Your name').value).to.equal('');
    expect(control(again, 'Peer group facilitator').checked).to.equal(false);
  });

  it('once a page that sends signups itself takes one (care-volunteer-submit cancelled), no draft is left in storage; the form keeps the answers for another try', async () => {
    const el = await mountSignup();
    await fillValid(el);
    expect(contents(sessionStorage)).to.contain('Ada Lovelace');
    const sent = recordSignups(signupUrls.ok);
    const taken = oneEvent(el, 'care-volunteer-submit');
    el.addEventListener('care-volunteer-submit', (e) => e.preventDefault(), { once: true });
    await send(el);
    const { detail } = await taken;
    await el.updateComplete;
    expect(contents(sessionStorage)).to.equal('');
    expect(sent.list).to.have.length(0);
    // Nothing was lost: the page has every answer, and the form still shows them.
    expect(detail).to.deep.include({ name: 'Ada Lovelace', message: 'I can bake.' });
    expectFilledIn(el);
    expect(control(await reload(el), 'Your name').value).to.equal('');
    sent.stop();
  });

  it('Clear empties the form and forgets the draft; what is sent next is a new signup', async () => {
    const { el, sent } = await afterOneFailure('/signups/fails-once-more');
    button(el, 'Clear the form')!.click();
    await el.updateComplete;
    expect(control(el, 'Your name').value).to.equal('');
    expect(control(el, 'I agree').checked).to.equal(false);
    expect(shadowQueryAll(el, '[part="failure"]')).to.have.length(0);
    expect(contents(sessionStorage)).not.to.contain('Ada');
    await fillValid(el);
    const done = oneEvent(el, 'care-volunteer-sent');
    await send(el);
    await done;
    const [first, second] = await twoBodies(sent);
    expect(second.submission_id).not.to.equal(first.submission_id);
  });

  it('works when storage is full or switched off', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mountSignup();
      await fillValid(el);
      const done = oneEvent(el, 'care-volunteer-sent');
      await send(el);
      expect((await done).detail.status).to.equal(200);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('a draft it cannot use is ignored, and the form starts empty', async () => {
    sessionStorage.setItem(`care-widgets:volunteer-draft:${signupUrls.ok}`, '{"roles": "all", "name": 42, "availability": ["xx-noon", "mo-morning"], "confirmed_age": "21"');
    const broken = await mountSignup();
    expect(control(broken, 'Your name').value).to.equal('');
    broken.remove();
    sessionStorage.setItem(`care-widgets:volunteer-draft:${signupUrls.ok}`, `{"roles": "all", "name": 42, "availability": ["xx-noon", "mo-morning"], "confirmed_age": "21", "kept_at": ${NOW.getTime()}}`);
    const odd = await mountSignup();
    expect(control(odd, 'Your name').value).to.equal('');
    expect(shadowQueryAll<HTMLInputElement>(odd, 'input[name="roles"]:checked')).to.have.length(0);
    expect(control(odd, 'Monday, Morning').checked).to.equal(true);
    await tick(odd, 'Welcome host');
    expect(control(odd, 'I am 16 or older').checked).to.equal(false);
  });
});

describe('<care-volunteer-signup> spam', () => {
  it('keeps the honeypot from people and from autofill: not shown, not focusable, not read out, named and marked as nothing autofill fills', async () => {
    const el = await mountSignup();
    const honeypot = shadowQueryAll<HTMLInputElement>(el, 'input[name="_gotcha"]')[0];
    // Autofill (the browser's, a password manager's) and screen readers leave out a field with no box.
    expect(honeypot.getClientRects()).to.have.length(0);
    const before = deepActiveElement();
    honeypot.focus();
    expect(deepActiveElement()).to.equal(before);
    expect(honeypot.autocomplete).to.equal('off');
    // Nothing an autofill rule matches: not its name, id or label.
    const words = [honeypot.name, honeypot.id, ...[...(honeypot.labels ?? [])].map((l) => l.textContent)].join(' ');
    expect(words).not.to.match(/name|mail|phone|tel|addr|url|web|site|company|org|user|pass|card|zip|post|city/i);
  });

  it('a filled honeypot sends nothing, and is not thanked for: the person is told it was not accepted and keeps every answer and the email link; the page and the console are told', async () => {
    const el = await mountSignup();
    await fillValid(el);
    const honeypot = shadowQueryAll<HTMLInputElement>(el, 'input[name="_gotcha"]')[0];
    honeypot.value = 'https://spam.example';
    const sent = recordSignups();
    const events: string[] = [];
    for (const name of ['care-volunteer-submit', 'care-volunteer-sent']) el.addEventListener(name, () => events.push(name));
    const failed = oneEvent(el, 'care-volunteer-failed');
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => said.push(args.join(' '));
    try {
      await send(el);
      const { detail } = await failed;
      expect(detail).to.deep.include({ reason: 'rejected', message: 'Your signup was not accepted. Please try again, or email your answers to us instead.' });
    } finally {
      console.warn = warn;
    }
    await el.updateComplete;
    await wait(100);
    sent.stop();
    expect(sent.list).to.have.length(0);
    expect(events).to.deep.equal([]);
    expect(said.join('\n')).to.contain('"_gotcha"');
    expect(visibleText(el)).not.to.contain('Thank you');
    expect(shadowQueryAll(el, '[part="failure"]')[0].textContent).to.contain('Your signup was not accepted.');
    expect(shadowQueryAll(el, '[part="failure"] a[href^="mailto:"]')).to.have.length(1);
    expectFilledIn(el);
    await expect(el).to.be.accessible();
  });

  it('a person who takes longer than the minimum fill time is sent at once', async () => {
    const el = await mountSignup(volunteerFeeds.full, { minFillTime: 200 });
    await fillValid(el);
    await wait(250);
    let submitted = false;
    el.addEventListener('care-volunteer-submit', () => (submitted = true));
    const done = oneEvent(el, 'care-volunteer-sent');
    await send(el);
    expect(submitted, 'the signup left during the click').to.equal(true);
    await done;
  });

  it('a submit faster than the minimum fill time waits out the rest, then sends once: a fast person loses nothing', async () => {
    const mounted = Date.now();
    const el = await mountSignup(volunteerFeeds.full);
    await fillValid(el);
    // However long filling in took here, 400 ms of the minimum are still to come.
    el.minFillTime = Date.now() - mounted + 400;
    const sent = recordSignups();
    const done = oneEvent(el, 'care-volunteer-sent');
    await send(el);
    expect(sent.list, 'nothing has left yet').to.have.length(0);
    expect(visibleText(el)).to.contain('Sending your signup…');
    await send(el);
    await done;
    sent.stop();
    expect(sent.list).to.have.length(1);
  });

  it('a script that submits at once and leaves the page sends nothing', async () => {
    const mounted = Date.now();
    const el = await mountSignup(volunteerFeeds.full);
    await fillValid(el);
    el.minFillTime = Date.now() - mounted + 200;
    const sent = recordSignups();
    await send(el);
    el.remove();
    await wait(600); // well past the moment it would have been sent
    sent.stop();
    expect(sent.list).to.have.length(0);
  });
});
