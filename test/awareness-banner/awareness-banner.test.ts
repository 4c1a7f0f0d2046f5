import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { forgetFeed } from '../../src/feed/load.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds, messages } from '../mocks/feeds.js';
import { failingFeedUrls, failingOnce, feedUrl } from '../mocks/handlers.js';
import { recordRequests, startWorker, worker } from '../mocks/browser.js';
import { button, contextOf, deepActiveElement, mountLoaded, shadowQueryAll, until, visibleText, wait } from '../helpers.js';
import { installClock, type FakeClock } from '../fake-clock.js';

const mount = (template: ReturnType<typeof html>) => mountLoaded<CareAwarenessBanner>(template);
const messageText = (el: CareAwarenessBanner) => shadowQueryAll(el, '[part~="message"] [part="text"]').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('<care-awareness-banner>', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => worker.resetHandlers());
  // Test files share the origin's storage: dismissals left here would hide messages from the files run after this one.
  after(() => localStorage.clear());

  describe('showing messages', () => {
    it('shows the message from its src, and passes axe', async () => {
      const { el, event } = await mount(html`<care-awareness-banner src=${feedUrl('oneMessage')}></care-awareness-banner>`);
      expect(event.type).to.equal('care-feed-load');
      expect(visibleText(el)).to.contain('Listening helps more than advice.');
      await expect(el).to.be.accessible();
    });

    it('reads an inline JSON child when there is no src', async () => {
      const el = document.createElement('care-awareness-banner');
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(feeds.oneMessage) });
      el.append(script);
      setTimeout(() => document.body.append(el));
      await oneEvent(el, 'care-feed-load');
      await el.updateComplete;
      expect(messageText(el)).to.deep.equal(['Listening helps more than advice.']);
      el.remove();
    });

    it('prefers the feed property over src, and then asks no server', async () => {
      const requests = recordRequests();
      const el = await fixture<CareAwarenessBanner>(html`<care-awareness-banner .feed=${feeds.rotating} src=${feedUrl('urgent')}></care-awareness-banner>`);
      await wait(100);
      requests.stop();
      expect(messageText(el)[0]).to.contain('Listening helps');
      expect(shadowQueryAll(el, '[role="alert"]')).to.have.length(0);
      expect(requests.list).to.deep.equal([]);
    });

    it('uses the feed of the nearest <care-feed>', async () => {
      const wrapper = await fixture(html`<care-feed src=${feedUrl('urgent')}><div><care-awareness-banner></care-awareness-banner></div></care-feed>`);
      const el = wrapper.querySelector('care-awareness-banner')!;
      await until(() => visibleText(el).includes('helpline'), 3000, 'the urgent message');
      expect(shadowQueryAll(el, '[role="alert"]')).to.have.length(1);
    });

    it('makes one request per feed URL, however many widgets use it', async () => {
      const requests = recordRequests();
      const url = `${feedUrl('rotating')}?shared=1`;
      // fixtureSync: a plain wrapper would make fixture() wait for an animation frame, which a background tab never gets.
      const wrapper = fixtureSync(html`<div>
        <care-awareness-banner src=${url}></care-awareness-banner>
        <care-awareness-banner src=${url}></care-awareness-banner>
        <care-feed src=${url}><care-awareness-banner></care-awareness-banner></care-feed>
      </div>`);
      const banners = [...wrapper.querySelectorAll('care-awareness-banner')];
      await until(() => banners.every((b) => visibleText(b).includes('Listening')), 3000, 'all three banners');
      requests.stop();
      expect(requests.list.filter((r) => r.includes('/feeds/rotating.json'))).to.have.length(1);
    });

    it('never lets a stale answer overwrite a newer source', async () => {
      const el = await fixture<CareAwarenessBanner>(html`<care-awareness-banner src=${failingFeedUrls.slow}></care-awareness-banner>`);
      el.src = feedUrl('urgent');
      await until(() => visibleText(el).includes('helpline'), 3000, 'the newer feed');
      await wait(1700); // the slow feed (one message, no urgent one) answers after 1.5 s
      expect(shadowQueryAll(el, '[role="alert"]')).to.have.length(1);
      expect(visibleText(el)).to.contain('Message 1 of 2');
    });

    it('shows Text in the language of its lang attribute, with translated controls', async () => {
      const { el } = await mount(html`<care-awareness-banner lang="es" src=${feedUrl('rotating')}></care-awareness-banner>`);
      await until(() => !!button(el, 'Mensaje siguiente'), 2000, 'Spanish strings');
      expect(messageText(el)[0]).to.contain('Escuchar ayuda más que aconsejar.');
      expect(button(el, 'Pausar mensajes')).not.to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('takes its language from the nearest lang up the page', async () => {
      const wrapper = fixtureSync(html`<section lang="es-MX"><care-awareness-banner .feed=${feeds.oneMessage}></care-awareness-banner></section>`);
      const el = wrapper.querySelector('care-awareness-banner')!;
      await until(() => visibleText(el).includes('Escuchar'), 2000, 'Spanish text');
    });

    it('lays out right to left for Arabic', async () => {
      const { el } = await mount(html`<care-awareness-banner lang="ar" .feed=${feeds.arabic}></care-awareness-banner>`);
      const base = shadowQueryAll(el, '[part="base"]')[0];
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(messageText(el)[0]).to.contain('الاستماع');
      await expect(el).to.be.accessible();
    });

    it('shows only messages whose window holds now, in the organization’s zone', async () => {
      const windowed = { ...feeds.oneMessage, messages: [{ id: 'march', text: 'Spring fair on Sunday', starts: '2026-02-25', ends: '2026-03-01' }] };
      // 2026-03-02 03:00 UTC is still 1 March, 21:00 in Chicago: shown (ends is inclusive).
      const { el } = await mount(html`<care-awareness-banner .now=${new Date('2026-03-02T03:00:00Z')} .feed=${windowed}></care-awareness-banner>`);
      expect(messageText(el)).to.deep.equal(['Spring fair on Sunday']);
      el.now = new Date('2026-03-02T07:00:00Z'); // 2 March, 01:00 in Chicago
      await el.updateComplete;
      expect(messageText(el)).to.deep.equal([]);
      el.now = new Date('2026-02-25T05:59:00Z'); // 24 Feb, 23:59 in Chicago
      await el.updateComplete;
      expect(messageText(el)).to.deep.equal([]);
      el.now = new Date('2026-02-25T06:00:00Z'); // 25 Feb, 00:00 in Chicago
      await el.updateComplete;
      expect(messageText(el)).to.deep.equal(['Spring fair on Sunday']);
    });

    it('keeps its space, busy and quiet, while the feed loads, and passes axe', async () => {
      const el = await fixture<CareAwarenessBanner>(html`<care-awareness-banner src=${failingFeedUrls.never}></care-awareness-banner>`);
      const base = shadowQueryAll(el, '[part="base"]')[0];
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(messageText(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('builds no date or number formatter for messages without dates, rotating or not (Intl\'s first use costs a page tens of ms)', async () => {
      const RealDates = Intl.DateTimeFormat;
      const realNumber = Number.prototype.toLocaleString;
      const built: string[] = [];
      Intl.DateTimeFormat = new Proxy(RealDates, { construct: (target, args) => (built.push('date'), Reflect.construct(target, args)) });
      Number.prototype.toLocaleString = function (this: number, ...args: Parameters<number['toLocaleString']>) {
        built.push(`number ${this}`);
        return realNumber.apply(this, args);
      };
      try {
        // A zone no other test reads, so no verdict or formatter is remembered from before.
        let el!: CareAwarenessBanner;
        for (const feed of [feeds.oneMessage, feeds.rotating]) {
          // One banner at a time: a second on the page writes its number in its landmark's name ("Awareness messages 2").
          el?.remove();
          el = await fixture<CareAwarenessBanner>(html`<care-awareness-banner .feed=${{ ...feed, organization: { ...feed.organization, timezone: 'America/Winnipeg' } }}></care-awareness-banner>`);
          await until(() => messageText(el).length > 0, 3000, 'the message');
        }
        expect(visibleText(el)).to.match(/1 of \d/);
        expect(built).to.deep.equal([]);
      } finally {
        Intl.DateTimeFormat = RealDates;
        Number.prototype.toLocaleString = realNumber;
      }
    });

    it('collapses when no message is showing', async () => {
      const { el } = await mount(html`<care-awareness-banner src=${feedUrl('empty')}></care-awareness-banner>`);
      expect(el.getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('shows the good message of a partly broken feed and reports what it skipped', async () => {
      const { el, event } = await mount(html`<care-awareness-banner src=${feedUrl('partlyBroken')}></care-awareness-banner>`);
      expect(messageText(el)).to.deep.equal(['A message with a hostile link.']);
      expect(visibleText(el)).to.contain('Message 1 of 2');
      button(el, 'Next message')!.click();
      await el.updateComplete;
      expect(messageText(el)).to.deep.equal(['Listening helps more than advice.']);
      const skipped = (event.detail.skipped as { path: string }[]).map((p) => p.path);
      expect(skipped).to.include.members(['messages[0].id', 'messages[1].text', 'messages[3].starts']);
      expect(shadowQueryAll(el, 'a')).to.have.length(0);
    });

    it('shows hostile text as text and drops unsafe links', async () => {
      const hostile = {
        ...feeds.oneMessage,
        messages: [{ id: 'x', text: '<img src=x onerror="window.__pwned=1"><b>bold</b>', link: { text: '<script>alert(1)</script>', url: ' JaVa\tScRiPt:alert(1)' } }],
      };
      const { el } = await mount(html`<care-awareness-banner .feed=${hostile}></care-awareness-banner>`);
      expect(visibleText(el)).to.contain('<img src=x onerror="window.__pwned=1"><b>bold</b>');
      expect(shadowQueryAll(el, 'img, b, script, a')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    const failures: [string, string, string][] = [
      ['a missing file', failingFeedUrls.notFound, 'http-404'],
      ['a server error', failingFeedUrls.serverError, 'http-500'],
      ['a file that is not JSON', failingFeedUrls.notJson, 'not-json'],
      ['an unknown version', failingFeedUrls.badVersion, 'bad-version'],
      ['a network failure', failingFeedUrls.networkError, 'network'],
    ];
    for (const [what, url, code] of failures) {
      it(`says so calmly on ${what} (${code}), and passes axe`, async () => {
        const { el, event } = await mount(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
        expect(event.type).to.equal('care-feed-error');
        expect(event.detail.code).to.equal(code);
        expect(event.detail.message).to.match(/\S/);
        const error = shadowQueryAll(el, '[part="error"]')[0];
        expect(error.textContent).to.contain('can’t be shown right now');
        expect(error.textContent).to.contain(code === 'http-500' ? 'The server had a problem' : code === 'http-404' ? 'could not be found' : '');
        expect(error.textContent).not.to.match(/Error:|at \w+ \(/);
        await expect(el).to.be.accessible();
      });
    }

    it('says it has no feed when given none', async () => {
      const { el, event } = await mount(html`<care-awareness-banner></care-awareness-banner>`);
      expect(event.detail.code).to.equal('no-feed');
      expect(visibleText(el)).to.contain('No information has been connected');
    });

    it('tries again from the error message, by keyboard', async () => {
      const flaky = failingOnce('/feeds/flaky.json', feeds.oneMessage);
      worker.use(flaky.handler);
      const { el } = await mount(html`<care-awareness-banner src="/feeds/flaky.json"></care-awareness-banner>`);
      button(el, 'Try again')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => visibleText(el).includes('Listening'), 3000, 'the feed after retrying');
      expect(flaky.requests).to.equal(2);
    });

    it('shows the saved copy, with a quiet note, when the network fails later', async () => {
      const url = '/feeds/saved-copy.json';
      worker.use(http.get(url, () => HttpResponse.json(feeds.oneMessage), { once: true }));
      const first = await mount(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
      expect(visibleText(first.el)).to.contain('Listening');
      first.el.remove();
      forgetFeed(url); // as on a later visit
      worker.use(http.get(url, () => HttpResponse.error()));
      const errors: CustomEvent[] = [];
      document.addEventListener('care-feed-error', (e) => errors.push(e as CustomEvent), { once: true });
      const { el, event } = await mount(html`<care-awareness-banner src=${url}></care-awareness-banner>`);
      expect(event.type).to.equal('care-feed-load');
      expect(event.detail.savedAt).to.be.a('string');
      // After care-feed-load, once the failure has its words for the webmaster.
      await until(() => errors.length > 0, 3000, 'care-feed-error');
      expect(errors[0].detail).to.include({ code: 'network', savedCopy: true });
      expect(errors[0].detail.message).to.contain('could not be fetched');
      expect(visibleText(el)).to.contain('Listening');
      expect(shadowQueryAll(el, '[part="saved-note"]')[0].textContent).to.match(/^Saved copy from \w+ \d+, \d{4}\s+Try again$/);
      await expect(el).to.be.accessible();
    });
  });

  describe('rotation', () => {
    // The clock is a stand-in here (test/fake-clock.ts): rotation waits 5 seconds at least, and tests need not.
    let clock: FakeClock | undefined;
    afterEach(() => clock?.restore());

    it('rotates through several messages at its interval', async () => {
      clock = installClock(new Date());
      const { el } = await mount(html`<care-awareness-banner interval="6" .feed=${feeds.rotating}></care-awareness-banner>`);
      expect(visibleText(el)).to.contain('Message 1 of 3');
      await clock.tick(5999);
      expect(visibleText(el)).to.contain('Message 1 of 3');
      await clock.tick(1);
      expect(visibleText(el)).to.contain('Message 2 of 3');
      expect(messageText(el)[0]).to.contain('It is okay to talk');
      clock.restore(); // axe schedules its work with setTimeout
      await expect(el).to.be.accessible();
    });

    it('announces the first message once, not on every rotation', async () => {
      clock = installClock(new Date());
      const { el } = await mount(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
      const status = shadowQueryAll(el, '[role="status"]')[0];
      expect(status.textContent).to.contain('Listening');
      await clock.tick(16_000);
      expect(visibleText(el)).to.contain('Message 3 of 3');
      expect(status.textContent!.trim()).to.equal('');
      expect(shadowQueryAll(el, '[part="message"]')[0].closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    });

    it('announces the first message of a new feed, whether the feed property, its src or its <care-feed> changed', async () => {
      const status = (el: Element) => shadowQueryAll(el, '[role="status"]')[0]?.textContent?.trim();
      const { el } = await mount(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
      expect(status(el)).to.equal('Listening helps more than advice.');
      el.feed = feeds.urgent;
      await el.updateComplete;
      expect(status(el)).to.equal('Listening helps more than advice.'); // its first rotating message is the same one
      el.feed = { ...feeds.rotating, messages: [messages.help, messages.talk] };
      await el.updateComplete;
      expect(status(el)).to.equal('Asking for help is a sign of strength.');
      expect(messageText(el)).to.deep.equal(['Asking for help is a sign of strength.']);

      el.feed = undefined;
      el.src = feedUrl('rotating');
      await until(() => status(el) === 'Listening helps more than advice.', 3000, 'the first message of the src');

      const wrapper = fixtureSync(html`<care-feed src=${feedUrl('rotating')}><care-awareness-banner></care-awareness-banner></care-feed>`);
      const inner = wrapper.querySelector('care-awareness-banner')!;
      await until(() => status(inner) === 'Listening helps more than advice.', 3000, 'the first message of the <care-feed>');
      worker.use(http.get('/banner/help-first.json', () => HttpResponse.json({ ...feeds.rotating, messages: [messages.help, messages.listening] })));
      wrapper.setAttribute('src', '/banner/help-first.json');
      await until(() => status(inner) === 'Asking for help is a sign of strength.', 3000, 'the first message of the <care-feed>\'s new feed');
      await expect(el).to.be.accessible();
    });

    it('stops while the pointer is over it or focus is inside, and stays paused once paused', async () => {
      clock = installClock(new Date());
      const { el } = await mount(html`<care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>`);
      const base = shadowQueryAll(el, '[part="base"]')[0];
      base.dispatchEvent(new PointerEvent('pointerenter'));
      const shownWhileHovered = visibleText(el);
      await clock.tick(60_000);
      expect(visibleText(el)).to.equal(shownWhileHovered);
      base.dispatchEvent(new PointerEvent('pointerleave'));
      await clock.tick(8000);
      expect(visibleText(el)).not.to.equal(shownWhileHovered);

      button(el, 'Pause messages')!.click();
      await el.updateComplete;
      const shownWhenPaused = visibleText(el);
      base.dispatchEvent(new PointerEvent('pointerenter'));
      base.dispatchEvent(new PointerEvent('pointerleave'));
      await clock.tick(60_000);
      expect(visibleText(el)).to.equal(shownWhenPaused);
      expect(button(el, 'Play messages')).not.to.equal(undefined);
    });

    it('is stepped through, paused and played from the keyboard', async () => {
      const { el } = await mount(html`<care-awareness-banner src=${feedUrl('rotating')}></care-awareness-banner>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' }); // message 1 has no link, so the first stop is "previous"
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Previous message');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Message 3 of 3');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Pause messages');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Play messages');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Next message');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Message 2 of 3');
      expect(messageText(el)).to.deep.equal(['It is okay to talk about how you feel. Find a peer circle']);
      before.remove();
    });

    it('reaches a message’s link from the keyboard', async () => {
      const { el } = await mount(html`<care-awareness-banner .feed=${{ ...feeds.oneMessage, messages: [messages.talk] }}></care-awareness-banner>`);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const link = deepActiveElement() as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(link.textContent).to.equal('Find a peer circle');
      expect(link.getAttribute('href')).to.equal('/circles');
      before.remove();
    });

    it('keeps an urgent message in an alert that never rotates away', async () => {
      clock = installClock(new Date());
      const { el } = await mount(html`<care-awareness-banner .feed=${feeds.urgent}></care-awareness-banner>`);
      const alerts = shadowQueryAll(el, '[role="alert"]');
      expect(alerts).to.have.length(1);
      expect(alerts[0].textContent).to.contain('helpline is open');
      await clock.tick(8000);
      expect(visibleText(el)).to.contain('Message 2 of 2');
      expect(shadowQueryAll(el, '[role="alert"]')[0]).to.equal(alerts[0]);
      expect(alerts[0].textContent).to.contain('helpline is open');
      clock.restore();
      await expect(el).to.be.accessible();
    });
  });

  describe('dismissing', () => {
    it('says which message each dismiss button is for', async () => {
      const closure = { id: 'closure', text: 'The hall is closed on Monday.', tone: 'urgent' };
      const { el } = await mount(html`<care-awareness-banner .feed=${{ ...feeds.urgent, messages: [messages.urgent, closure, messages.talk, messages.help] }}></care-awareness-banner>`);
      const buttons = shadowQueryAll(el, '[part~="dismiss"]');
      expect(buttons.map((b) => b.getAttribute('aria-label')).join(', ')).to.equal('Dismiss this message, Dismiss this message, Dismiss this message');
      expect(buttons.map(contextOf).join(' / ')).to.equal([messages.urgent.text, closure.text, 'It is okay to talk about how you feel. Find a peer circle'].join(' / '));
    });

    it('dismisses by keyboard, remembers it by id and text, and nothing else', async () => {
      const { el } = await mount(html`<care-awareness-banner src=${feedUrl('oneMessage')}></care-awareness-banner>`);
      button(el, 'Dismiss this message')!.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'care-message-dismiss');
      expect(event.detail).to.deep.equal({ id: 'listening' });
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(0);
      // Focus stays where the banner was, not thrown to the top of the page.
      expect(document.activeElement === el, 'focus on the banner').to.equal(true);
      const stored = Object.keys(localStorage).filter((k) => !k.startsWith('care-widgets:feed:'));
      expect(stored).to.deep.equal(['care-widgets:dismissed']);
      expect(localStorage.getItem('care-widgets:dismissed')).not.to.contain('Listening');

      const again = await mount(html`<care-awareness-banner src=${feedUrl('oneMessage')}></care-awareness-banner>`);
      expect(visibleText(again.el)).not.to.contain('Listening');
      const edited = { ...feeds.oneMessage, messages: [{ ...messages.listening, text: 'Listening helps, more than advice does.' }] };
      const afterEdit = await mount(html`<care-awareness-banner .feed=${edited}></care-awareness-banner>`);
      expect(visibleText(afterEdit.el)).to.contain('Listening helps, more than advice does.');
    });

    it('leaves the other urgent messages as they were when one is dismissed, so none is read out again, and passes axe', async () => {
      const storm = { id: 'storm', text: 'The drop-in is closed today for the storm.', tone: 'urgent' };
      const { el } = await mount(html`<care-awareness-banner .feed=${{ ...feeds.oneMessage, messages: [messages.urgent, storm] }}></care-awareness-banner>`);
      const [, second] = shadowQueryAll(el, '[role="alert"]');
      const textBefore = second.textContent;
      expect(textBefore).to.contain('closed today for the storm');
      const changes = new MutationObserver(() => undefined);
      changes.observe(second, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => button(el, 'Dismiss this message')!.click());
      expect((await oneEvent(el, 'care-message-dismiss')).detail).to.deep.equal({ id: 'winter-line' });
      await el.updateComplete;
      const alerts = shadowQueryAll(el, '[role="alert"]');
      expect(alerts).to.have.length(1);
      expect(alerts[0] === second, 'the second message keeps its element').to.equal(true);
      expect(second.textContent).to.equal(textBefore);
      expect(changes.takeRecords()).to.deep.equal([]);
      changes.disconnect();
      await expect(el).to.be.accessible();
    });

    it('moves focus to the next dismiss button when an urgent message is dismissed from the keyboard', async () => {
      const storm = { id: 'storm', text: 'The drop-in is closed today for the storm.', tone: 'urgent' };
      const { el } = await mount(html`<care-awareness-banner .feed=${{ ...feeds.rotating, messages: [messages.urgent, storm, messages.listening] }}></care-awareness-banner>`);
      button(el, 'Dismiss this message')!.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      expect((await oneEvent(el, 'care-message-dismiss')).detail).to.deep.equal({ id: 'winter-line' });
      await el.updateComplete;
      // The dismissed message's own button is gone from the page, not merely given another message.
      await until(() => !!deepActiveElement()?.isConnected && deepActiveElement() !== document.body, 1000, 'focus inside the banner');
      const focused = deepActiveElement() as HTMLElement;
      expect(focused.getAttribute('aria-label')).to.equal('Dismiss this message');
      expect(focused.closest('[role="alert"]')?.textContent).to.contain('closed today for the storm');
      await expect(el).to.be.accessible();
    });

    it('keeps a message dismissed when its translations are reordered or one is added, and shows it again when its text is edited', async () => {
      const first = await mount(html`<care-awareness-banner .feed=${feeds.oneMessage}></care-awareness-banner>`);
      button(first.el, 'Dismiss this message')!.click();
      const withText = (text: Record<string, string>) => ({ ...feeds.oneMessage, messages: [{ ...messages.listening, text }] });
      const reordered = withText({ es: 'Escuchar ayuda más que aconsejar.', en: 'Listening helps more than advice.' });
      const added = withText({ en: 'Listening helps more than advice.', es: 'Escuchar ayuda más que aconsejar.', fr: 'Écouter aide plus que conseiller.' });
      for (const feed of [reordered, added]) {
        const { el } = await mount(html`<care-awareness-banner .feed=${feed}></care-awareness-banner>`);
        expect(messageText(el)).to.deep.equal([]);
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
      const edited = withText({ es: 'Escuchar ayuda más que aconsejar.', en: 'Listening helps more than any advice.' });
      const { el } = await mount(html`<care-awareness-banner .feed=${edited}></care-awareness-banner>`);
      expect(messageText(el)).to.deep.equal(['Listening helps more than any advice.']);
      await expect(el).to.be.accessible();
    });

    it('still honours dismissals this browser kept before, of a plain text and of a translation map', async () => {
      // As the banner stored them until now: the id and a hash of the Text as written (a map in the feed's order).
      localStorage.setItem('care-widgets:dismissed', JSON.stringify(['listening:1u3lu1', 'talk:5fl9nb']));
      const { el } = await mount(html`<care-awareness-banner .feed=${{ ...feeds.rotating, messages: [messages.listening, messages.talk] }}></care-awareness-banner>`);
      expect(visibleText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('has no dismiss button with no-dismiss, and shows messages dismissed before', async () => {
      const first = await mount(html`<care-awareness-banner .feed=${feeds.oneMessage}></care-awareness-banner>`);
      button(first.el, 'Dismiss this message')!.click();
      const { el } = await mount(html`<care-awareness-banner no-dismiss .feed=${feeds.oneMessage}></care-awareness-banner>`);
      expect(button(el, 'Dismiss this message')).to.equal(undefined);
      expect(visibleText(el)).to.contain('Listening');
      await expect(el).to.be.accessible();
    });

    it('reads out the message a person moves to with Previous or Next, but not the turns it takes by itself', async () => {
      const { el } = await mount(html`<care-awareness-banner src=${feedUrl('rotating')}></care-awareness-banner>`);
      const text = () => shadowQueryAll(el, '[part="message"] [part="text"]')[0];
      // Rotating by itself: not live.
      expect(text().getAttribute('aria-live')).to.equal('off');
      button(el, 'Next message')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Message 2 of 3');
      expect(text().getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('dismisses a message from every banner on the page showing it', async () => {
      const wrapper = fixtureSync(html`<div>
        <care-awareness-banner .feed=${feeds.rotating}></care-awareness-banner>
        <care-awareness-banner .feed=${feeds.oneMessage}></care-awareness-banner>
      </div>`);
      const [first, second] = wrapper.querySelectorAll('care-awareness-banner');
      await until(() => [first, second].every((b) => visibleText(b).includes('Listening')), 3000, 'both banners');
      button(first, 'Dismiss this message')!.click();
      await until(() => !visibleText(second).includes('Listening'), 3000, 'the message gone from the second banner');
      expect(second.getBoundingClientRect().height).to.equal(0);
      expect(visibleText(first)).to.contain('It is okay to talk');
    });

    it('moves on to the next message after a dismissal', async () => {
      const { el } = await mount(html`<care-awareness-banner src=${feedUrl('rotating')}></care-awareness-banner>`);
      button(el, 'Dismiss this message')!.click();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Message 1 of 2');
      expect(visibleText(el)).to.contain('It is okay to talk');
    });
  });
});
