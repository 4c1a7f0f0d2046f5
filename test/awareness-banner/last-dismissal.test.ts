/** Where focus goes when a person dismisses the banner's last message: somewhere they can see and hear. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/awareness-banner/define.js';
import type { CareAwarenessBanner } from '../../src/awareness-banner/awareness-banner.js';
import { feeds } from '../mocks/feeds.js';
import { button, deepActiveElement } from '../helpers.js';

describe('<care-awareness-banner> after its last message is dismissed', () => {
  afterEach(() => localStorage.removeItem('care-widgets:dismissed'));

  it('moves focus to what comes next on the page that takes it, past what is hidden or disabled', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#before">Before</a>
      <care-awareness-banner .feed=${feeds.oneMessage}></care-awareness-banner>
      <p>Plain text</p><a href="#hidden" hidden>Hidden</a><button disabled>Off</button><span tabindex="-1">Not in the Tab order</span>
      <a href="#next">Opening hours</a>
    </div>`);
    const el = page.querySelector<CareAwarenessBanner>('care-awareness-banner')!;
    await el.updateComplete;
    button(el, 'Dismiss this message')!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'care-message-dismiss');
    await el.updateComplete;
    expect(deepActiveElement()?.textContent).to.equal('Opening hours');
    expect(deepActiveElement()!.matches(':focus-visible'), 'the focus ring shows').to.equal(true);
  });
});
