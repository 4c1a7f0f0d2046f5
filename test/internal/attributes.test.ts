/**
 * Attribute mistakes a webmaster makes: each bad value gives one console warning naming the
 * element, the attribute and the value, and the widget carries on as if the attribute were not
 * there, never stuck on "Loading…" or throwing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/session-finder/define.js';
import '../../src/awareness-banner/define.js';
import '../../src/feed-element/define.js';
import { feeds } from '../mocks/feeds.js';
import { finderFeed, FINDER_NOW } from '../mocks/session-feeds.js';
import { mountLoaded, shadowQueryAll, until, visibleText, warningsDuring } from '../helpers.js';
import { feedUrl } from '../mocks/handlers.js';
import { recordRequests, startWorker } from '../mocks/browser.js';

/** Uncaught errors and rejections while `work` runs (a RangeError in an update surfaces so). */
async function uncaughtDuring(work: () => Promise<void>): Promise<string[]> {
  const caught: string[] = [];
  const onError = (e: ErrorEvent) => {
    caught.push(String(e.error ?? e.message));
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    caught.push(String(e.reason));
    e.preventDefault();
  };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const mochaHandler = window.onerror;
  window.onerror = null;
  try {
    await work();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.onerror = mochaHandler;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return caught;
}

const summary = (el: Element) => shadowQueryAll(el, '[part="summary"]')[0]?.textContent?.trim();
const DEFAULT_SUMMARY = '6 sessions in the next 8 weeks';

/** A finder at FINDER_NOW in Chicago, with one more attribute. */
async function finderWith(attribute: string, value: string): Promise<HTMLElement> {
  const tag = staticHtml`<care-session-finder ${unsafeStatic(attribute)}=${value} .now=${FINDER_NOW} .feed=${finderFeed}></care-session-finder>`;
  const el = await fixture<HTMLElement>(tag);
  await until(() => !!summary(el) || visibleText(el).includes('can’t be shown'), 3000, 'the finder to settle');
  return el;
}

describe('attribute mistakes', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

  const finderCases: [attribute: string, value: string][] = [
    ['viewer-timezone', 'Eastern Time'],
    ['viewer-timezone', 'America/Chicago '],
    ['viewer-timezone', 'EST'],
    ['viewer-timezone', ''],
    ['days-ahead', 'abc'],
    ['days-ahead', '-3'],
    ['days-ahead', '2.5'],
    ['lang', '???'],
    ['lang', 'en_US'],
    ['audience', ''],
    ['kind', 'peer-group '],
    ['place', 'st marks'],
    ['language', 'English'],
    ['no-filters', 'false'],
  ];

  for (const [attribute, value] of finderCases) {
    it(`<care-session-finder ${attribute}="${value}">: one warning naming it, and the default`, async () => {
      let el!: HTMLElement;
      const uncaught = await uncaughtDuring(async () => {
        const warnings = await warningsDuring(async () => {
          el = await finderWith(attribute, value);
          // Later updates do not repeat the warning.
          el.setAttribute('hash-state', '');
          el.removeAttribute('hash-state');
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        });
        const about = warnings.filter((w) => w.includes(`${attribute}=`));
        expect(about, warnings.join('\n')).to.have.length(1);
        expect(about[0]).to.contain('<care-session-finder>').and.contain(`${attribute}="${value}"`);
      });
      expect(uncaught).to.deep.equal([]);
      // The same list as with no such attribute (the viewer's zone differs, but not the count).
      expect(summary(el)).to.equal(DEFAULT_SUMMARY);
      if (attribute === 'no-filters') expect(shadowQueryAll(el, '[part="filters"]')).to.have.length(1);
      if (attribute === 'lang') expect(shadowQueryAll(el, '[part="base"]')[0].getAttribute('lang')).to.equal('en');
    });
  }

  it('accepts good values without a word', async () => {
    const warnings = await warningsDuring(async () => {
      await finderWith('viewer-timezone', 'America/Chicago');
      await finderWith('days-ahead', '14');
      await finderWith('lang', 'es-MX');
      await finderWith('audience', 'youth');
      await finderWith('language', 'es');
    });
    expect(warnings.filter((w) => /="/.test(w))).to.deep.equal([]);
  });

  it('warns again only for a new bad value, and takes a good value set later', async () => {
    let el!: HTMLElement;
    const warnings = await warningsDuring(async () => {
      el = await finderWith('days-ahead', 'abc');
      el.setAttribute('days-ahead', 'abc');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      el.setAttribute('days-ahead', 'soon');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(summary(el)).to.equal(DEFAULT_SUMMARY);
      el.setAttribute('days-ahead', '2');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(warnings.filter((w) => w.includes('days-ahead='))).to.have.length(2);
    expect(summary(el)).to.equal('3 sessions in the next 2 days');
  });

  it('a src that is no address: one warning, and the calm "no information" message', async () => {
    const uncaught = await uncaughtDuring(async () => {
      const warnings = await warningsDuring(async () => {
        const { el } = await mountLoaded<HTMLElement>(html`<care-awareness-banner src="https://[feed"></care-awareness-banner>`);
        expect(visibleText(el)).to.contain('No information has been connected');
      });
      expect(warnings.filter((w) => w.includes('src="https://[feed"'))).to.have.length(1);
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('a <care-feed> src that is no address: one warning, and its widgets say calmly that no feed is connected', async () => {
    const uncaught = await uncaughtDuring(async () => {
      const warnings = await warningsDuring(async () => {
        const wrapper = await fixture<HTMLElement>(html`<care-feed src="https://[feed"><care-awareness-banner></care-awareness-banner></care-feed>`);
        const banner = wrapper.querySelector('care-awareness-banner')!;
        await until(() => visibleText(banner).includes('No information has been connected'), 3000, 'the banner’s message');
      });
      expect(warnings.filter((w) => w.includes('<care-feed> src="https://[feed"'))).to.have.length(1);
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('a blank src is no src: no warning, no request for the page itself, and the next source of the feed', async () => {
    await startWorker();
    const requests = recordRequests();
    try {
      const warnings = await warningsDuring(async () => {
        const { el } = await mountLoaded<HTMLElement>(html`<care-awareness-banner src="   "></care-awareness-banner>`);
        expect(visibleText(el)).to.contain('No information has been connected');
        await expect(el).to.be.accessible();
        const wrapper = await fixture<HTMLElement>(html`<care-feed src=${feedUrl('oneMessage')}><care-awareness-banner src=" "></care-awareness-banner></care-feed>`);
        await until(() => visibleText(wrapper.querySelector('care-awareness-banner')!).includes('Listening helps'), 3000, 'the <care-feed>’s feed');
        const blankProvider = await fixture<HTMLElement>(html`<care-feed src="  "><care-awareness-banner></care-awareness-banner></care-feed>`);
        await until(() => visibleText(blankProvider.querySelector('care-awareness-banner')!).includes('No information has been connected'), 3000, 'the no-feed message');
      });
      expect(warnings.filter((w) => /src=" +"/.test(w))).to.deep.equal([]);
      expect(requests.list.filter((r) => r.endsWith(location.pathname)), requests.list.join('\n')).to.deep.equal([]);
    } finally {
      requests.stop();
    }
  });

  for (const src of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{"version":1}', 'ftp://example.org/feed.json']) {
    it(`src="${src}" is not fetched: one warning naming it, and the <care-feed>’s feed`, async () => {
      let el!: HTMLElement;
      const uncaught = await uncaughtDuring(async () => {
        const warnings = await warningsDuring(async () => {
          const wrapper = await fixture<HTMLElement>(html`<care-feed src=${feedUrl('oneMessage')}><care-awareness-banner src=${src}></care-awareness-banner></care-feed>`);
          el = wrapper.querySelector('care-awareness-banner')!;
          await until(() => visibleText(el).includes('Listening helps'), 3000, 'the <care-feed>’s feed');
        });
        const about = warnings.filter((w) => w.includes('src='));
        expect(about, warnings.join('\n')).to.have.length(1);
        expect(about[0]).to.contain(`<care-awareness-banner> src="${src}"`);
      });
      expect(uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  for (const [attribute, value] of [['lang', '???'], ['no-dismiss', 'false']]) {
    it(`<care-awareness-banner ${attribute}="${value}">: one warning, and the default`, async () => {
      let el!: HTMLElement;
      const warnings = await warningsDuring(async () => {
        el = await fixture<HTMLElement>(staticHtml`<care-awareness-banner ${unsafeStatic(attribute)}=${value} .feed=${feeds.oneMessage}></care-awareness-banner>`);
        await until(() => visibleText(el).includes('Listening'), 3000, 'the message');
      });
      const about = warnings.filter((w) => w.includes(`${attribute}=`));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('<care-awareness-banner>').and.contain(`${attribute}="${value}"`);
      if (attribute === 'no-dismiss') expect(shadowQueryAll(el, 'button[aria-label="Dismiss this message"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }
});
