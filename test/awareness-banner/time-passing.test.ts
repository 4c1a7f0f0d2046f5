import { expect, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds } from '../mocks/feeds.js';
import { installClock, type FakeClock } from '../fake-clock.js';
import { button, mountLoaded, shadowQueryAll, visibleText } from '../helpers.js';

const organization = { name: 'Riverside Peer Support Network', timezone: 'America/Chicago', language: 'en' };
const feedOf = (messages: object[]) => ({ version: 1, organization, messages });
const shown = (el: Element) => shadowQueryAll(el, '[part="text"]').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

describe('<care-awareness-banner> as time passes', () => {
  let clock: FakeClock;
  const mount = async (start: string, feed: object, interval?: string) => {
    clock = installClock(new Date(start));
    const template = interval === undefined
      ? html`<care-awareness-banner .feed=${feed}></care-awareness-banner>`
      : html`<care-awareness-banner interval=${interval} .feed=${feed}></care-awareness-banner>`;
    return (await mountLoaded<CareAwarenessBanner>(template)).el;
  };
  afterEach(() => clock?.restore());

  describe('message windows', () => {
    it('takes a message down at the midnight its window ends, and puts up the next day\'s, with no reload', async () => {
      const el = await mount('2026-03-02T05:59:00Z', feedOf([ // 23:59 on 1 March in Chicago
        { id: 'fair', text: 'Spring fair today', ends: '2026-03-01' },
        { id: 'week', text: 'Peer support week starts today', starts: '2026-03-02' },
      ]));
      expect(shown(el)).to.deep.equal(['Spring fair today']);
      await clock.tick(59_999);
      expect(shown(el)).to.deep.equal(['Spring fair today']);
      await clock.tick(1);
      expect(shown(el)).to.deep.equal(['Peer support week starts today']);
      clock.restore(); // axe schedules its work with setTimeout
      await expect(el).to.be.accessible();
    });

    it('takes the only message down when its window ends, and collapses', async () => {
      const el = await mount('2026-03-02T05:00:00Z', feedOf([{ id: 'fair', text: 'Spring fair today', ends: '2026-03-01' }]));
      expect(shown(el)).to.deep.equal(['Spring fair today']);
      await clock.tick(61 * MINUTE);
      expect(shown(el)).to.deep.equal([]);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('puts a message up at the minute its date-time window opens', async () => {
      const el = await mount('2026-03-02T14:00:00Z', feedOf([{ id: 'live', text: 'Live chat is open', starts: '2026-03-02T09:00:00-06:00', ends: '2026-03-02T17:00:00-06:00' }]));
      expect(shown(el)).to.deep.equal([]);
      await clock.tick(60 * MINUTE);
      expect(shown(el)).to.deep.equal(['Live chat is open']);
      await clock.tick(8 * 60 * MINUTE + 1);
      expect(shown(el)).to.deep.equal([]);
    });

    it('reaches a window weeks away in steps setTimeout can wait (2^31 − 1 ms at most)', async () => {
      const el = await mount('2026-03-02T12:00:00Z', feedOf([{ id: 'later', text: 'See you in May', starts: '2026-05-01' }]));
      expect(shown(el)).to.deep.equal([]);
      await clock.tick(59 * DAY);
      expect(shown(el)).to.deep.equal([]);
      await clock.tick(DAY); // 1 May begins in Chicago at 05:00Z
      expect(shown(el)).to.deep.equal(['See you in May']);
      expect(Math.max(...clock.delays)).to.be.at.most(2 ** 31 - 1);
    });

    it('keeps the message a person paused on when the window of a message before it closes (WCAG 2.2.2)', async () => {
      const el = await mount('2026-03-02T14:59:00Z', feedOf([ // 08:59 in Chicago
        { id: 'coffee', text: 'Coffee morning until nine', ends: '2026-03-02T09:00:00-06:00' },
        { id: 'talk', text: 'It is okay to talk' },
        { id: 'help', text: 'Asking for help is strength' },
      ]));
      button(el, 'Pause messages')!.click();
      button(el, 'Next message')!.click();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['It is okay to talk']);
      await clock.tick(MINUTE + 1); // the coffee morning's window closes a millisecond after nine
      expect(shown(el)).to.deep.equal(['It is okay to talk']);
      expect(visibleText(el)).to.contain('Message 1 of 2');
      clock.restore();
      await expect(el).to.be.accessible();
    });

    it('keeps counting down to the next message when another message\'s window opens meanwhile', async () => {
      const el = await mount('2026-03-02T14:59:56Z', feedOf([
        { id: 'listen', text: 'Listening helps' },
        { id: 'talk', text: 'It is okay to talk' },
        { id: 'nine', text: 'The drop-in is open', starts: '2026-03-02T09:00:00-06:00' },
      ]));
      await clock.tick(4000); // the drop-in's window opens: the banner shows it among the others, and keeps its place
      expect(visibleText(el)).to.contain('Message 1 of 3');
      await clock.tick(4000); // the first message's 8 seconds are up
      expect(shown(el)).to.deep.equal(['It is okay to talk']);
    });

    it('sets no timer while the now property holds the clock', async () => {
      clock = installClock(new Date('2026-03-02T05:59:00Z'));
      const { el } = await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner .now=${new Date('2026-03-02T05:59:00Z')}
        .feed=${feedOf([{ id: 'fair', text: 'Spring fair today', ends: '2026-03-01' }])}></care-awareness-banner>`);
      await clock.tick(DAY);
      expect(shown(el)).to.deep.equal(['Spring fair today']);
      expect(clock.delays).to.deep.equal([]);
    });
  });

  describe('the interval attribute', () => {
    let warnings: string[];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    });
    afterEach(() => {
      console.warn = warn;
    });

    /** Mounts three rotating messages with `interval` and says after how many ms the first gives way. */
    async function rotationMs(interval: string): Promise<number> {
      const el = await mount('2026-03-02T12:00:00Z', feeds.rotating, interval);
      const first = shown(el);
      let ms = 0;
      while (ms < 60_000 && JSON.stringify(shown(el)) === JSON.stringify(first)) {
        await clock.tick(500);
        ms += 500;
      }
      return ms;
    }

    it('changes the message no faster than every 5 seconds, however small the interval, and says so once', async () => {
      expect(await rotationMs('0.05')).to.equal(5000);
      expect(warnings).to.deep.equal(['<care-awareness-banner>: interval="0.05" needs a number of seconds, 5 or more; 5 is used.']);
    });

    for (const value of ['abc', '-3', '0', 'NaN', '']) {
      it(`falls back to 8 seconds for interval="${value}", with one warning naming it`, async () => {
        expect(await rotationMs(value)).to.equal(8000);
        expect(warnings).to.deep.equal([`<care-awareness-banner>: interval="${value}" needs a number of seconds, 5 or more; 8 is used.`]);
      });
    }

    it('takes a good interval as given, without a word', async () => {
      expect(await rotationMs('12')).to.equal(12_000);
      expect(warnings).to.deep.equal([]);
    });
  });
});
