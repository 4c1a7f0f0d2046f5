/**
 * A page that changes the banner's interval while it runs (a settings panel, a framework) sees the
 * new interval at once: the message shown starts its countdown again with it, rather than after the
 * old one ends.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds } from '../mocks/feeds.js';
import { installClock, type FakeClock } from '../fake-clock.js';
import { button, mountLoaded, visibleText } from '../helpers.js';

const position = (el: Element) => /Message \d of \d/.exec(visibleText(el))?.[0];

describe('<care-awareness-banner> interval changed while it runs', () => {
  let clock: FakeClock;
  const mount = async (interval: string) => {
    clock = installClock(new Date('2026-03-02T12:00:00Z'));
    return (await mountLoaded<CareAwarenessBanner>(html`<care-awareness-banner interval=${interval} .feed=${feeds.rotating}></care-awareness-banner>`)).el;
  };
  const change = async (el: CareAwarenessBanner, interval: string) => {
    el.setAttribute('interval', interval);
    await el.updateComplete;
  };
  beforeEach(() => localStorage.clear());
  afterEach(() => clock?.restore());

  it('shorter: 600 seconds changed to 6 moves on 6 seconds later, not ten minutes', async () => {
    const el = await mount('600');
    await clock.tick(60_000);
    await change(el, '6');
    await clock.tick(5_999);
    expect(position(el)).to.equal('Message 1 of 3');
    await clock.tick(1);
    expect(position(el)).to.equal('Message 2 of 3');
    await clock.tick(6_000);
    expect(position(el)).to.equal('Message 3 of 3');
  });

  it('longer: 6 seconds changed to 60 holds the message shown for 60 seconds from the change', async () => {
    const el = await mount('6');
    await clock.tick(5_000);
    await change(el, '60');
    await clock.tick(59_999);
    expect(position(el)).to.equal('Message 1 of 3');
    await clock.tick(1);
    expect(position(el)).to.equal('Message 2 of 3');
  });

  it('the same interval written again, or the property set to it, keeps the countdown where it is', async () => {
    const el = await mount('6');
    await clock.tick(5_000);
    await change(el, '6.0');
    el.interval = 6;
    await el.updateComplete;
    await clock.tick(1_000);
    expect(position(el)).to.equal('Message 2 of 3');
  });

  it('paused, a new interval starts nothing; played, the message gets the new interval', async () => {
    const el = await mount('6');
    button(el, 'Pause messages')!.click();
    await el.updateComplete;
    await change(el, '20');
    await clock.tick(30_000);
    expect(position(el)).to.equal('Message 1 of 3');
    button(el, 'Play messages')!.click();
    await el.updateComplete;
    await clock.tick(19_999);
    expect(position(el)).to.equal('Message 1 of 3');
    await clock.tick(1);
    expect(position(el)).to.equal('Message 2 of 3');
  });
});
