/**
 * A 409 Conflict from the endpoint: to a signup that went out before (sent again by the person, by the browser
 * back online, or after a reload), it is the endpoint saying it has that submission_id already, so the signup
 * arrived; to a signup it had not had, it is a rejection, as any other 4xx.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { button, deepActiveElement, shadowQueryAll, until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { signupHandlers } from '../mocks/volunteer-handlers.js';
import { expectFilledIn, fillValid, mountSignup, send } from './helpers.js';
import { bodies, recordSignups, type SentRequest } from './record.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

type Answer = number | 'no answer' | 'lost';

/** A feed whose endpoint at `url` gives these answers, one an attempt, in turn (the last one again after). */
function answering(url: string, ...answers: Answer[]) {
  let attempt = 0;
  worker.use(http.post(url, () => {
    const answer = answers[Math.min(attempt++, answers.length - 1)];
    if (answer === 'no answer') return delay('infinite').then(() => HttpResponse.json({}));
    if (answer === 'lost') return HttpResponse.error();
    return answer === 409 ? HttpResponse.json({ error: 'Duplicate submission' }, { status: 409 }) : new HttpResponse(null, { status: answer });
  }));
  return volunteerFeed({ submit: { url, format: 'json', email: 'volunteer@riverside-peer.example.org' } });
}

const arrived = (list: SentRequest[], count: number) => until(() => list.length >= count && list.every((r) => r.body !== ''), 5000, `${count} request(s)`);
const thanks = (el: Element) => shadowQueryAll(el, '[part="thanks"]')[0];
const failure = (el: Element) => shadowQueryAll(el, '[part="failure"]')[0];
const draft = (url: string) => sessionStorage.getItem(`care-widgets:volunteer-draft:${url}`);
const NOT_ACCEPTED = 'Your signup was not accepted. Please try again, or email your answers to us instead.';

/** What came of the next attempt: care-volunteer-sent or care-volunteer-failed, whichever comes. */
const outcome = (el: CareVolunteerSignup) =>
  Promise.race([oneEvent(el, 'care-volunteer-sent'), oneEvent(el, 'care-volunteer-failed')]) as Promise<CustomEvent<{ submissionId: string; status?: number; reason?: string }>>;

/** The next attempt's outcome, which must be the signup received, with the 409 it got. */
async function receivedWith409(el: CareVolunteerSignup, how: () => unknown) {
  const came = outcome(el);
  await how();
  const event = await came;
  expect(event.type, 'what came of the attempt').to.equal('care-volunteer-sent');
  expect(event.detail.status).to.equal(409);
  return event;
}

/** Sends and waits for the failure; the answers are then still in the form. */
async function sendAndFail(el: CareVolunteerSignup, how: () => unknown = () => send(el)) {
  const came = outcome(el);
  await how();
  const event = await came;
  expect(event.type, 'what came of the attempt').to.equal('care-volunteer-failed');
  await el.updateComplete;
  return event;
}

describe('<care-volunteer-signup> a 409 Conflict from the endpoint', () => {
  before(startWorker);
  beforeEach(() => {
    sessionStorage.clear();
    worker.use(...signupHandlers);
  });
  afterEach(() => worker.resetHandlers());

  for (const first of [503, 'no answer', 'lost'] as const) {
    it(`to Try again after ${first === 503 ? 'a 503' : first === 'no answer' ? 'no answer in time' : 'a lost connection'}: the endpoint has the signup already, and the person is thanked`, async () => {
      const url = `/signups/conflict-after-${String(first).replace(' ', '-')}`;
      const el = await mountSignup(answering(url, first, 409), { sendTimeout: first === 'no answer' ? 300 : 15_000 });
      await fillValid(el);
      const sent = recordSignups(url);
      await sendAndFail(el);
      el.sendTimeout = 15_000;
      const event = await receivedWith409(el, () => button(el, 'Try again')!.click());
      await arrived(sent.list, 2);
      sent.stop();
      const [one, two] = bodies(sent.list);
      expect(two.submission_id).to.equal(one.submission_id);
      expect(event.detail).to.deep.equal({ submissionId: one.submission_id, status: 409 });
      await el.updateComplete;
      expect(visibleText(el)).to.equal('Thank you! Our volunteer coordinator will be in touch within a week.');
      expect(deepActiveElement()).to.equal(thanks(el));
      expect(draft(url)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('to the browser’s own try, back online: the person is thanked', async () => {
    const url = '/signups/conflict-back-online';
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await mountSignup(answering(url, 'lost', 409));
      await fillValid(el);
      const sent = recordSignups(url);
      expect((await sendAndFail(el)).detail.reason).to.equal('offline');
      delete (navigator as { onLine?: boolean }).onLine;
      await receivedWith409(el, () => window.dispatchEvent(new Event('online')));
      await arrived(sent.list, 2);
      sent.stop();
      expect(new Set(bodies(sent.list).map((b) => b.submission_id)).size).to.equal(1);
      await el.updateComplete;
      expect(thanks(el)).not.to.equal(undefined);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('to a try after a reload in the same tab: the person is thanked', async () => {
    const url = '/signups/conflict-after-reload';
    const feed = answering(url, 503, 409);
    const el = await mountSignup(feed);
    await fillValid(el);
    const sent = recordSignups(url);
    await sendAndFail(el);
    el.remove();
    const again = await mountSignup(feed);
    expectFilledIn(again);
    await receivedWith409(again, () => send(again));
    await arrived(sent.list, 2);
    sent.stop();
    expect(new Set(bodies(sent.list).map((b) => b.submission_id)).size).to.equal(1);
    await again.updateComplete;
    expect(thanks(again)).not.to.equal(undefined);
    expect(draft(url)).to.equal(null);
  });

  it('to a page that sent the signup itself the first time: the widget’s own try is thanked', async () => {
    const url = '/signups/conflict-after-the-page';
    const el = await mountSignup(answering(url, 409));
    await fillValid(el);
    const sent = recordSignups(url);
    el.addEventListener('care-volunteer-submit', (e) => e.preventDefault(), { once: true });
    await send(el);
    await receivedWith409(el, () => send(el));
    await arrived(sent.list, 1);
    sent.stop();
    expect(sent.list).to.have.length(1);
  });

  it('to a first send: not accepted, as any 4xx, every answer kept; and so it stays on Try again and after a reload', async () => {
    const url = '/signups/conflict-first';
    const feed = answering(url, 409);
    const el = await mountSignup(feed);
    await fillValid(el);
    const sent = recordSignups(url);
    const sentEvents: Event[] = [];
    const listen = (e: Event) => sentEvents.push(e);
    document.addEventListener('care-volunteer-sent', listen);
    try {
      const first = await sendAndFail(el);
      expect(first.detail).to.deep.include({ reason: 'rejected', status: 409, message: NOT_ACCEPTED });
      expect(failure(el).textContent).to.contain(NOT_ACCEPTED);
      expectFilledIn(el);
      await expect(el).to.be.accessible();
      // The same answer to the same signup is the same rejection, not a receipt.
      expect((await sendAndFail(el, () => button(el, 'Try again')!.click())).detail.reason).to.equal('rejected');
      el.remove();
      const again = await mountSignup(feed);
      expect((await sendAndFail(again)).detail).to.deep.include({ reason: 'rejected', status: 409 });
      expectFilledIn(again);
      await arrived(sent.list, 3);
      expect(new Set(bodies(sent.list).map((b) => b.submission_id)).size).to.equal(1);
      expect(sentEvents).to.have.length(0);
    } finally {
      sent.stop();
      document.removeEventListener('care-volunteer-sent', listen);
    }
  });
});
