/**
 * A `<care-feed>` whose code arrives after its widgets' (the loader asks for both at once; either may
 * come first): the widgets wait for it rather than saying they have no feed. Its own file, as the
 * element must not be defined when the page starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import { feedUrl } from '../mocks/handlers.js';
import { startWorker } from '../mocks/browser.js';
import { until, visibleText } from '../helpers.js';

describe('widgets inside a <care-feed> whose code comes later', () => {
  before(startWorker);

  it('wait for it, with no false "no feed" error, also with a src they cannot use, then show its feed', async () => {
    expect(customElements.get('care-feed')).to.equal(undefined);
    const events: string[] = [];
    const page = fixtureSync<HTMLElement>(html`<div>
      <care-feed src=${feedUrl('finder')}>
        <care-session-finder src="javascript:alert(1)" viewer-timezone="America/Chicago"></care-session-finder>
        <care-awareness-banner></care-awareness-banner>
      </care-feed>
    </div>`);
    page.addEventListener('care-feed-error', (e) => events.push(`error ${(e as CustomEvent<{ code: string }>).detail.code}`));
    page.addEventListener('care-feed-load', () => events.push('load'));
    const [finder, banner] = [page.querySelector('care-session-finder')!, page.querySelector('care-awareness-banner')!];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).to.deep.equal([]);
    expect(visibleText(finder)).to.contain('Loading');
    await import('../../src/feed-element/define.js');
    await until(() => events.length === 2, 5000, 'both widgets to load');
    expect(events).to.deep.equal(['load', 'load']);
    expect(visibleText(finder)).to.contain('Tuesday peer circle');
    expect(visibleText(banner)).not.to.contain('No information');
  });
});
