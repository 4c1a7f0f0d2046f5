/**
 * The built signup in a frame its page wrote (`srcdoc`, as a site builder's embed may be): the signup says the
 * page it was made on, that page's origin and path, where it said "nullsrcdoc".
 */
import { expect, oneEvent } from '@open-wc/testing';
import { until } from '../helpers.js';
import { fill, press, tick } from '../volunteer-signup/fill.js';
import type { CareVolunteerSignup } from '../../src/volunteer-signup/volunteer-signup.js';

describe('the built signup in a frame its page wrote', () => {
  it('sends the page’s origin and path as `page`', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/care-widgets.js"></script></head>
      <body><care-volunteer-signup src="/test/dist/pages/signup-feed.json"></care-volunteer-signup></body></html>`;
    document.body.append(frame);
    try {
      await until(() => !!frame.contentDocument?.querySelector('care-volunteer-signup')?.shadowRoot?.querySelector('form'), 15000, 'the form');
      const signup = frame.contentDocument!.querySelector('care-volunteer-signup') as CareVolunteerSignup;
      signup.minFillTime = 0;
      const name = `Grace ${Math.random().toString(36).slice(2)}`;
      await fill(signup, 'Your name', name);
      await fill(signup, 'Email', 'grace@example.org');
      await tick(signup, 'I agree');
      const sent = oneEvent(signup, 'care-volunteer-sent');
      await press(signup, 'Send');
      await sent;
      const received = (await (await fetch('/dist-signups')).json()) as { name: string; page: string }[];
      expect(received.filter((s) => s.name === name).map((s) => s.page)).to.deep.equal([location.origin + location.pathname]);
    } finally {
      frame.remove();
    }
  });
});
