import { expect, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { forgetFeed, loadFeed } from '../../src/feed/load.js';
import { keepNoCopies, readSavedCopy, saveCopy } from '../../src/feed/saved-copies.js';
import { feeds } from '../mocks/feeds.js';
import { until, visibleText } from '../helpers.js';
import { startWorker, worker } from '../mocks/browser.js';

const PREFIX = 'care-widgets:feed:';
const base = `${location.origin}/feeds/`;

/** What the widgets left in this browser's storage: saved copies by address, and their size in characters. */
function savedCopies(): { urls: string[]; chars: number } {
  const urls: string[] = [];
  let chars = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (!key.startsWith(PREFIX)) continue;
    urls.push(key.slice(PREFIX.length));
    chars += key.length + localStorage.getItem(key)!.length;
  }
  return { urls: urls.sort(), chars };
}

/** Saves copies one minute apart, in the order given. */
function saveInTurn(urls: string[], text = '{"version":1}'): void {
  urls.forEach((url, i) => saveCopy(url, text, new Date(Date.UTC(2026, 2, 1, 12, i))));
}

describe('saved copies of feeds', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    worker.resetHandlers();
    localStorage.clear();
  });

  it('keeps a site that adds ?v=N to its feed from filling storage, visit after visit, and still has the newest', async () => {
    // A feed of 350,000 characters: 14 versions of it would be 4.9 million, about the whole of a site's storage.
    const big = { ...feeds.oneMessage, notes: 'x'.repeat(350_000) };
    worker.use(http.get('/feeds/versioned.json', () => HttpResponse.json(big)));
    for (let version = 1; version <= 14; version++) await loadFeed(`/feeds/versioned.json?v=${version}`);
    // A copy is saved just after the feed arrives.
    await until(() => savedCopies().urls.at(-1) === `${base}versioned.json?v=14`, 3000, 'the last copy saved');
    const { urls, chars } = savedCopies();
    expect(urls).to.deep.equal([`${base}versioned.json?v=13`, `${base}versioned.json?v=14`]);
    expect(chars).to.be.below(1_000_000);

    forgetFeed('/feeds/versioned.json?v=14');
    worker.use(http.get('/feeds/versioned.json', () => HttpResponse.error()));
    const offline = await loadFeed('/feeds/versioned.json?v=14');
    expect(offline.saved?.error.code).to.equal('network');
    expect(offline.checked.raw.messages).to.have.length(1);
  });

  it('keeps a copy of each feed that differs from another only by its query', async () => {
    worker.use(http.get('/feeds/org.json', ({ request }) => HttpResponse.json(new URL(request.url).searchParams.get('id') === '1' ? feeds.oneMessage : feeds.rotating)));
    await loadFeed('/feeds/org.json?id=1');
    await loadFeed('/feeds/org.json?id=2');
    await until(() => savedCopies().urls.length === 2, 3000, 'both copies saved');
    expect(savedCopies().urls).to.deep.equal([`${base}org.json?id=1`, `${base}org.json?id=2`]);
    forgetFeed('/feeds/org.json?id=1');
    forgetFeed('/feeds/org.json?id=2');
    worker.use(http.get('/feeds/org.json', () => HttpResponse.error()));
    expect((await loadFeed('/feeds/org.json?id=1')).checked.raw.messages).to.have.length(1);
    expect((await loadFeed('/feeds/org.json?id=2')).checked.raw.messages).to.have.length(3);
  });

  it('keeps two copies for one address without its query, dropping the one saved longest ago', () => {
    saveInTurn(['https://a.example/feed.json?v=1', 'https://a.example/feed.json?v=2', 'https://b.example/feed.json', 'https://a.example/feed.json?v=3']);
    expect(savedCopies().urls).to.deep.equal(['https://a.example/feed.json?v=2', 'https://a.example/feed.json?v=3', 'https://b.example/feed.json']);
    expect(readSavedCopy('https://a.example/feed.json?v=1')).to.equal(undefined);
  });

  it('keeps six copies in all, the most recently saved; saving a feed again makes it recent', () => {
    const urls = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `https://${name}.example/feed.json`);
    saveInTurn([...urls, urls[0], 'https://g.example/feed.json']);
    expect(savedCopies().urls).to.deep.equal([urls[0], ...urls.slice(2), 'https://g.example/feed.json']);
  });

  it('keeps within a million characters in all, dropping the oldest copies to make room', () => {
    const large = `{"version":1,"notes":"${'x'.repeat(400_000)}"}`;
    saveInTurn(['https://a.example/feed.json', 'https://b.example/feed.json', 'https://c.example/feed.json'], large);
    const { urls, chars } = savedCopies();
    expect(urls).to.deep.equal(['https://b.example/feed.json', 'https://c.example/feed.json']);
    expect(chars).to.be.below(1_000_000);
  });

  it('does not save a feed over 500,000 characters, and keeps the copy it had', () => {
    saveCopy('https://a.example/feed.json', '{"version":1}', new Date('2026-03-01T00:00:00Z'));
    saveCopy('https://a.example/feed.json', `{"version":1,"notes":"${'x'.repeat(500_000)}"}`);
    expect(readSavedCopy('https://a.example/feed.json')).to.deep.equal({ at: '2026-03-01T00:00:00.000Z', text: '{"version":1}' });
  });

  it('trims copies piled up by earlier versions on the next save', () => {
    for (let v = 1; v <= 9; v++) localStorage.setItem(`${PREFIX}https://a.example/feed.json?v=${v}`, JSON.stringify({ at: `2026-01-0${v}T00:00:00.000Z`, text: '{}' }));
    localStorage.setItem('site:own-data', 'kept');
    saveCopy('https://a.example/feed.json?v=10', '{"version":1}', new Date('2026-03-01T00:00:00Z'));
    expect(savedCopies().urls).to.deep.equal(['https://a.example/feed.json?v=10', 'https://a.example/feed.json?v=9']);
    expect(localStorage.getItem('site:own-data')).to.equal('kept');
  });

  it('carries on without a copy when storage refuses it', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => saveCopy('https://a.example/feed.json', '{"version":1}')).not.to.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(readSavedCopy('https://a.example/feed.json')).to.equal(undefined);
  });

  it('tells the console why visitors see a saved copy, once, with its date and the failure in words', async () => {
    const url = '/feeds/saved-then-gone.json';
    worker.use(http.get(url, () => HttpResponse.json(feeds.oneMessage), { once: true }));
    await loadFeed(url);
    await until(() => savedCopies().urls.length === 1, 3000, 'the copy saved');
    // As on a later visit, when the feed has gone from the server.
    forgetFeed(url);
    worker.use(http.get(url, () => new HttpResponse('<h1>Not found</h1>', { status: 404, statusText: 'Not Found' })));
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
    const errors: CustomEvent[] = [];
    try {
      const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url} @care-feed-error=${(e: CustomEvent) => errors.push(e)}></care-awareness-banner>`);
      await until(() => errors.length > 0, 4000, 'care-feed-error');
      expect(visibleText(el)).to.contain('Saved copy from');
    } finally {
      console.warn = warn;
    }
    const date = new Date(JSON.parse(localStorage.getItem(`${PREFIX}${base}saved-then-gone.json`)!).at).toLocaleDateString();
    expect(said).to.deep.equal([
      `<care-awareness-banner>: visitors see a saved copy from ${date}, as the live feed failed. The feed at ${base}saved-then-gone.json answered 404 Not Found.`,
    ]);
    expect(errors[0].detail).to.deep.equal({ code: 'http-404', message: `The feed at ${base}saved-then-gone.json answered 404 Not Found.`, savedCopy: true });
  });

  // Last: from here on the page keeps no copy.
  it('removes every copy for a page that must keep none, without reading one, and leaves the site\'s own data', () => {
    saveInTurn(['https://a.example/feed.json', 'https://b.example/feed.json'], 'x'.repeat(400_000));
    localStorage.setItem('site:own-data', 'kept');
    expect(savedCopies().urls).to.have.length(2);
    const read: string[] = [];
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      read.push(key);
      return getItem.call(this, key);
    };
    try {
      keepNoCopies();
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(read).to.deep.equal([]);
    expect(savedCopies().urls).to.deep.equal([]);
    expect(localStorage.getItem('site:own-data')).to.equal('kept');
    saveCopy('https://a.example/feed.json', '{"version":1}');
    expect(savedCopies().urls).to.deep.equal([]);
  });
});
