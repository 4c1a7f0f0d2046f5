/**
 * A feed file that is not JSON, as people end up with one: written by hand (a comma after the last
 * item, a comment, single quotes), cut short, emptied by a failed upload, or put up compressed. The
 * keeper is told what and where, by line and column, in the same words in every browser engine
 * (Chromium and Firefox name the place in their own words, WebKit does not name it).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/awareness-banner/define.js';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { startWorker, worker } from '../mocks/browser.js';
import { until, visibleText } from '../helpers.js';

/** What parseFeed says of `text`, which it cannot use. */
function says(text: string): string {
  try {
    parseFeed(text);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('not-json');
    return (error as FeedError).message;
  }
  throw new Error('parsed, but was expected to fail');
}

const CHECK = 'Check it with a JSON validator.';

describe('a feed that is not JSON', () => {
  const cases: [string, string, string][] = [
    ['a comma after the last item', '{\n  "version": 1,\n  "organization": {\n    "name": "Riverside",\n  },\n  "messages": []\n}\n',
      'at line 5, column 3: a comma after the last item; remove it (JSON allows no comma before } or ])'],
    ['a comma after the last item of a list', '{"version": 1, "messages": [{"id": "a"},]}',
      'at line 1, column 41: a comma after the last item; remove it (JSON allows no comma before } or ])'],
    ['a comment', '{\n  // our feed\n  "version": 1\n}', 'at line 2, column 3: a comment; remove it (JSON has no comments)'],
    ['single quotes', "{'version': 1}", 'at line 1, column 2: single quotes; JSON needs double quotes, "like this"'],
    ['text in quotes that runs over a line', '{"version": 1, "organization": {"name": "River\nside"}}',
      'at line 1, column 47: text in quotes is not closed on its line; end it with ", or write \\n for a new line inside text'],
    ['a file cut short', '{\n  "version": 1,\n  "messages": [{"id": "a", "text": "Hello"}',
      'at line 3, column 44: the file ends before the feed does, as if cut short: upload it again, or look for a missing } or ]'],
  ];
  for (const [what, text, where] of cases) {
    it(`says where, and the fix: ${what}`, () => {
      expect(says(text)).to.equal(`The feed is not valid JSON ${where}. ${CHECK}`);
    });
  }

  it('counts lines from the top of the file, the byte-order mark and blank lines before the feed included', () => {
    expect(says('\uFEFF\n\n{"version": 1,}')).to.equal(`The feed is not valid JSON at line 3, column 15: a comma after the last item; remove it (JSON allows no comma before } or ]). ${CHECK}`);
  });

  it('names the place of any other slip, with the browser’s own words for it', () => {
    const message = says('{\n  "version": 1\n  "organization": {}\n}');
    expect(message).to.match(/^The feed is not valid JSON at line 3, column 3: \S.*\. Check it with a JSON validator\.$/);
    // Without the place in the browser's words too, or the text it quotes.
    expect(message).not.to.match(/position|line 3 column|JSON data|"organization/);
  });

  it('says a file with nothing in it is empty, to be uploaded again', () => {
    for (const text of ['', '  \n\t', '\uFEFF']) {
      expect(says(text)).to.equal('The feed file is empty: upload it again (an upload that fails part-way can leave an empty file).');
    }
  });

  it('still says a web page is one', () => {
    expect(says('<!doctype html><title>Page not found</title>')).to.match(/^The feed is not valid JSON \(.+\)\. It looks like a web page, not the feed: check the feed's address\.$/);
  });
});

describe('a feed file that is not JSON, fetched by a widget', () => {
  before(startWorker);
  beforeEach(() => localStorage.clear());
  afterEach(() => worker.resetHandlers());

  async function errorFor(url: string, body: BodyInit, type: string): Promise<CustomEvent> {
    worker.use(http.get(url, () => new HttpResponse(body, { headers: { 'content-type': type } })));
    let error: CustomEvent | undefined;
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = fixtureSync<HTMLElement>(html`<care-awareness-banner src=${url} @care-feed-error=${(e: CustomEvent) => (error = e)}></care-awareness-banner>`);
      await until(() => !!error, 4000, 'care-feed-error');
      expect(visibleText(el)).to.contain('in a form this page can’t read');
    } finally {
      console.warn = warn;
    }
    return error!;
  }

  it('says an empty file is empty (a failed upload)', async () => {
    const { detail } = await errorFor('/feeds/uploaded-empty.json', '', 'application/json');
    expect(detail).to.deep.equal({ code: 'not-json', message: 'The feed file is empty: upload it again (an upload that fails part-way can leave an empty file).', savedCopy: false });
  });

  it('says a compressed file is one, in words with no raw bytes in them', async () => {
    // The start of a .json.gz file, sent as it is, without Content-Encoding.
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xab, 0x56, 0x2a, 0x4b, 0x2d, 0x2a]);
    const { detail } = await errorFor('/feeds/compressed.json.gz', gzip, 'application/gzip');
    expect(detail.message).to.equal('The feed is a compressed (gzip) file: put the plain .json file on the server instead.');
  });
});
