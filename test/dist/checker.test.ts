/**
 * The checker page shipped in dist/, served with the strict CSP (script-src 'self', style-src
 * 'self'): a feed fetched from its address, pasted, chosen or dropped is checked with line numbers
 * and fixes, beside the widgets previewing it; axe-clean, keyboard reachable, and nothing is
 * fetched but the address typed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers.js';

type AxeResults = { violations: { id: string; nodes: { target: unknown }[] }[] };
type CheckerWindow = Window & typeof globalThis & { axe?: { run(context: Document, options?: object): Promise<AxeResults> } };

const CHAPEL = '/test/tools/fixtures/chapel-feed.json';
const GOOD = '/test/dist/pages/sessions.json';

let frame: HTMLIFrameElement;
let win: CheckerWindow;
let violations: string[];
const $ = <E extends Element = HTMLElement>(selector: string) => win.document.querySelector<E>(selector)!;
const verdict = () => $('#verdict').textContent!.trim();
const reportText = () => $('#report').textContent!.replace(/\s+/g, ' ');
const items = () => [...win.document.querySelectorAll('#report .problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const widget = (tag: string) => $(`#preview ${tag}`);
const focused = () => win.document.activeElement;

async function fetchAndCheck(address: string): Promise<void> {
  $<HTMLInputElement>('#address').value = new URL(address, location.href).href;
  $<HTMLButtonElement>('#address-form button').click();
  await until(() => !verdict().startsWith('Fetching') && !verdict().startsWith('Paste'), 5000, 'the check');
}

function paste(text: string): void {
  const box = $<HTMLTextAreaElement>('#feed-text');
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A file as a person would choose or drop it. */
const feedFile = (bytes: BlobPart, name = 'feed.json') => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, { type: 'application/json' }));
  return transfer;
};

