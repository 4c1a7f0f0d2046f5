import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { button, deepActiveElement, shadowQueryAll, until, visibleText, warningsDuring } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';
import { signupUrls, volunteerFeed, volunteerFeeds, volunteerRoles } from '../mocks/volunteer-feeds.js';
import { signupHandlers } from '../mocks/volunteer-handlers.js';
import { control, expectFilledIn, fill, fillValid, mountSignup, NOW, send, tick } from './helpers.js';
import { bodies, failingOnce, recordSignups, type SentRequest } from './record.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SPEC_FIELDS = ['submission_id', 'submitted_at', 'roles', 'name', 'email', 'consent_version', 'consent_given_at', 'page'];
const OPTIONAL_FIELDS = ['phone', 'availability', 'languages', 'age_confirm', 'message'];

/** Waits until `count` requests have left and their bodies have been read. */
const arrived = (list: SentRequest[], count: number) => until(() => list.length >= count && list.every((r) => r.body !== ''), 5000, `${count} request(s)`);

const thanks = (el: Element) => shadowQueryAll(el, '[part="thanks"]')[0];
const failure = (el: Element) => shadowQueryAll(el, '[part="failure"]')[0];

describe('<care-volunteer-signup> sending', () => {
  before(startWorker);
  beforeEach(() => {
    sessionStorage.clear();
    worker.use(...signupHandlers);
  });
  afterEach(() => worker.resetHandlers());

  it('sends one JSON request with exactly the spec’s fields, no cookies, no more of the page’s address than its origin, asking for JSON back; then thanks the person and focuses the thanks', async () => {
    // A query string may hold what a person typed elsewhere (a newsletter link's email address).
    history.replaceState(null, '', `${location.pathname}?email=ada%40example.org#volunteer`);
    const el = await mountSignup();
    await fillValid(el);
    const sent = recordSignups();
    const done = oneEvent(el, 'care-volunteer-sent');
    await send(el);
    const event = await done;
    await arrived(sent.list, 1);
    sent.stop();
    history.replaceState(null, '', location.pathname);
    expect(sent.list).to.have.length(1);
    const [request] = sent.list;
    expect(request).to.deep.include({ url: signupUrls.ok, method: 'POST', contentType: 'application/json', accept: 'application/json', credentials: 'omit' });
    expect(request.referrer).to.equal('');
    const [body] = bodies(sent.list);
    expect(Object.keys(body).sort()).to.deep.equal([...SPEC_FIELDS, ...OPTIONAL_FIELDS].sort());
    expect(body).to.deep.include({
      submitted_at: NOW.toISOString(),
      roles: ['peer-facilitator'],
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      phone: '555 0142',
      availability: ['tu-evening'],
      languages: 'English, Tagalog',
      age_confirm: true,
      message: 'I can bake.',
      consent_version: '2026-09',
      consent_given_at: NOW.toISOString(),
      page: location.origin + location.pathname,
    });
    expect(body.submission_id).to.match(UUID);
    expect(event.detail).to.deep.equal({ submissionId: body.submission_id, status: 200 });
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Thank you! Our volunteer coordinator will be in touch within a week.');
    expect(deepActiveElement()).to.equal(thanks(el));
    await expect(el).to.be.accessible();
  });

  it('sends form-encoded where the feed says so: lists joined by commas and an empty _gotcha for hosted back-ends; no more of the page’s address than its origin', async () => {
    history.replaceState(null, '', `${location.pathname}?email=ada%40example.org#volunteer`);
    const el = await mountSignup(volunteerFeeds.form);
    await fillValid(el);
    await control(el, 'Welcome host').click();
    await control(el, 'Monday, Morning').click();
    const sent = recordSignups();
    await send(el);
    await arrived(sent.list, 1);
    sent.stop();
    history.replaceState(null, '', location.pathname);
    expect(sent.list[0]).to.deep.include({ contentType: 'application/x-www-form-urlencoded', accept: 'application/json', credentials: 'omit' });
    expect(sent.list[0].referrer).to.equal('');
    const form = new URLSearchParams(sent.list[0].body);
    expect([...form.keys()].sort()).to.deep.equal([...SPEC_FIELDS, ...OPTIONAL_FIELDS, '_gotcha'].sort());
    expect(form.get('roles')).to.equal('peer-facilitator,welcome-host');
    expect(form.get('availability')).to.equal('mo-morning,tu-evening');
    expect(form.get('age_confirm')).to.equal('true');
    expect(form.get('_gotcha')).to.equal('');
    expect(form.get('name')).to.equal('Ada Lovelace');
  });

  it('sends no optional field the feed does not ask for, and thanks with the default words when the feed has none', async () => {
    const el = await mountSignup(volunteerFeeds.minimal);
    await fill(el, 'Your name', 'Ada');
    await fill(el, 'Email', 'ada@example.org');
    await control(el, 'I agree').click();
    const sent = recordSignups();
    await send(el);
    await arrived(sent.list, 1);
    sent.stop();
    expect(Object.keys(bodies(sent.list)[0]).sort()).to.deep.equal([...SPEC_FIELDS].sort());
    await until(() => !!thanks(el));
    expect(visibleText(el)).to.equal('Thank you for offering to help. We will be in touch soon.');
  });

  it('sends no optional answer left blank, as JSON and form-encoded: no empty message, phone or languages, no empty list of times', async () => {
    for (const feed of [volunteerFeeds.full, volunteerFeeds.form]) {
      sessionStorage.clear();
      const el = await mountSignup(feed);
      await tick(el, 'Peer group facilitator');
      await fill(el, 'Your name', 'Ada Lovelace');
      await fill(el, 'Email', 'ada@example.org');
      // Spaces only, then nothing: no answer either way.
      await fill(el, 'Anything you would like us to know?', '   ');
      await fill(el, 'Languages you speak', 'Tagalog');
      await fill(el, 'Languages you speak', '');
      await tick(el, 'Tuesday, Evening');
      await tick(el, 'Tuesday, Evening');
      await tick(el, 'I am 21 or older');
      await tick(el, 'I agree');
      const sent = recordSignups();
      await send(el);
      await arrived(sent.list, 1);
      sent.stop();
      const form = feed === volunteerFeeds.form;
      const keys = form ? [...new URLSearchParams(sent.list[0].body).keys()] : Object.keys(bodies(sent.list)[0]);
      expect(keys.sort(), form ? 'form-encoded' : 'JSON').to.deep.equal([...SPEC_FIELDS, 'age_confirm', ...(form ? ['_gotcha'] : [])].sort());
      await until(() => !!thanks(el));
      el.remove();
    }
  });

  it('fires care-volunteer-submit with the payload before sending; a page that cancels it sends nothing', async () => {
    const el = await mountSignup();
    await fillValid(el);
    const sent = recordSignups();
    const submitted = oneEvent(el, 'care-volunteer-submit');
    el.addEventListener('care-volunteer-submit', (e) => e.preventDefault(), { once: true });
    await send(el);
    const event = await submitted;
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.include({ name: 'Ada Lovelace', roles: ['peer-facilitator'], consent_version: '2026-09' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.list).to.have.length(0);
    expect(control(el, 'Your name').value).to.equal('Ada Lovelace');
    // Not cancelled this time: it goes, with the same submission id.
    const again = oneEvent(el, 'care-volunteer-submit');
    await send(el);
    expect((await again).detail.submission_id).to.equal(event.detail.submission_id);
    await arrived(sent.list, 1);
    sent.stop();
    expect(sent.list).to.have.length(1);
  });

  it('sends once for a double click and for a second Enter', async () => {
    // The endpoint holds its answer until every click and key press is done.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    worker.use(http.post(signupUrls.ok, async () => {
      await held;
      return HttpResponse.json({ ok: true });
    }));
    const el = await mountSignup();
    await fillValid(el);
    const sent = recordSignups();
    const done = oneEvent(el, 'care-volunteer-sent');
    button(el, 'Send')!.click();
    button(el, 'Send')!.click();
    control(el, 'Your name').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    answer();
    await done;
    await new Promise((r) => setTimeout(r, 50));
    sent.stop();
    expect(sent.list).to.have.length(1);
  });

  it('sends age_confirm for the age the person confirmed only: roles asking more, chosen after, need a new tick', async () => {
    const el = await mountSignup();
    await tick(el, 'Welcome host');
    await tick(el, 'I am 16 or older');
    await tick(el, 'Peer group facilitator');
    await fill(el, 'Your name', 'Ada');
    await fill(el, 'Email', 'ada@example.org');
    await tick(el, 'I agree');
    const sent = recordSignups();
    await send(el);
    expect(shadowQueryAll(el, '[part="problems"] a').map((a) => a.textContent)).to.deep.equal(['Tick the box to confirm your age.']);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.list).to.have.length(0);
    await tick(el, 'I am 21 or older');
    await send(el);
    await arrived(sent.list, 1);
    sent.stop();
    expect(bodies(sent.list)[0]).to.deep.include({ roles: ['peer-facilitator', 'welcome-host'], age_confirm: true });
  });

  it('sends only roles the feed still has: one the feed takes out while the form is open is neither sent nor counted as a choice', async () => {
    const el = await mountSignup();
    await fillValid(el);
    await tick(el, 'Welcome host');
    const sent = recordSignups();
    // The page sets a new feed (or the feed is read again) without the facilitator role.
    el.feed = volunteerFeed({ roles: [volunteerRoles[1], volunteerRoles[2]] });
    await until(() => !visibleText(el).includes('Peer group facilitator'), 3000, 'the role taken out');
    await send(el);
    await arrived(sent.list, 1);
    expect(bodies(sent.list)[0]).to.deep.include({ roles: ['welcome-host'], age_confirm: true });

    // With only that role chosen, none is: the person is asked to choose one, and nothing goes.
    sessionStorage.clear();
    const only = await mountSignup();
    await fillValid(only);
    only.feed = volunteerFeed({ roles: [volunteerRoles[1], volunteerRoles[2]] });
    await until(() => !visibleText(only).includes('Peer group facilitator'), 3000, 'the role taken out');
    await send(only);
    expect(shadowQueryAll(only, '[part="problems"] a').map((a) => a.textContent)).to.deep.equal(['Choose at least one role.']);
    await new Promise((r) => setTimeout(r, 50));
    sent.stop();
    expect(sent.list).to.have.length(1);
  });

  it('asks no age and sends no age_confirm when no chosen role gives a minimum age', async () => {
    const el = await mountSignup();
    await tick(el, 'Warmline listener');
    await fill(el, 'Your name', 'Ada');
    await fill(el, 'Email', 'ada@example.org');
    await tick(el, 'I agree');
    expect(() => control(el, 'I am')).to.throw();
    const sent = recordSignups();
    await send(el);
    await arrived(sent.list, 1);
    sent.stop();
    // Nothing else was answered either, so nothing optional goes.
    expect(Object.keys(bodies(sent.list)[0]).sort()).to.deep.equal([...SPEC_FIELDS].sort());
  });

  it('while sending, nothing can be changed, so nothing typed then is lost: the fields are read-only, the boxes stay, the focus stays', async () => {
    // The endpoint holds its answer until the test lets it go.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    worker.use(http.post(signupUrls.ok, async () => {
      await held;
      return HttpResponse.json({ ok: true });
    }));
    // Fast hands: Send is pressed before the minimum fill time, so the signup waits out the rest first.
    const el = await mountSignup(volunteerFeeds.full, { minFillTime: 2500 });
    await fillValid(el);
    const sent = recordSignups(signupUrls.ok);
    const done = oneEvent(el, 'care-volunteer-sent');
    await send(el);
    expect(visibleText(el)).to.contain('Sending your signup…');
    const tryToChange = async (label: string) => {
      control(el, label).focus();
      await sendKeys({ type: 'Byron' });
      expect(control(el, label).readOnly, label).to.equal(true);
      expect(deepActiveElement(), label).to.equal(control(el, label));
    };
    // During the wait for the minimum fill time.
    await tryToChange('Your name');
    control(el, 'Monday, Morning').focus();
    await sendKeys({ press: ' ' });
    expect(deepActiveElement()).to.equal(control(el, 'Monday, Morning'));
    expect(control(el, 'Monday, Morning').checked).to.equal(false);
    await tick(el, 'Peer group facilitator');
    await tick(el, 'Tuesday, Evening');
    expect(sent.list).to.have.length(0);
    await expect(el).to.be.accessible();
    // During the request.
    await arrived(sent.list, 1);
    await tryToChange('Anything you would like');
    await tick(el, 'I agree');
    expectFilledIn(el);
    answer();
    await done;
    sent.stop();
    expect(bodies(sent.list)[0]).to.deep.include({ name: 'Ada Lovelace', roles: ['peer-facilitator'], availability: ['tu-evening'], message: 'I can bake.' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(thanks(el));
  });

  it('takes a phone number typed in Arabic-Indic digits, sends it in digits a receiver can dial, and leaves the form as typed', async () => {
    const el = await mountSignup();
    await fillValid(el);
    await fill(el, 'Phone', '٠١٢٣ ٤٥٦ ٧٨٩');
    const sent = recordSignups(signupUrls.ok);
    const done = oneEvent(el, 'care-volunteer-sent');
    const submitted = oneEvent(el, 'care-volunteer-submit');
    await send(el);
    expect(shadowQueryAll(el, '[part="problems"]')).to.have.length(0);
    expect(control(el, 'Phone').value).to.equal('٠١٢٣ ٤٥٦ ٧٨٩');
    expect((await submitted).detail.phone).to.equal('0123 456 789');
    await done;
    await arrived(sent.list, 1);
    sent.stop();
    expect(bodies(sent.list)[0].phone).to.equal('0123 456 789');
  });

  it('sends nothing while the answers have problems', async () => {
    const el = await mountSignup();
    await fill(el, 'Your name', 'Ada');
    const sent = recordSignups();
    await send(el);
    await send(el);
    await new Promise((r) => setTimeout(r, 50));
    sent.stop();
    expect(sent.list).to.have.length(0);
  });

  describe('when sending fails', () => {
    const kinds = [
      {
        reason: 'rejected', status: 422, fail: () => HttpResponse.json({ error: 'Form not found' }, { status: 422 }),
        words: 'Your signup was not accepted. Please try again, or email your answers to us instead.',
      },
      {
        reason: 'server', status: 503, fail: () => new HttpResponse('Unavailable', { status: 503 }),
        words: 'Our signup system has a problem right now. Please try again in a little while.',
      },
      {
        reason: 'network', status: undefined, fail: () => HttpResponse.error(),
        words: 'Your signup could not reach us. Please check your connection and try again.',
      },
      {
        reason: 'timeout', status: undefined, fail: () => delay('infinite').then(() => HttpResponse.json({})),
        words: 'No answer came back in time, so we cannot tell whether your signup arrived. Please try again.',
      },
    ] as const;

    for (const kind of kinds) {
      it(`${kind.reason}: keeps every value, says so in its own words, offers Try again and an email with the answers; the retry is the same signup`, async () => {
        const url = `/signups/${kind.reason}-once`;
        // A short limit only where no answer is the point: a slow engine's answer may take longer.
        const el = await mountSignup(failingOnce(url, kind.fail), { sendTimeout: kind.reason === 'timeout' ? 300 : 15_000 });
        await fillValid(el);
        const sent = recordSignups(url);
        const failed = oneEvent(el, 'care-volunteer-failed');
        await send(el);
        const event = await failed;
        await el.updateComplete;
        expect(event.detail).to.deep.include({ reason: kind.reason, message: kind.words, status: kind.status });
        expect(failure(el).textContent).to.contain(kind.words).and.contain('Your answers are still here.');
        expect(deepActiveElement()).to.equal(failure(el));
        expectFilledIn(el);
        const mail = shadowQueryAll<HTMLAnchorElement>(el, '[part="failure"] a')[0];
        expect(mail.textContent).to.equal('Email your answers instead');
        const href = new URL(mail.href);
        expect(href.protocol + href.pathname).to.equal('mailto:volunteer@riverside-peer.example.org');
        const mailBody = href.searchParams.get('body')!;
        for (const part of ['Peer group facilitator', 'Ada Lovelace', 'ada@example.org', '555 0142', 'Tuesday, Evening', 'I can bake.', event.detail.submissionId]) {
          expect(mailBody).to.contain(part);
        }
        expect(href.searchParams.get('subject')).to.equal('Volunteer signup');
        await expect(el).to.be.accessible();

        el.sendTimeout = 15_000;
        await fill(el, 'Phone', '555 0199'); // a correction before trying again is still the same signup
        const sentEvent = oneEvent(el, 'care-volunteer-sent');
        button(el, 'Try again')!.click();
        await sentEvent;
        await arrived(sent.list, 2);
        sent.stop();
        const [first, second] = bodies(sent.list);
        expect(first.submission_id).to.equal(event.detail.submissionId);
        expect(second.submission_id).to.equal(first.submission_id);
        expect(second.phone).to.equal('555 0199');
        await el.updateComplete;
        expect(deepActiveElement()).to.equal(thanks(el));
      });
    }

    it('offline: says so, keeps every value, and sends the same signup by itself when the browser is back online', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const url = '/signups/offline-once';
        const el = await mountSignup(failingOnce(url, () => HttpResponse.error()));
        await fillValid(el);
        const sent = recordSignups(url);
        const failed = oneEvent(el, 'care-volunteer-failed');
        await send(el);
        expect((await failed).detail.reason).to.equal('offline');
        await el.updateComplete;
        expect(failure(el).textContent).to.contain('You seem to be offline, so your signup has not been sent. It will be sent when you are back online.');
        expectFilledIn(el);
        await expect(el).to.be.accessible();
        delete (navigator as { onLine?: boolean }).onLine;
        const sentEvent = oneEvent(el, 'care-volunteer-sent');
        window.dispatchEvent(new Event('online'));
        await sentEvent;
        await arrived(sent.list, 2);
        sent.stop();
        expect(new Set(bodies(sent.list).map((b) => b.submission_id)).size).to.equal(1);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });

    for (const status of [301, 302, 303, 307, 308]) {
      it(`a redirect (${status}) is a failure that loses nothing, not the landing page's acceptance; the feed keeper is told`, async () => {
        const url = `/signups/moved-${status}`;
        const landed: string[] = [];
        worker.use(
          http.post(url, () => new HttpResponse(null, { status, headers: { Location: '/signups/thank-you-page' } })),
          http.all('/signups/thank-you-page', ({ request }) => {
            landed.push(request.method);
            return new HttpResponse('<h1>Thanks</h1>', { headers: { 'Content-Type': 'text/html' } });
          }),
        );
        const el = await mountSignup(volunteerFeed({ submit: { url, email: 'volunteer@riverside-peer.example.org' } }));
        await fillValid(el);
        const said: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => said.push(args.join(' '));
        try {
          const outcome = Promise.race([oneEvent(el, 'care-volunteer-sent'), oneEvent(el, 'care-volunteer-failed')]);
          await send(el);
          const event = await outcome;
          expect(event.type).to.equal('care-volunteer-failed');
          expect(event.detail.reason).to.equal('server');
        } finally {
          console.warn = warn;
        }
        await el.updateComplete;
        expect(landed, 'requests to the page the redirect names').to.deep.equal([]);
        expect(failure(el).textContent).to.contain('Our signup system has a problem right now.');
        expectFilledIn(el);
        expect(sessionStorage.getItem(`care-widgets:volunteer-draft:${url}`)).to.contain('Ada Lovelace');
        expect(said.join('\n')).to.contain('volunteering.submit.url').and.contain(url).and.contain('redirect');
      });
    }

    for (const [reason, url] of [['rejected', signupUrls.rejected], ['server', signupUrls.serverError]]) {
      it(`${reason}: is not sent again by itself when the browser says it is back online; that waits for the person`, async () => {
        const el = await mountSignup(volunteerFeed({ submit: { url, email: 'volunteer@riverside-peer.example.org' } }));
        await fillValid(el);
        const sent = recordSignups(url);
        const failed = oneEvent(el, 'care-volunteer-failed');
        await send(el);
        expect((await failed).detail.reason).to.equal(reason);
        window.dispatchEvent(new Event('online'));
        // A signup sent again shows at once that it is on its way, and its failure message goes.
        await el.updateComplete;
        expect(visibleText(el)).not.to.contain('Sending your signup…');
        expect(failure(el)).not.to.equal(undefined);
        const again = oneEvent(el, 'care-volunteer-failed');
        button(el, 'Try again')!.click();
        await again;
        sent.stop();
        expect(sent.list).to.have.length(2);
      });
    }

    /** The body of the fallback email, once sending has failed. */
    async function mailBodyAfterFailure(el: CareVolunteerSignup, sendLabel = 'Send'): Promise<string> {
      const failed = oneEvent(el, 'care-volunteer-failed');
      button(el, sendLabel)!.click();
      await failed;
      await el.updateComplete;
      return new URL(shadowQueryAll<HTMLAnchorElement>(el, '[part="failure"] a')[0].href).searchParams.get('body')!;
    }

    it('the email records the consent, its version and when it was given, and the age confirmed, as the payload does', async () => {
      const el = await mountSignup(volunteerFeed({ submit: { url: signupUrls.serverError, email: 'volunteer@riverside-peer.example.org' } }));
      await fillValid(el);
      await fill(el, 'Phone', '\u200e٥٥٥ ٠١٤٢\u200e');
      const body = await mailBodyAfterFailure(el);
      const given = NOW.toLocaleString('en', { dateStyle: 'long', timeStyle: 'long' });
      expect(given).to.contain('2026');
      expect(body).to.contain(`Confirmed\nI am 21 or older\n\nConsent given (version 2026-09)\n${given}\n\nReference\n`);
      // The phone number as the payload has it, in digits anyone can dial.
      expect(body).to.contain('Phone\n555 0142\n');
    });

    it('keeps the email link under 2,000 characters with a long message: the message is cut short with a note first, the rest of the record whole, every answer still in the form', async () => {
      const el = await mountSignup(volunteerFeed({ submit: { url: signupUrls.serverError, email: 'volunteer@riverside-peer.example.org' } }));
      await fillValid(el);
      // 4,000 characters, the most a message may hold, in a script each of whose letters takes six in the link.
      const message = 'أستطيع المساعدة في أمسيات الثلاثاء. '.repeat(200).slice(0, 4000);
      await fill(el, 'Anything you would like us to know?', message);
      await tick(el, 'Monday, Morning');
      const body = await mailBodyAfterFailure(el);
      const href = shadowQueryAll<HTMLAnchorElement>(el, '[part="failure"] a')[0].getAttribute('href')!;
      expect(href.length).to.be.at.most(2000);
      expect(body.startsWith('Some answers were cut short (…) to fit in an email. All of them are still in the signup form, to copy in here.\n\n')).to.equal(true);
      const cut = body.split('Anything you would like us to know?\n')[1].split('\n')[0];
      expect(cut.endsWith('…')).to.equal(true);
      expect(message.startsWith(cut.slice(0, -1))).to.equal(true);
      expect(cut.length).to.be.above(100);
      for (const whole of ['Your name\nAda Lovelace\n', 'When could you usually help?\nMonday, Morning; Tuesday, Evening\n', 'Consent given (version 2026-09)\n', 'Reference\n']) expect(body).to.contain(whole);
      expect(body).to.match(/Reference\n[0-9a-f-]{36}\n$/);
      expect(control(el, 'Anything you would like us to know?').value).to.equal(message);
    });

    it('leaves a short email as it is, with no note', async () => {
      const el = await mountSignup(volunteerFeed({ submit: { url: signupUrls.serverError, email: 'volunteer@riverside-peer.example.org' } }));
      await fillValid(el);
      const body = await mailBodyAfterFailure(el);
      expect(body).not.to.contain('cut short').and.not.to.contain('…');
      expect(body).to.contain('Anything you would like us to know?\nI can bake.\n');
    });

    it('writes that record in the person’s language, and leaves out an age no chosen role asks', async () => {
      const el = await mountSignup(volunteerFeed({ submit: { url: signupUrls.serverError, email: 'volunteer@riverside-peer.example.org' } }));
      el.lang = 'es';
      await until(() => visibleText(el).includes('Enviar'), 3000, 'the Spanish strings');
      await tick(el, 'Facilitador de grupo de pares');
      await tick(el, 'Tengo 21 años o más');
      await fill(el, 'Su nombre', 'Ada');
      await fill(el, 'Correo electrónico', 'ada@example.org');
      await tick(el, 'I agree');
      const body = await mailBodyAfterFailure(el, 'Enviar');
      expect(body).to.contain('Confirmado\nTengo 21 años o más\n\nConsentimiento dado (versión 2026-09)\n');
      expect(body).to.contain(NOW.toLocaleString('es', { dateStyle: 'long', timeStyle: 'long' })).and.contain('noviembre de 2026');
      button(el, 'Borrar el formulario')!.click();
      await el.updateComplete;
      await tick(el, 'Warmline listener');
      await fill(el, 'Su nombre', 'Ada');
      await fill(el, 'Correo electrónico', 'ada@example.org');
      await tick(el, 'I agree');
      const second = await mailBodyAfterFailure(el, 'Enviar');
      expect(second).not.to.contain('Confirmado').and.not.to.contain('Tengo');
      expect(second).to.contain('Consentimiento dado (versión 2026-09)');
      await expect(el).to.be.accessible();
    });

    for (const written of ['mailto:volunteer@example.org', 'Volunteer team <volunteer@example.org>', 'volunteer@example.org (weekdays)', ' volunteer@example.org ']) {
      it(`writes the email to the address in a fallback written as ${JSON.stringify(written)}`, async () => {
        const el = await mountSignup(volunteerFeed({ submit: { url: signupUrls.serverError, email: written } }));
        await fillValid(el);
        const failed = oneEvent(el, 'care-volunteer-failed');
        await send(el);
        await failed;
        await el.updateComplete;
        const href = new URL(shadowQueryAll<HTMLAnchorElement>(el, '[part="failure"] a')[0].href);
        expect(href.protocol + href.pathname).to.equal('mailto:volunteer@example.org');
        expect(href.searchParams.get('body')).to.contain('Ada Lovelace');
      });
    }

    for (const [what, email] of [['holds no address, and tells the feed keeper', 'volunteer at example dot org'], ['is not given', undefined]] as const) {
      it(`offers no email link when the fallback address ${what}`, async () => {
        let el!: CareVolunteerSignup;
        const said = await warningsDuring(async () => {
          el = await mountSignup(volunteerFeed({ submit: { url: signupUrls.serverError, email } }));
        });
        if (email) expect(said.join('\n')).to.contain('volunteering.submit.email').and.contain(`"${email}" holds no email address`);
        await fillValid(el);
        const failed = oneEvent(el, 'care-volunteer-failed');
        await send(el);
        await failed;
        await el.updateComplete;
        expect(shadowQueryAll(el, '[part="failure"] a')).to.have.length(0);
        expect(button(el, 'Try again')?.type).to.equal('button');
      });
    }
  });
});
