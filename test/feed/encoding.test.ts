import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { readFeedText } from '../../src/feed/encoding.js';
import type { FeedError } from '../../src/feed/errors.js';
import { forgetFeed, loadFeed } from '../../src/feed/load.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { explainError } from '../../src/feed/explain.js';
import { feeds } from '../mocks/feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { mountLoaded, until, visibleText } from '../helpers.js';

const json = JSON.stringify(feeds.oneMessage, null, 2);

/** The text in UTF-16 or UTF-32, little- or big-endian, with a byte-order mark or without, as editors save it. */
function encode(text: string, unitBytes: 2 | 4, littleEndian: boolean, bom: boolean): Uint8Array {
  const codePoints = [...(bom ? '\uFEFF' : '') + text].map((c) => c.codePointAt(0)!);
  const units = unitBytes === 4 ? codePoints : [...(bom ? '\uFEFF' : '') + text].flatMap((c) => (c.length > 1 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]));
  const view = new DataView(new ArrayBuffer(units.length * unitBytes));
  units.forEach((unit, i) => (unitBytes === 4 ? view.setUint32(i * 4, unit, littleEndian) : view.setUint16(i * 2, unit, littleEndian)));
  return new Uint8Array(view.buffer);
}

/** The text as a feed saved as "ANSI" in Notepad or Excel: Windows-1252, one byte a character. */
const windows1252 = (text: string): Uint8Array => Uint8Array.from([...text], (c) => {
  const code = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.indexOf(c);
  return code < 0 ? c.charCodeAt(0) : 0x80 + code;
});

/** A feed whose text has the letters a Spanish, French or German feed has, and the marks Word puts in. */
const LATIN_TEXT = 'Salón parroquial “San José” – Grüße, café, niño, 10 €';
const latinFeed = JSON.stringify({ ...feeds.oneMessage, messages: [{ ...feeds.oneMessage.messages[0], text: LATIN_TEXT }] });

/** The text of `bytes` arriving over the network in parts of `size` bytes (all at once by default). */
function decodeFeed(bytes: Uint8Array, size = bytes.length || 1): Promise<[string, true?]> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let start = 0; start < bytes.length; start += size) controller.enqueue(bytes.slice(start, start + size));
      controller.close();
    },
  });
  return readFeedText(body);
}

describe('readFeedText', () => {
  for (const [encoding, unit] of [['UTF-16', 2], ['UTF-32', 4]] as const) {
    for (const littleEndian of [true, false]) {
      for (const bom of [true, false]) {
        it(`recognises ${encoding}, ${littleEndian ? 'little' : 'big'}-endian, ${bom ? 'with' : 'without'} a byte-order mark, and says to save as UTF-8`, async () => {
          for (const text of [json, latinFeed]) {
            let error: FeedError | undefined;
            try {
              await decodeFeed(encode(text, unit, littleEndian, bom));
            } catch (e) {
              error = await explainError(e as FeedError);
            }
            expect(error?.code).to.equal('not-json');
            expect(error?.message).to.contain('saved as UTF-16 or UTF-32').and.to.contain('"Unicode"').and.to.contain('save it again as UTF-8');
          }
        });
      }
    }
  }

  it('reads UTF-8, with or without a byte-order mark, with any characters', async () => {
    const text = '{"version":1,"organization":{"name":"Círculo — 心 🌱 \uFFFD"}}';
    for (const bytes of [new TextEncoder().encode(text), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])]) {
      expect(await decodeFeed(bytes)).to.deep.equal([text]);
    }
    for (const short of ['', '1', ' {}', '\n[]']) expect(await decodeFeed(new TextEncoder().encode(short)), JSON.stringify(short)).to.deep.equal([short]);
    expect(await readFeedText(null)).to.deep.equal(['']);
  });

  it('reads a file saved as "ANSI" (Windows-1252, Latin-1) with its letters right, and says it is not UTF-8', async () => {
    expect(await decodeFeed(windows1252(latinFeed))).to.deep.equal([latinFeed, true]);
  });

  it('reads the same text however the download is cut into parts, a character\'s bytes split between two', async () => {
    const text = '{"version":1,"organization":{"name":"Salón “San José” — 心 🌱"}}';
    const utf8 = new TextEncoder().encode(text);
    for (let size = 1; size <= 5; size++) {
      expect(await decodeFeed(utf8, size), `UTF-8 in parts of ${size}`).to.deep.equal([text]);
      // A byte that is not UTF-8 only in a later part: the text is read again, from the start, as Windows-1252.
      expect(await decodeFeed(windows1252(latinFeed), size), `ANSI in parts of ${size}`).to.deep.equal([latinFeed, true]);
    }
    // UTF-8 cut off in the middle of a character is not UTF-8.
    expect((await decodeFeed(utf8.subarray(0, utf8.length - 4), 4))[1]).to.equal(true);
  });
});

