/**
 * care-feed-load and care-feed-error on every widget of the built package, their detail as README.md (Events) and
 * custom-elements.json give it, and each failure's code: http-404, not-json, bad-version, timeout, network, no-feed.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../../dist/index.js';
import { until } from '../../helpers.js';

const base = new URL('./', import.meta.url).pathname;
const widgetTags = ['care-awareness-banner', 'care-session-finder', 'care-referral-lookup', 'care-volunteer-signup'];

/** Every widget with this src, in one page, and the detail of the first feed event of each. */
async function details(src: string | undefined, type: string, timeout = 15000) {
  const page = fixtureSync<HTMLElement>(staticHtml`<div>${widgetTags.map((tag) => staticHtml`<${unsafeStatic(tag)} src=${src ?? ''}></${unsafeStatic(tag)}>`)}</div>`);
  const got = new Map<string, CustomEvent>();
  page.addEventListener(type, (e) => got.set((e.target as Element).localName, e as CustomEvent));
  await until(() => got.size === 4, timeout, `${type} from every widget`);
  return [...got.values()];
}

describe('feed events of every widget', () => {
  beforeEach(() => localStorage.clear());

  it('care-feed-load: { feed, problems, skipped, savedAt? }, a problem { path, code, args, message, skipped, entry }', async () => {
    for (const event of await details(`${base}feed.json`, 'care-feed-load')) {
      const name = (event.target as Element).localName;
      expect(event.bubbles && event.composed, name).to.equal(true);
      expect(event.detail.feed.organization.name, name).to.equal('Hillside Care Circle');
      expect(Array.isArray(event.detail.problems) && Array.isArray(event.detail.skipped), name).to.equal(true);
      expect(event.detail.savedAt, name).to.equal(undefined);
      for (const p of event.detail.problems) {
        expect(p, name).to.include.keys('path', 'code', 'message', 'skipped');
        expect(p.message, name).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('the finder reports the session left out, with its entry', async () => {
    const finder = (await details(`${base}feed.json`, 'care-feed-load')).find((e) => (e.target as Element).localName === 'care-session-finder')!;
    const problem = finder.detail.skipped.find((p: { path: string }) => p.path.startsWith('sessions[1]'));
    expect(problem).to.include({ skipped: true, entry: 'broken' });
    expect(problem.message).to.contain('nowhere');
  });

  const failures: [string, string | undefined, number?][] = [
    ['http-404', `${base}missing.json`],
    ['not-json', `${base}not-json.json`],
    ['bad-version', `${base}version-2.json`],
    ['network', 'http://127.0.0.1:9/feed.json'],
    ['no-feed', undefined],
    ['timeout', `/slow/13000${base}feed.json?timeout`, 30000],
  ];
  for (const [code, src, timeout] of failures) {
    it(`care-feed-error ${code}: { code, message, savedCopy } on every widget, bubbling across shadow roots`, async () => {
      for (const event of await details(src, 'care-feed-error', timeout)) {
        const name = (event.target as Element).localName;
        expect(event.bubbles && event.composed, name).to.equal(true);
        expect(event.detail.code, name).to.equal(code);
        expect(event.detail.savedCopy, name).to.equal(false);
        expect(event.detail.message, name).to.be.a('string').with.length.above(20);
        expect(event.detail.message, name).not.to.match(/undefined|\[object|TypeError|SyntaxError/);
      }
    });
  }
});
