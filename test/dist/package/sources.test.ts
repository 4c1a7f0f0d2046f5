/**
 * Where each widget of the built package takes its feed from, in the order of elements.md: the feed property, an
 * inline <script type="application/json">, src, the nearest <care-feed> (also across a shadow root); each changed
 * at run time.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { ContextConsumer, type Context } from '@lit/context';
import '../../../dist/index.js';
import { until } from '../../helpers.js';

const base = new URL('./', import.meta.url).pathname;
const url = (n: string) => `${base}feed-${n}.json`;
type Widget = HTMLElement & { feed: unknown; src?: string; updateComplete: Promise<unknown> };
const widgetTags = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];

async function feedObject(n: string) {
  return (await fetch(url(n))).json();
}

/** The organization named in each care-feed-load of an element, in order. */
function loads(el: Element): string[] {
  const names: string[] = [];
  el.addEventListener('care-feed-load', (e) => names.push((e as CustomEvent).detail.feed.organization.name));
  el.addEventListener('care-feed-error', (e) => names.push(`error ${(e as CustomEvent).detail.code}`));
  return names;
}

describe('feed sources, from the built package', () => {
  beforeEach(() => localStorage.clear());

  for (const tag of widgetTags) {
    it(`<${tag}>: property, then inline, then src, then <care-feed>, each taken away in turn`, async () => {
      const feedC = await feedObject('c');
      const page = fixtureSync<HTMLElement>(staticHtml`<div>
        <care-feed src=${url('a')}>
          <${unsafeStatic(tag)} src=${url('b')}><script type="application/json">${JSON.stringify(feedC)}</script></${unsafeStatic(tag)}>
        </care-feed></div>`);
      const el = page.querySelector<Widget>(tag)!;
      const seen = loads(el);
      el.feed = { ...feedC, organization: { ...feedC.organization, name: 'Org P' } };
      await until(() => seen.length > 0, 15000, 'a first load');
      await until(() => seen.at(-1) === 'Org P', 15000, 'the property');
      el.feed = null;
      await until(() => seen.at(-1) === 'Org C', 15000, 'the inline feed');
      el.querySelector('script')!.remove();
      await until(() => seen.at(-1) === 'Org B', 15000, 'its src');
      el.removeAttribute('src');
      await until(() => seen.at(-1) === 'Org A', 15000, 'the <care-feed>');
      page.querySelector<Widget>('care-feed')!.setAttribute('src', url('b'));
      await until(() => seen.at(-1) === 'Org B', 15000, 'the <care-feed>\'s new src');
      expect(seen.filter((s) => s.startsWith('error'))).to.deep.equal([]);
    });

    it(`<${tag}>: the inline feed's text changed, and a script added later, are read`, async () => {
      const [feedA, feedB] = [await feedObject('a'), await feedObject('b')];
      const page = fixtureSync<HTMLElement>(staticHtml`<div><${unsafeStatic(tag)} src=${url('c')}></${unsafeStatic(tag)}></div>`);
      const el = page.querySelector<Widget>(tag)!;
      const seen = loads(el);
      await until(() => seen.at(-1) === 'Org C', 15000, 'the src');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(feedA);
      el.append(script);
      await until(() => seen.at(-1) === 'Org A', 15000, 'the script added');
      script.textContent = JSON.stringify(feedB);
      await until(() => seen.at(-1) === 'Org B', 15000, 'the script changed');
    });

    it(`<${tag}> inside a shadow root inside <care-feed> takes its feed`, async () => {
      const page = fixtureSync<HTMLElement>(html`<div><care-feed src=${url('a')}><div class="host"></div></care-feed></div>`);
      const root = page.querySelector('.host')!.attachShadow({ mode: 'open' });
      const el = document.createElement(tag);
      const seen = loads(el);
      root.append(el);
      await until(() => seen.length > 0, 15000, 'a load');
      expect(seen).to.deep.equal(['Org A']);
    });

    it(`<${tag}>'s care-feed-load and care-feed-error bubble and cross shadow roots`, async () => {
      const page = fixtureSync<HTMLElement>(html`<div><div class="host"></div></div>`);
      const root = page.querySelector('.host')!.attachShadow({ mode: 'open' });
      const events: string[] = [];
      document.addEventListener('care-feed-load', (e) => events.push(`${e.type} ${(e as CustomEvent).composed} ${(e as CustomEvent).bubbles}`), { once: true });
      document.addEventListener('care-feed-error', (e) => events.push(`${e.type} ${(e as CustomEvent).detail.code}`), { once: true });
      const good = document.createElement(tag) as Widget;
      good.setAttribute('src', url('a'));
      root.append(good);
      await until(() => events.length === 1, 15000, 'the load');
      const bad = document.createElement(tag) as Widget;
      bad.setAttribute('src', `${base}missing.json`);
      root.append(bad);
      await until(() => events.length === 2, 15000, 'the error');
      expect(events).to.deep.equal(['care-feed-load true true', 'care-feed-error http-404']);
    });
  }

  it('a consumer of @lit/context inside <care-feed> hears its feed, and its change', async () => {
    const page = fixtureSync<HTMLElement>(html`<div><care-feed src=${url('a')}><div class="consumer"></div></care-feed></div>`);
    const host = page.querySelector<HTMLElement>('.consumer')!;
    const heard: unknown[] = [];
    // A plain element as a ReactiveControllerHost: what an app's own Lit element would be.
    const controllerHost = Object.assign(host, { addController: (c: { hostConnected?: () => void }) => c.hostConnected?.(), removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
    // The package's own export (its types are in dist/types/, which a path into dist/ does not find).
    const built = '../../../dist/index.js';
    const { feedSourceContext } = (await import(built)) as { feedSourceContext: Context<symbol, string | undefined> };
    new ContextConsumer(controllerHost as never, { context: feedSourceContext, subscribe: true, callback: (v: unknown) => heard.push(v) });
    await until(() => heard.length > 0, 15000, 'an answer');
    expect(String(heard.at(-1))).to.match(/feed-a\.json$/);
    page.querySelector('care-feed')!.setAttribute('src', url('b'));
    await until(() => String(heard.at(-1)).endsWith('feed-b.json'), 15000, 'the change');
  });
});