describe('a UTF-16 feed on a page', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('fails to load with the fix in the error, not a bare "not JSON"', async () => {
    worker.use(http.get('/feeds/unicode.json', () => new HttpResponse(encode(json, 2, true, true), { headers: { 'content-type': 'application/json' } })));
    const error = await loadFeed('/feeds/unicode.json').then(() => undefined, (e: FeedError) => explainError(e));
    expect(error?.code).to.equal('not-json');
    expect(error?.message).to.contain('UTF-8');
  });

  it('shows the visitor the calm error, and tells the page how to fix the file', async () => {
    worker.use(http.get('/feeds/unicode-banner.json', () => new HttpResponse(encode(json, 2, false, false))));
    const { el, event } = await mountLoaded(html`<care-awareness-banner src="/feeds/unicode-banner.json"></care-awareness-banner>`);
    expect(event.type).to.equal('care-feed-error');
    expect(event.detail.message).to.contain('saved as UTF-16');
    expect(visibleText(el)).not.to.contain('UTF');
    expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('a feed saved as "ANSI" on a page', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    localStorage.clear();
  });

  it('shows its letters right, and tells the page, once, to save the file as UTF-8, leaving nothing out', async () => {
    worker.use(http.get('/feeds/ansi.json', () => new HttpResponse(windows1252(latinFeed), { headers: { 'content-type': 'application/json' } })));
    const { el, event } = await mountLoaded(html`<care-awareness-banner src="/feeds/ansi.json"></care-awareness-banner>`);
    expect(event.type).to.equal('care-feed-load');
    expect(visibleText(el)).to.contain(LATIN_TEXT).and.not.contain('\uFFFD');
    expect(event.detail.problems.map(({ path, code, skipped }: FeedProblem) => ({ path, code, skipped }))).to.deep.equal([{ path: '', code: 'not-utf-8', skipped: false }]);
    expect(event.detail.problems[0].message).to.contain('not saved as UTF-8').and.contain('"ANSI"').and.contain('Save the file again as UTF-8');
    expect(event.detail.skipped).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says so in the console and in the on-page check, as the file\'s own problem', async () => {
    worker.use(http.get('/feeds/ansi-check.json', () => new HttpResponse(windows1252(latinFeed))));
    location.hash = '#care-check';
    const said: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => said.push(args);
    try {
      const { el } = await mountLoaded(html`<care-awareness-banner src="/feeds/ansi-check.json"></care-awareness-banner>`);
      const check = () => el.shadowRoot!.querySelector('care-check-list')?.shadowRoot?.querySelector('li');
      await until(() => !!check(), 5000, 'the on-page check');
      expect(check()!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Shown, with a fix: The feed file is not saved as UTF-8 .* Save the file again as UTF-8\.$/);
      expect(check()!.querySelector('code')).to.equal(null);
      // The console names each problem's path; the file's own has none, and starts with its words.
      const lines = said.flatMap((args) => args[1] as string[]);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^The feed file is not saved as UTF-8/);
    } finally {
      console.warn = warn;
      location.hash = '';
    }
  });

  it('keeps the copy it shows for when the network fails', async () => {
    worker.use(http.get('/feeds/ansi-saved.json', () => new HttpResponse(windows1252(latinFeed))));
    await loadFeed('/feeds/ansi-saved.json');
    await until(() => localStorage.length > 0, 3000, 'the copy saved');
    forgetFeed('/feeds/ansi-saved.json');
    worker.use(http.get('/feeds/ansi-saved.json', () => HttpResponse.error()));
    const offline = await loadFeed('/feeds/ansi-saved.json');
    expect(offline.saved?.error.code).to.equal('network');
    expect((offline.checked.raw.messages as { text: string }[])[0].text).to.equal(LATIN_TEXT);
  });
});
