/**
 * End to end against a real HTTP endpoint (receiver-plugin.js runs it on its own port, so
 * every request is a real cross-origin POST with its CORS preflight; no MSW on this page).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { button, visibleText } from '../helpers.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';
import { fillValid, mountSignup } from './helpers.js';

interface Attempt {
  contentType: string;
  accept: string;
  status: number;
  fields: Record<string, string | string[] | boolean>;
}

const startReceiver = (fail: number, redirect?: number) =>
  executeServerCommand<{ url: string }, { fail: number; redirect?: number }>('signup-receiver:start', { fail, redirect });
const attempts = () => executeServerCommand<Attempt[], undefined>('signup-receiver:attempts');

describe('<care-volunteer-signup> end to end, against a real receiver', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => executeServerCommand('signup-receiver:stop'));

  it('fail, fail, succeed, each a double click: the receiver gets three attempts, all the same signup, and accepts one', async () => {
    const { url } = await startReceiver(2);
    const el = await mountSignup(volunteerFeed({ submit: { url, format: 'json', email: 'volunteer@riverside-peer.example.org' } }));
    await fillValid(el);

    // Every attempt is a double click: the second click of each must send nothing.
    const first = oneEvent(el, 'care-volunteer-failed');
    button(el, 'Send')!.click();
    button(el, 'Send')!.click();
    expect((await first).detail).to.deep.include({ reason: 'server', status: 503 });

    await el.updateComplete;
    const second = oneEvent(el, 'care-volunteer-failed');
    button(el, 'Try again')!.click();
    button(el, 'Try again')!.click();
    await second;

    await el.updateComplete;
    const accepted = oneEvent(el, 'care-volunteer-sent');
    button(el, 'Try again')!.click();
    button(el, 'Try again')!.click();
    expect((await accepted).detail.status).to.equal(200);

    const received = await attempts();
    expect(received.map((a) => a.status)).to.deep.equal([503, 503, 200]);
    const ids = new Set(received.map((a) => a.fields.submission_id));
    expect(ids.size, 'one submission_id across every attempt').to.equal(1);
    const kept = received.filter((a) => a.status < 300);
    expect(kept).to.have.length(1);
    expect(kept[0].contentType).to.equal('application/json');
    expect(kept[0].accept).to.equal('application/json');
    expect(kept[0].fields).to.deep.include({ name: 'Ada Lovelace', email: 'ada@example.org', roles: ['peer-facilitator'], availability: ['tu-evening'] });
    await el.updateComplete;
    expect(visibleText(el)).to.equal('Thank you! Our volunteer coordinator will be in touch within a week.');
  });

  it('posts form-encoded, as hosted form back-ends take it, in one request', async () => {
    const { url } = await startReceiver(0);
    const el = await mountSignup(volunteerFeed({ submit: { url, format: 'form' } }));
    await fillValid(el);
    const accepted = oneEvent(el, 'care-volunteer-sent');
    button(el, 'Send')!.click();
    await accepted;
    const received = await attempts();
    expect(received).to.have.length(1);
    expect(received[0].contentType).to.equal('application/x-www-form-urlencoded');
    expect(received[0].fields).to.deep.include({ name: 'Ada Lovelace', roles: 'peer-facilitator', availability: 'tu-evening', age_confirm: 'true', _gotcha: '' });
  });

  for (const status of [302, 303, 307]) {
    it(`an endpoint that redirects (${status}) to its own thank-you page: the signup failed, and nothing reaches that page`, async () => {
      const { url } = await startReceiver(0, status);
      const el = await mountSignup(volunteerFeed({ submit: { url, format: 'form', email: 'volunteer@riverside-peer.example.org' } }));
      await fillValid(el);
      const warn = console.warn;
      console.warn = () => {};
      try {
        const outcome = Promise.race([oneEvent(el, 'care-volunteer-sent'), oneEvent(el, 'care-volunteer-failed')]);
        button(el, 'Send')!.click();
        expect((await outcome).type).to.equal('care-volunteer-failed');
      } finally {
        console.warn = warn;
      }
      expect(await attempts()).to.deep.equal([{ status }]);
    });
  }
});