describe('the checker page (dist/checker.html)', () => {
  before(async function () {
    if (!(await fetch('/dist/checker.html', { method: 'HEAD' })).ok) this.skip(); // dist/ is not built
  });

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = '/dist/checker.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win = frame.contentWindow as CheckerWindow;
    violations = [];
    win.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  afterEach(() => frame.remove());

  it('is served with the strict policy', async () => {
    const policy = (await fetch('/dist/checker.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.not.contain('unsafe');
  });

  it('checks a feed from its address: each problem with its line, whether it is left out, and the fix', async () => {
    await fetchAndCheck(CHAPEL);
    expect(verdict()).to.equal('Not ready: the file cannot be read as it is, and 3 entries are left out.');
    expect(reportText()).to.contain('The JSON has 1 mistake, so every widget would say it cannot read the information:');
    const [comma, zone, time, place] = items();
    expect(comma).to.equal('Line 33 a comma before `]` on line 33: remove it (JSON allows no comma after the last item)');
    expect(zone).to.match(/^Line 20 sessions\[0\]\.schedule\.timezone \(“tuesday-circle”\) Left out: "EST" is a fixed-offset zone name that ignores summer time.* use a place-based name such as "America\/New_York"/);
    expect(time).to.match(/^Line 26 sessions\[1\]\.schedule\.time \(“evening-circle”\) Left out: "7pm" is not a time; write it as HH:MM/);
    expect(place).to.match(/^Line 31 sessions\[2\]\.place \(“grief-group”\) Left out: no place has the id "chapel-hal"/);
    expect(reportText()).to.contain('3 sessions, 3 left out');
    // The file's text is in the box, to fix there; the widgets show what visitors would: it cannot be read.
    expect($<HTMLTextAreaElement>('#feed-text').value).to.contain('"chapel-hal"');
    await until(() => !!widget('care-session-finder').shadowRoot?.querySelector('[part="error"]'), 5000, 'the finder’s error');
    expect(violations).to.deep.equal([]);
  });

  it('shows a problem’s line in the feed, from the keyboard', async () => {
    await fetchAndCheck(CHAPEL);
    $<HTMLTextAreaElement>('#feed-text').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()!.getAttribute('aria-label')).to.equal('Line 33, column 6: show it in the feed');
    await sendKeys({ press: 'Tab' });
    expect(focused()!.getAttribute('aria-label')).to.equal('Line 20, column 114: show it in the feed');
    await sendKeys({ press: 'Enter' });
    const box = $<HTMLTextAreaElement>('#feed-text');
    expect(focused()).to.equal(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal('"EST" }');
  });

  it('rechecks as the person fixes the feed, and previews every widget on it', async () => {
    const good = await (await fetch(GOOD)).text();
    paste(good.replace('"11:00"', '"11am"'));
    await until(() => verdict().startsWith('Not ready'), 3000, 'the first check');
    expect(items()[0]).to.match(/^Line 6 sessions\[0\]\.schedule\.time \(“tea”\) Left out: "11am" is not a time/);
    paste(good);
    await until(() => verdict() === 'No problems: ready to publish.', 3000, 'the check of the fixed feed');
    expect(reportText()).to.contain('1 place').and.contain('1 session').and.contain('1 message');
    const finder = widget('care-session-finder');
    await until(() => !!finder.shadowRoot?.querySelector('[part="session"]'), 5000, 'the finder’s sessions');
    expect(finder.shadowRoot!.querySelector('[part="session"] .title')!.textContent).to.equal('Tea and talk');
    await until(() => !!widget('care-awareness-banner').shadowRoot?.textContent?.includes('Listening helps more than advice.'), 5000, 'the banner');
    // Nothing was fetched for the pasted feed: only the page's own files from dist/ (and the test server's script it adds to pages).
    const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name));
    const others = fetched.filter((url) => url.origin !== location.origin || !/^\/(dist\/|__web-dev-server)/.test(url.pathname));
    expect(others.map(String)).to.deep.equal([]);
    expect(fetched.filter((url) => url.pathname.endsWith('.json'))).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  it('shows a field written twice, and what the widgets do about each problem', async () => {
    const good = await (await fetch(GOOD)).text();
    paste(good
      .replace('"version": 1,', '"version": 1,\n  "messages": [{ "id": "old", "text": "Lost" }],')
      .replace('"language": "en" }', '"language": "en", "url": "javascript:void 0" }')
      .replace('"address": "1 Hill Road"', '"address": "1 Hill Road", "address_on_request": "no"'));
    await until(() => verdict().startsWith('Not ready'), 3000, 'the check');
    expect(verdict()).to.equal('Not ready: 1 value is ignored because the same field is written again later.');
    expect(reportText()).to.contain('A field written more than once: the widgets use only the last, and ignore these:');
    expect(items()[0]).to.equal('Line 3 "messages" is written twice in the feed: the widgets use only the last one, on line 9, and ignore this one. Keep one: delete this one, or move what it holds into the last.');
    expect(items()[1]).to.match(/^Line 4 organization\.url Shown without it: "javascript:void 0" is not a safe link/);
    expect(items()[2]).to.match(/^Line 5 places\[0\]\.address_on_request \(“library”\) Shown as read: "no" is read as false/);
  });

  it('reads a chosen file, and says a UTF-16 file must be saved as UTF-8', async () => {
    const good = await (await fetch(GOOD)).text();
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...good].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const input = $<HTMLInputElement>('#file');
    input.files = feedFile(utf16).files;
    input.dispatchEvent(new Event('change'));
    await until(() => verdict().startsWith('Not ready'), 3000, 'the check');
    expect(reportText()).to.contain('The file is saved in the wrong encoding:').and.contain('Save it as UTF-8');
    expect($<HTMLTextAreaElement>('#feed-text').value).to.equal(good);
  });

  it('reads a file that is not UTF-8 as Windows-1252, as the widgets do, and says to save it as UTF-8', async () => {
    const good = await (await fetch(GOOD)).text();
    const latin1 = Uint8Array.from(good.replace('Tea and talk', 'Caf\u00e9 \u2013 tea'), (c) => (c === '\u2013' ? 0x96 : c.charCodeAt(0)));
    const input = $<HTMLInputElement>('#file');
    input.files = feedFile(latin1).files;
    input.dispatchEvent(new Event('change'));
    await until(() => verdict().startsWith('Nothing is left out'), 3000, 'the check');
    expect(verdict()).to.equal('Nothing is left out; the file should be saved as UTF-8 (see above).');
    expect(reportText()).to.contain('The widgets read such a file as Windows-1252');
    expect($<HTMLTextAreaElement>('#feed-text').value).to.contain('"Caf\u00e9 \u2013 tea"');
    const finder = widget('care-session-finder');
    await until(() => !!finder.shadowRoot?.querySelector('[part="session"]'), 5000, 'the finder’s sessions');
    expect(finder.shadowRoot!.querySelector('[part="session"] .title')!.textContent).to.equal('Caf\u00e9 \u2013 tea');
  });

  it('says a spreadsheet chosen by mistake is one, and what to do, not that its encoding is wrong', async () => {
    const input = $<HTMLInputElement>('#file');
    input.files = feedFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x9c]), 'groups.xlsx').files;
    input.dispatchEvent(new Event('change'));
    await until(() => verdict().startsWith('Not ready'), 15000, 'the check');
    expect(items()).to.deep.equal(['Line 1 this is an Excel workbook, a Word document or another packed file, not a feed: if it is your spreadsheet, save each sheet as CSV and make the feed with care-widgets from-csv (docs/webmaster-toolkit.md)']);
    expect(reportText()).not.to.contain('encoding');
  });

  it('reads a file dropped on the page', async () => {
    const drop = new win.DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: feedFile(await (await fetch(GOOD)).text()) });
    $('main').dispatchEvent(drop);
    await until(() => verdict() === 'No problems: ready to publish.', 3000, 'the check');
    expect(drop.defaultPrevented).to.equal(true);
  });

  it('says why an address could not be read, and previews nothing', async () => {
    await fetchAndCheck('/test/dist/pages/no-such-feed.json');
    expect(reportText()).to.match(/no-such-feed\.json answered 404 Not Found: the widgets would show an error/);
    expect(win.document.querySelectorAll('#preview care-session-finder')).to.have.length(0);
  });

  it('passes axe with its report and the preview', async () => {
    await fetchAndCheck(CHAPEL);
    paste((await (await fetch(GOOD)).text()).replace('"11:00"', '"11am"'));
    await until(() => items()[0]?.includes('11am') ?? false, 3000, 'the check');
    await until(() => !!widget('care-awareness-banner').shadowRoot?.querySelector('[part="text"]'), 5000, 'the preview');
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.head.append(script);
    await loaded;
    const results = await win.axe!.run(win.document);
    expect(results.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });
});
