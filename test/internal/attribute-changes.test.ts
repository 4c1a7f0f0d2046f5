/**
 * Attributes a page's script changes after the widget is up (a settings panel, a framework) are
 * read as the same values written in the page from the start: `no-dismiss="false"` is off with its
 * warning either way, and an attribute removed is the default again, with nothing to warn about.
 */
import { expect } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/awareness-banner/define.js';
import '../../src/session-finder/define.js';
import '../../src/referral-lookup/define.js';
import '../../src/volunteer-signup/define.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { referralFeeds, LOOKUP_NOW } from '../mocks/referral-feeds.js';
import { volunteerFeeds } from '../mocks/volunteer-feeds.js';
import { mountLoaded, shadowQueryAll, warningsDuring } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

const setUps: Record<string, { feed: object; now?: Date }> = {
  'care-awareness-banner': { feed: feeds.rotating },
  'care-session-finder': { feed: finderFeed, now: FINDER_NOW },
  'care-referral-lookup': { feed: referralFeeds.lookup, now: LOOKUP_NOW },
  'care-volunteer-signup': { feed: volunteerFeeds.full, now: LOOKUP_NOW },
};

/** Every attribute of every widget: its property, and a value the widget can use ("" for a yes/no one). */
const attributes: [tag: string, attribute: string, property: string, value: string][] = [
  ...Object.keys(setUps).flatMap((tag): [string, string, string, string][] => [[tag, 'src', 'src', '/feeds/rotating.json'], [tag, 'lang', 'lang', 'es']]),
  ['care-awareness-banner', 'interval', 'interval', '12'],
  ['care-awareness-banner', 'no-dismiss', 'noDismiss', ''],
  ['care-session-finder', 'days-ahead', 'daysAhead', '14'],
  ['care-session-finder', 'audience', 'audience', 'youth'],
  ['care-session-finder', 'kind', 'kind', 'peer-group'],
  ['care-session-finder', 'place', 'place', 'hall'],
  ['care-session-finder', 'language', 'language', 'es'],
  ['care-session-finder', 'no-filters', 'noFilters', ''],
  ['care-session-finder', 'hash-state', 'hashState', ''],
  ['care-session-finder', 'show-inactive', 'showInactive', ''],
  ['care-session-finder', 'structured-data', 'structuredData', ''],
  ['care-session-finder', 'viewer-timezone', 'viewerTimezone', 'America/Chicago'],
  ['care-referral-lookup', 'topic', 'topic', 'grief'],
  ['care-referral-lookup', 'kind', 'kind', 'counselling'],
  ['care-referral-lookup', 'quick-exit', 'quickExit', ''],
  ['care-referral-lookup', 'exit-url', 'exitUrl', 'https://weather.example.org/'],
  ['care-referral-lookup', 'no-filters', 'noFilters', ''],
  ['care-referral-lookup', 'viewer-timezone', 'viewerTimezone', 'America/Chicago'],
  ['care-volunteer-signup', 'selected-role', 'selectedRole', 'peer-facilitator'],
];
const yesNo = attributes.filter(([, , , value]) => value === '');

/** A widget showing its feed, with `attribute` written as `value` from the start (none when undefined). */
async function widget(tag: string, attribute?: string, value?: string): Promise<Widget> {
  const { feed, now } = setUps[tag];
  const written = attribute === undefined ? '' : `${attribute}="${value}"`;
  return (await mountLoaded<Widget>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(written)} .now=${now} .feed=${feed}></${unsafeStatic(tag)}>`)).el;
}

/** Sets or removes `attribute` and lets the widget take it in. */
async function change(el: Widget, attribute: string, value: string | null): Promise<void> {
  if (value === null) el.removeAttribute(attribute);
  else el.setAttribute(attribute, value);
  await el.updateComplete;
}

describe('attributes changed after the widget is up', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists every attribute of every widget here', () => {
    for (const tag of Object.keys(setUps)) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(attributes.filter(([t]) => t === tag).map(([, attribute]) => attribute), tag).to.have.members(observed);
    }
  });

  for (const [tag, attribute, property] of yesNo) {
    it(`<${tag}> ${attribute}="" turned to "false" is off, with the warning it gives written so from the start`, async () => {
      let fromStart!: Widget;
      const atCreation = await warningsDuring(async () => {
        fromStart = await widget(tag, attribute, 'false');
      });
      const el = await widget(tag, attribute, '');
      expect(el[property], 'on').to.equal(true);
      const atRuntime = await warningsDuring(() => change(el, attribute, 'false'));
      expect(fromStart[property], 'written so from the start').to.equal(false);
      expect(el[property]).to.equal(false);
      const about = (said: string[]) => said.filter((w) => w.includes(`${attribute}="false"`));
      expect(about(atRuntime)).to.have.length(1);
      expect(about(atRuntime)).to.deep.equal(about(atCreation));
      // And back on, as "" written from the start is.
      await change(el, attribute, '');
      expect(el[property]).to.equal(true);
    });
  }

  for (const tag of Object.keys(setUps)) {
    it(`<${tag}>: each attribute removed is as if never written, with no warning`, async () => {
      const plain = await widget(tag);
      const written = await Promise.all(attributes.filter(([t]) => t === tag).map(async ([, attribute, property, value]) => ({ attribute, property, el: await widget(tag, attribute, value) })));
      const said = await warningsDuring(async () => {
        for (const { el, attribute } of written) await change(el, attribute, null);
      });
      expect(said.filter((w) => written.some(({ attribute }) => w.includes(attribute))), said.join('\n')).to.deep.equal([]);
      for (const { el, attribute, property } of written) expect(el[property], attribute).to.equal(plain[property]);
    });
  }

  it('banner: no-dismiss turned to "false" brings back the dismiss button', async () => {
    const el = await widget('care-awareness-banner', 'no-dismiss', '');
    const dismiss = () => shadowQueryAll(el, '[part~="dismiss"]');
    expect(dismiss()).to.have.length(0);
    await change(el, 'no-dismiss', 'false');
    expect(dismiss()).to.have.length(1);
  });

  it('finder: no-filters turned to "false" brings back the filters', async () => {
    const el = await widget('care-session-finder', 'no-filters', '');
    expect(shadowQueryAll(el, '[part="filters"]')).to.have.length(0);
    await change(el, 'no-filters', 'false');
    expect(shadowQueryAll(el, '[part="filters"]')).to.have.length(1);
  });

  it('banner: a second interval that is not a number is warned about, as it is written so from the start', async () => {
    const el = await widget('care-awareness-banner', 'interval', 'abc');
    const said = await warningsDuring(() => change(el, 'interval', 'xyz'));
    expect(said.filter((w) => w.includes('interval="xyz"'))).to.have.length(1);
  });

  it('banner: interval removed goes back to 8 seconds without a warning', async () => {
    const el = await widget('care-awareness-banner', 'interval', '12');
    const said = await warningsDuring(() => change(el, 'interval', null));
    expect(said, said.join('\n')).to.deep.equal([]);
    expect(el.interval).to.equal(8);
  });
});
