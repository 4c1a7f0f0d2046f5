/**
 * An app that takes the classes from `care-widgets/classes.js` and defines them under tag names of its own
 * (README, "In an app"): a subclass, or a class in a shadow root's own registry. Its own file, as `<care-feed>`
 * must not be defined when the page starts.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { CareFeed, CareSessionFinder } from '../../src/classes.js';
import { feedUrl } from '../mocks/handlers.js';
import { FINDER_NOW, finderFeed } from '../mocks/session-feeds.js';
import { startWorker } from '../mocks/browser.js';
import { shadowQueryAll, until, visibleText } from '../helpers.js';

class AppFinder extends CareSessionFinder {}
customElements.define('app-finder', AppFinder);
customElements.define('app-feed', class extends CareFeed {});

describe('a widget class defined under an app\'s own tag name', () => {
  before(startWorker);

  it('reads the feed of a <care-feed> whose code came after it', async () => {
    expect(customElements.get('care-feed')).to.equal(undefined);
    const events: string[] = [];
    const page = fixtureSync<HTMLElement>(html`<div><care-feed src=${feedUrl('finder')}><app-finder viewer-timezone="America/Chicago"></app-finder></care-feed></div>`);
    page.addEventListener('care-feed-error', (e) => events.push(`error ${(e as CustomEvent<{ code: string }>).detail.code}`));
    page.addEventListener('care-feed-load', () => events.push('load'));
    const finder = page.querySelector('app-finder')!;
    await import('../../src/feed-element/define.js');
    await until(() => events.length > 0, 15000, 'the finder to load its feed');
    expect(events).to.deep.equal(['load']);
    expect(visibleText(finder)).to.contain('Tuesday peer circle');
  });

  it('reads the feed of a <care-feed> under the app\'s own tag name whose definition came after it, with no "no feed" first', async () => {
    const events: string[] = [];
    const page = fixtureSync<HTMLElement>(html`<div><app-feed-defined-late src=${feedUrl('finder')}><app-finder viewer-timezone="America/Chicago"></app-finder></app-feed-defined-late></div>`);
    page.addEventListener('care-feed-error', (e) => events.push(`error ${(e as CustomEvent<{ code: string }>).detail.code}`));
    page.addEventListener('care-feed-load', () => events.push('load'));
    const finder = page.querySelector('app-finder')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).to.deep.equal([]);
    expect(visibleText(finder)).to.contain('Loading');
    customElements.define('app-feed-defined-late', class extends CareFeed {});
    await until(() => events.length > 0, 15000, 'the finder to load its feed');
    expect(events).to.deep.equal(['load']);
    expect(visibleText(finder)).to.contain('Tuesday peer circle');
  });

  it('says it has no feed, in time, inside an element of the page that is never defined or turns out to be no <care-feed>', async () => {
    const events: string[] = [];
    const page = fixtureSync<HTMLElement>(html`<div>
      <page-layout-never-defined><app-finder viewer-timezone="America/Chicago"></app-finder></page-layout-never-defined>
      <page-card-later><app-finder viewer-timezone="America/Chicago"></app-finder></page-card-later>
    </div>`);
    page.addEventListener('care-feed-error', (e) => events.push(`error ${(e as CustomEvent<{ code: string }>).detail.code}`));
    page.addEventListener('care-feed-load', () => events.push('load'));
    const [never, later] = page.querySelectorAll('app-finder');
    customElements.define('page-card-later', class extends HTMLElement {});
    await until(() => visibleText(later).includes('No information has been connected'), 15000, 'the message inside the element that is no <care-feed>');
    await until(() => visibleText(never).includes('No information has been connected'), 15000, 'the message inside the element never defined');
    expect(events).to.deep.equal(['error no-feed', 'error no-feed']);
    await expect(never).to.be.accessible();
  });

  it('shows its language, its styles and its details loaded on demand', async () => {
    const finder = fixtureSync<AppFinder>(html`<app-finder lang="es" viewer-timezone="America/Chicago" .now=${FINDER_NOW} .feed=${finderFeed}></app-finder>`);
    await until(() => visibleText(finder).includes('Buscar sesiones'), 15000, 'the Spanish words');
    // A custom element with none of its styles is inline.
    expect(getComputedStyle(finder).display).not.to.equal('inline');
    const details = shadowQueryAll<HTMLDetailsElement>(finder, '.session details')[0];
    details.open = true;
    await until(() => !!details.querySelector('[part="details"]'), 15000, 'the details');
    expect(details.textContent).to.contain('Dónde');
    await expect(finder).to.be.accessible();
  });

  it('passes on the feed of a <care-feed> around it whose code came after it, as a <care-feed> class under an app\'s own name', async () => {
    const events: string[] = [];
    const page = fixtureSync<HTMLElement>(html`<div><later-feed src=${feedUrl('finder')}><app-feed>
      <app-finder viewer-timezone="America/Chicago"></app-finder></app-feed></later-feed></div>`);
    page.addEventListener('care-feed-load', () => events.push('load'));
    customElements.define('later-feed', class extends CareFeed {});
    await until(() => events.length > 0, 15000, 'the finder to load the outer feed');
    expect(visibleText(page.querySelector('app-finder')!)).to.contain('Tuesday peer circle');
  });

  it('tells only the elements inside a <care-feed> whose code came later that asked for a feed, not the page\'s own', async () => {
    const page = fixtureSync<HTMLElement>(html`<div><feed-defined-late src=${feedUrl('finder')}>
      <app-finder viewer-timezone="America/Chicago"></app-finder><p>The page's own words</p><app-card></app-card></feed-defined-late></div>`);
    const told: string[] = [];
    for (const element of page.querySelectorAll('p, app-card')) {
      element.dispatchEvent = (event: Event) => (told.push(`${element.localName} ${event.type}`), HTMLElement.prototype.dispatchEvent.call(element, event));
    }
    const loaded = new Promise((resolve) => page.addEventListener('care-feed-load', resolve, { once: true }));
    customElements.define('feed-defined-late', class extends CareFeed {});
    await loaded;
    expect(told).to.deep.equal([]);
  });

  it('works in a shadow root\'s own registry, under the widget\'s own tag, where the browser has scoped registries', async function () {
    const Registry = CustomElementRegistry as unknown as { new (): CustomElementRegistry };
    let registry: CustomElementRegistry;
    try {
      registry = new Registry();
    } catch {
      return this.skip();
    }
    class ScopedFinder extends CareSessionFinder {}
    registry.define('care-session-finder', ScopedFinder);
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = `<care-session-finder viewer-timezone="America/Chicago" src="${feedUrl('finder')}"></care-session-finder>`;
    const finder = root.querySelector('care-session-finder')!;
    expect(finder).to.be.instanceOf(ScopedFinder);
    await until(() => visibleText(finder).includes('Tuesday peer circle'), 15000, 'the feed');
  });
});
