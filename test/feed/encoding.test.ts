import { expect, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { checkEncoding, isWideText } from '../../src/feed/encoding.js';
import type { FeedError } from '../../src/feed/errors.js';
import { loadFeed } from '../../src/feed/load.js';
import { explainError } from '../../src/feed/explain.js';
import { feeds } from '../mocks/feeds.js';
import { startWorker, worker } from '../mocks/browser.js';
import { mountLoaded, visibleText } from '../helpers.js';

const json = JSON.stringify(feeds.oneMessage, null, 2);

/** The text in UTF-16 or UTF-32, little- or big-endian, with a byte-order mark or without, as editors save it. */
function encode(text: string, unitBytes: 2 | 4, littleEndian: boolean, bom: boolean): Uint8Array {
  const codePoints = [...(bom ? '\uFEFF' : '') + text].map((c) => c.codePointAt(0)!);
  const units = unitBytes === 4 ? codePoints : [...(bom ? '\uFEFF' : '') + text].flatMap((c) => (c.length > 1 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]));
  const view = new DataView(new ArrayBuffer(units.length * unitBytes));
  units.forEach((unit, i) => (unitBytes === 4 ? view.setUint32(i * 4, unit, littleEndian) : view.setUint16(i * 2, unit, littleEndian)));
  return new Uint8Array(view.buffer);
}

/** The bytes as fetch's Response.text() reads every body: as UTF-8. */
const asUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('checkEncoding', () => {
  for (const [encoding, unit] of [['UTF-16', 2], ['UTF-32', 4]] as const) {
    for (const littleEndian of [true, false]) {
      for (const bom of [true, false]) {
        it(`recognises ${encoding}, ${littleEndian ? 'little' : 'big'}-endian, ${bom ? 'with' : 'without'} a byte-order mark, and says to save as UTF-8`, async () => {
          const text = asUtf8(encode(json, unit, littleEndian, bom));
          expect(isWideText(text)).to.equal(true);
          let error: FeedError | undefined;
          try {
            checkEncoding(text);
          } catch (e) {
            error = await explainError(e as FeedError);
          }
          expect(error?.code).to.equal('not-json');
          expect(error?.message).to.contain('saved as UTF-16 or UTF-32').and.to.contain('"Unicode"').and.to.contain('save it again as UTF-8');
        });
      }
    }
  }

  it('lets UTF-8 through, with or without a byte-order mark, with any characters', () => {
    const text = '{"version":1,"organization":{"name":"Círculo — 心 🌱"}}';
    for (const bytes of [new TextEncoder().encode(text), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])]) {
      expect(() => checkEncoding(asUtf8(bytes))).not.to.throw();
      expect(JSON.parse(asUtf8(bytes))).to.deep.equal(JSON.parse(text));
    }
    for (const short of ['', '1', ' {}', '\n[]']) expect(isWideText(short), JSON.stringify(short)).to.equal(false);
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
