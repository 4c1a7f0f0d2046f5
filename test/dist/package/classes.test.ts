/**
 * care-widgets/classes.js: the classes with no registration, subclassed and defined under an app's own tags, in the
 * page's registry and in a shadow root's own (scoped) registry where the browser has them; each still takes its feed
 * (from src and from the app's own tag for CareFeed), fires its events and takes the page's tokens.
 */
import { expect } from '@open-wc/testing';
import { framePage } from '../frame.js';
import { until } from '../../helpers.js';

const base = new URL('./', import.meta.url).pathname;
type Page = Window & { seen: string[]; c: Record<string, CustomElementConstructor>; scoped?: boolean };

describe('the classes under an app\'s own tags', () => {
  it('work under other names in the page\'s registry: feed, provider, events, styles', async () => {
    const win = await framePage(`<style>body { color: rgb(10, 20, 30); font-family: serif } app-finder { --care-accent: rgb(200, 0, 0) }</style>
      <app-feed src="${base}feed-a.json"><app-banner></app-banner><app-finder viewer-timezone="America/Chicago"></app-finder><app-lookup></app-lookup><app-signup></app-signup></app-feed>
      <script type="module">
        import * as c from '/dist/classes.js';
        window.seen = [];
        addEventListener('care-feed-load', (e) => seen.push(e.target.localName + ' ' + e.detail.feed.organization.name));
        addEventListener('care-feed-error', (e) => seen.push(e.target.localName + ' error ' + e.detail.code));
        customElements.define('app-banner', class extends c.CareAwarenessBanner {});
        customElements.define('app-finder', class extends c.CareSessionFinder {});
        customElements.define('app-lookup', class extends c.CareReferralLookup {});
        customElements.define('app-signup', class extends c.CareVolunteerSignup {});
        customElements.define('app-feed', class extends c.CareFeed {});
      </script>`) as Page;
    await until(() => win.seen.length === 4, 15000, 'four loads');
    expect([...win.seen].sort()).to.deep.equal(['app-banner Org A', 'app-finder Org A', 'app-lookup Org A', 'app-signup Org A']);
    const finder = win.document.querySelector('app-finder')!;
    await until(() => (finder.shadowRoot?.textContent ?? '').includes('Tea and talk'), 15000, 'the finder\'s sessions');
    const style = win.getComputedStyle(finder.shadowRoot!.querySelector('[part~="base"]') ?? finder);
    expect(style.color).to.equal('rgb(10, 20, 30)');
    expect(style.fontFamily).to.equal('serif');
  });

  it('work under a different tag in each of two scoped registries', async function () {
    const win = await framePage(`<div id="one"></div><div id="two"></div>
      <script type="module">
        import * as c from '/dist/classes.js';
        window.seen = [];
        window.scoped = 'CustomElementRegistry' in window && (() => { try { new CustomElementRegistry(); return true; } catch { return false; } })();
        if (scoped) {
          for (const [id, prefix] of [['one', 'first'], ['two', 'second']]) {
            const registry = new CustomElementRegistry();
            registry.define(prefix + '-feed', class extends c.CareFeed {});
            registry.define(prefix + '-banner', class extends c.CareAwarenessBanner {});
            registry.define(prefix + '-lookup', class extends c.CareReferralLookup {});
            const root = document.getElementById(id).attachShadow({ mode: 'open', customElementRegistry: registry });
            root.innerHTML = '<' + prefix + '-feed src="${base}feed-' + (id === 'one' ? 'a' : 'b') + '.json"><' + prefix + '-banner></' + prefix + '-banner><' + prefix + '-lookup></' + prefix + '-lookup></' + prefix + '-feed>';
            root.addEventListener('care-feed-load', (e) => seen.push(e.target.localName + ' ' + e.detail.feed.organization.name));
            root.addEventListener('care-feed-error', (e) => seen.push(e.target.localName + ' error ' + e.detail.code));
          }
        }
      </script>`) as Page;
    if (!win.scoped) this.skip();
    await until(() => win.seen.length === 4, 15000, 'four loads');
    expect([...win.seen].sort()).to.deep.equal(['first-banner Org A', 'first-lookup Org A', 'second-banner Org B', 'second-lookup Org B']);
    expect(win.customElements.get('first-banner')).to.equal(undefined);
  });
});
