/** What each of the package's entries registers: all, one, or none (elements.md, "Package and files"). */
import { expect } from '@open-wc/testing';
import { framePage, tags } from '../frame.js';

const defined = (win: Window) => tags.filter((tag) => win.customElements.get(tag));

describe('the package entries', () => {
  it('care-widgets (index.js) registers all five tags', async () => {
    const win = await framePage(`<script type="module">import '/dist/index.js';</script>`);
    expect(defined(win)).to.deep.equal(tags);
  });

  const entries: Record<string, string> = {
    'feed.js': 'care-feed',
    'awareness-banner.js': 'care-awareness-banner',
    'session-finder.js': 'care-session-finder',
    'referral-lookup.js': 'care-referral-lookup',
    'volunteer-signup.js': 'care-volunteer-signup',
  };
  for (const [file, tag] of Object.entries(entries)) {
    it(`care-widgets/${file} registers <${tag}> alone`, async () => {
      const win = await framePage(`<script type="module">import '/dist/${file}';</script>`);
      expect(defined(win)).to.deep.equal([tag]);
    });
  }

  it('care-widgets/classes.js registers nothing', async () => {
    const win = await framePage(`<script type="module">import * as c from '/dist/classes.js'; window.classes = Object.keys(c);</script>`);
    expect(defined(win)).to.deep.equal([]);
    expect((win as unknown as { classes: string[] }).classes).to.include.members(['CareFeed', 'CareAwarenessBanner', 'CareSessionFinder', 'CareReferralLookup', 'CareVolunteerSignup']);
  });
});
