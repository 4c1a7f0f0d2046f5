// `npm run check-stories` (and a step of `npm test`): every story and every docs page of the
// built Storybook (storybook-static/, from `npm run build-storybook`) opened in Chromium.
// A story fails when it does not render, its play function throws or times out,
// a widget in it warns of an attribute it cannot use (the story shows a mistake, not
// the widget), or axe-core finds a WCAG 2.0/2.1 A or AA violation in the story's root
// (shadow roots included). Once every story is checked, each widget's stories together
// must show every part custom-elements.json lists for it: a designer styles a state in
// Storybook, or not at all. A docs page (the guides, each widget's page) fails when it does not
// render or has an axe violation; a widget's page also when it is taller than DOCS_MAX_HEIGHT
// or opens on a story that renders nothing or is still loading. Prints one line per story
// and page and a closing `N passed, M failed`. CHECK_STORIES_ONLY=<text> checks only the
// entries whose id contains it.
//
// Written here rather than with @storybook/test-runner: that runner visits stories only, not
// docs pages (which this must open, and read the story a page opens on), and drives the browser
// through Playwright, which this project does not install (puppeteer-core drives Debian's Chromium).
//
// How a story's end is detected (Storybook 10, storybook/internal/preview-api
// StoryRender): the preview emits `storyRendered` once the story and its play
// function are done, then runs afterEach hooks (addon-a11y's own axe run), then
// emits `storyFinished` { storyId, status } — on every path, errors included.
// Its status is not enough: the preview's default parameters set
// `throwPlayFunctionExceptions: false`, so a play function that throws still
// ends in status "success". Failures are announced on their own, and each is
// checked: `playFunctionThrewException`, `storyThrewException` (a loader,
// beforeEach or render threw), `storyErrored` (the renderer got nothing it can
// show), `storyMissing`, `unhandledErrorsWhilePlaying`; and any uncaught error
// in the page (puppeteer's `pageerror`). The preview's channel keeps the last arguments
// of every event it has emitted (`channel.data`), so polling it cannot miss an
// event that came before the poll started.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const ROOT = resolve('storybook-static');
/** Up to this many stories at once (one per core on the CI machine). */
const CONCURRENCY = Number(process.env.CHECK_STORIES_CONCURRENCY || 2);
const TIMEOUT_MS = 15_000;
/** Stories tagged `slow` (the 5,000-session finder) get longer; none is skipped. */
const SLOW_TIMEOUT_MS = 60_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A docs page taller than this is a wall to scroll, not a page to read (a story is a 36rem box there). */
const DOCS_MAX_HEIGHT = 16_000;
/** How long the story a widget's docs page opens on may take to load its feed. */
const PRIMARY_SETTLE_MS = 8_000;
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** storybook-static/ on a free loopback port; only GET and HEAD, nothing outside the folder. */
function serve() {
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT + sep)) return res.writeHead(404).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        // Hashed build assets are cached across the story pages; the rest is always fresh.
        'cache-control': path.startsWith('/assets/') ? 'max-age=3600' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** In the page: the story's state from the preview channel's last events, or null while it is still going. */
function storyState(id) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const last = (name) => channel?.data?.[name]?.[0];
  // Assertion messages from storybook/test carry a dump of the whole DOM after a blank line; keep the assertion.
  const message = (error) => {
    const text = error ? [error.name, error.message].filter(Boolean).join(': ') || String(error) : '';
    const first = text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
    return first.length > 400 ? `${first.slice(0, 400)}…` : first;
  };
  const errors = [];
  const play = last('playFunctionThrewException');
  if (play) errors.push(`play function threw ${message(play)}`);
  const threw = last('storyThrewException');
  if (threw && !play) errors.push(`story threw (loader, beforeEach or render) ${message(threw)}`);
  const errored = last('storyErrored');
  if (errored) errors.push(`render error: ${[errored.title, errored.description].filter(Boolean).join(': ')}`);
  const unhandled = channel?.data?.unhandledErrorsWhilePlaying?.[0];
  if (unhandled?.length) errors.push(`unhandled errors while playing: ${unhandled.map(message).join('; ')}`);
  if (last('storyMissing') !== undefined) errors.push(`story ${id} is missing from the preview`);
  const finished = last('storyFinished');
  if (finished?.storyId === id) {
    if (finished.status !== 'success' && errors.length === 0) {
      const failedReports = (finished.reporters ?? []).filter((r) => r.status === 'failed').map((r) => r.type);
      errors.push(`Storybook reported status "${finished.status}"${failedReports.length ? ` (failed: ${failedReports.join(', ')})` : ''}`);
    }
    return { finished: true, errors };
  }
  // A missing story never finishes; anything else is reported once the render has finished.
  if (last('storyMissing') !== undefined) return { finished: false, errors };
  return null;
}

/** In the page: each widget in the story's root (in a <care-feed> too) and the parts its shadow root shows. */
function partsShown() {
  const shown = {};
  for (const el of document.querySelectorAll('#storybook-root *')) {
    if (!el.localName.startsWith('care-') || !el.shadowRoot) continue;
    const parts = [...el.shadowRoot.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part').split(/\s+/));
    shown[el.localName] = [...new Set([...(shown[el.localName] ?? []), ...parts])];
  }
  return shown;
}

/** Parts no story can show: the lookup's card exists only while the browser prints it. */
const PARTS_NOT_ON_SCREEN = new Set(['print-card']);
/** Tag → the parts some story showed. */
const partsSeen = new Map();

/** In the page: what Storybook's render is doing, for a timeout's message. */
function renderPhase() {
  const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  const root = document.querySelector('#storybook-root');
  return `${phase ? `phase "${phase}"` : 'preview not started'}${root && root.childElementCount === 0 ? ', #storybook-root empty' : ''}`;
}

/** In the page: the text the story's widgets show (their shadow roots), to explain a failure. */
function widgetText() {
  const root = document.querySelector('#storybook-root');
  const texts = [...(root?.querySelectorAll('*') ?? [])]
    .filter((el) => el.shadowRoot)
    .map((el) => `<${el.localName}> "${el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 200)}"`);
  return texts.length ? `the widget shows: ${texts.join('; ')}` : '';
}

/** In the page: axe on the story's (or the docs page's) root, shadow roots included. */
async function runAxe(tags, selector = '#storybook-root', exclude = []) {
  const root = document.querySelector(selector);
  if (!root || root.childElementCount === 0) return { error: `${selector} is empty` };
  if (document.body.classList.contains('sb-show-errordisplay')) return { error: 'Storybook shows its error display' };
  const result = await window.axe.run(exclude.length ? { include: [[selector]], exclude: exclude.map((s) => [s]) } : root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return {
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ')),
    })),
  };
}

/** In the page: whether Storybook has rendered docs page `id`, or shows an error instead. */
function docsState(id) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return { finished: true, errors: [`Storybook shows its error display: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''}`] };
  }
  return channel?.data?.docsRendered?.[0] === id ? { finished: true, errors: [] } : null;
}

/**
 * In the page: the story a widget's docs page opens on (its first canvas), once its widgets are no
 * longer busy loading: whether they show any text a person can see, and what.
 */
async function primaryStory(settleMs) {
  const story = document.querySelector('#storybook-docs .docs-story');
  if (!story) return { error: 'the page shows no story' };
  const widgets = () => [...story.querySelectorAll('*')].filter((el) => el.localName.startsWith('care-') && el.shadowRoot);
  const busy = () => widgets().some((el) => el.shadowRoot.querySelector('[aria-busy="true"]'));
  const deadline = Date.now() + settleMs;
  while ((widgets().length === 0 || busy()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (widgets().length === 0) return { error: 'its first story has no widget in it' };
  if (busy()) return { error: `its first story is still loading after ${settleMs / 1000} s` };
  const seen = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };
  let text = '';
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.parentElement && seen(child.parentElement)) text += child.textContent;
      if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  for (const widget of widgets()) walk(widget.shadowRoot);
  text = text.replace(/\s+/g, ' ').trim();
  return text ? { text } : { error: `its first story renders nothing a person can see (${widgets().map((el) => `<${el.localName}>`).join(', ')})` };
}

/**
 * A new tab that records its uncaught errors, and how to open a story or docs page in it.
 * Each tab has a browser context of its own, so stories checked side by side never share
 * localStorage (a story that seeds a saved copy would otherwise race the others' copies).
 */
async function newTab(browser, base, entry, viewMode, timeout) {
  const page = await (await browser.createBrowserContext()).newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message.split('\n')[0]));
  // A widget's word on an attribute it cannot use (src/internal/attributes.ts): '<care-x>: name="value" needs …'.
  const attributeWarnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warn' && /^<care-[\w-]+>:? [\w-]+="[^"]*" needs /.test(message.text())) attributeWarnings.push(message.text());
  });
  const open = async () => {
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'domcontentloaded', timeout });
  };
  return { page, pageErrors, attributeWarnings, open };
}

async function checkDocs(browser, base, entry) {
  const started = Date.now();
  const { page, pageErrors, attributeWarnings, open } = await newTab(browser, base, entry, 'docs', TIMEOUT_MS);
  try {
    await open();
    let state;
    try {
      const handle = await page.waitForFunction(docsState, { timeout: TIMEOUT_MS, polling: 50 }, entry.id);
      state = await handle.jsonValue();
    } catch (error) {
      if (error?.name !== 'TimeoutError') throw error;
      return { ok: false, reasons: [`the docs page did not render in ${TIMEOUT_MS / 1000} s`], ms: Date.now() - started };
    }
    const reasons = [...state.errors];
    let height = 0;
    // A widget's own page (autodocs, not a written guide) opens on its first story, which must show the widget working.
    const widgetPage = entry.tags?.includes('autodocs') && !entry.tags.some((tag) => tag.endsWith('-mdx'));
    if (reasons.length === 0 && widgetPage) {
      const primary = await page.evaluate(primaryStory, PRIMARY_SETTLE_MS);
      if (primary.error) reasons.push(`the docs page opens on a story that does not show the widget: ${primary.error}`);
    }
    if (reasons.length === 0) {
      // The other stories on the page load their feeds too (each through MSW).
      await new Promise((r) => setTimeout(r, 1000));
      height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (widgetPage && height > DOCS_MAX_HEIGHT) reasons.push(`the docs page is ${height.toLocaleString('en')} px tall (at most ${DOCS_MAX_HEIGHT.toLocaleString('en')})`);
      await page.addScriptTag({ path: AXE_PATH });
      // Storybook's own controls table is left out: its boolean switches' hidden "False"/"True"
      // labels fail colour contrast, which is Storybook's to fix, not a widget's or a guide's.
      const axe = await page.evaluate(runAxe, AXE_TAGS, '#storybook-docs', ['.docblock-argstable']);
      if (axe.error) reasons.push(axe.error);
      for (const v of axe.violations ?? []) reasons.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
    }
    if (pageErrors.length) reasons.push(`uncaught errors in the page: ${pageErrors.join('; ')}`);
    for (const warning of attributeWarnings) reasons.push(`a widget warns of its attributes: ${warning}`);
    return { ok: reasons.length === 0, reasons, ms: Date.now() - started, note: height ? `${height.toLocaleString('en')} px tall` : '' };
  } catch (error) {
    return { ok: false, reasons: [`could not check: ${error?.message ?? error}`], ms: Date.now() - started };
  } finally {
    await page.browserContext().close().catch(() => {});
  }
}

async function checkStory(browser, base, entry) {
  const timeout = entry.tags?.includes('slow') ? SLOW_TIMEOUT_MS : TIMEOUT_MS;
  const started = Date.now();
  const { page, pageErrors, attributeWarnings, open } = await newTab(browser, base, entry, 'story', timeout);
  try {
    await open();
    let state;
    try {
      const handle = await page.waitForFunction(storyState, { timeout: Math.max(1, timeout - (Date.now() - started)), polling: 50 }, entry.id);
      state = await handle.jsonValue();
    } catch (error) {
      if (error?.name !== 'TimeoutError') throw error;
      const phase = await page.evaluate(renderPhase).catch(() => 'page not answering');
      const shown = await page.evaluate(widgetText).catch(() => '');
      return { ok: false, reasons: [`timed out after ${timeout / 1000} s (${phase})`, shown].filter(Boolean), ms: Date.now() - started };
    }
    if (state.errors.length) {
      const shown = await page.evaluate(widgetText).catch(() => '');
      return { ok: false, reasons: [...state.errors, shown].filter(Boolean), ms: Date.now() - started };
    }
    await page.addScriptTag({ path: AXE_PATH });
    const axe = await page.evaluate(runAxe, AXE_TAGS);
    for (const [tag, parts] of Object.entries(await page.evaluate(partsShown))) {
      partsSeen.set(tag, new Set([...(partsSeen.get(tag) ?? []), ...parts]));
    }
    const reasons = [];
    if (axe.error) reasons.push(axe.error);
    for (const v of axe.violations ?? []) reasons.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
    if (pageErrors.length) reasons.push(`uncaught errors in the page: ${pageErrors.join('; ')}`);
    for (const warning of attributeWarnings) reasons.push(`a widget warns of its attributes: ${warning}`);
    return { ok: reasons.length === 0, reasons, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, reasons: [`could not check: ${error?.message ?? error}`], ms: Date.now() - started };
  } finally {
    await page.browserContext().close().catch(() => {});
  }
}

const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const only = process.env.CHECK_STORIES_ONLY;
const entries = Object.values(index.entries).filter((e) => !only || e.id.includes(only));
const stories = entries.filter((e) => e.type === 'story');
const docsPages = entries.filter((e) => e.type === 'docs');
if (stories.length + docsPages.length === 0) {
  console.error(`storybook-static/index.json lists no stories${only ? ` whose id contains "${only}"` : ''}.`);
  process.exit(1);
}

const startedAll = Date.now();
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 60_000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

console.log(`${stories.length} stories and ${docsPages.length} docs pages from storybook-static/, ${CONCURRENCY} at a time; axe: ${AXE_TAGS.join(', ')}`);
let passed = 0;
let failed = 0;
try {
  const queue = [...docsPages, ...stories];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const { ok, reasons, ms, note } = await (entry.type === 'docs' ? checkDocs : checkStory)(browser, base, entry);
      const name = `${entry.title} › ${entry.name}${entry.type === 'docs' ? ' (page)' : ''}`;
      const time = `(${[`${(ms / 1000).toFixed(1)} s`, note].filter(Boolean).join(', ')})`;
      if (ok) {
        passed++;
        console.log(`ok   ${name} ${time}`);
      } else {
        failed++;
        console.log(`FAIL ${name} ${time} [${entry.id}]\n${reasons.map((r) => `       ${r}`).join('\n')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
// Only when every story was opened: one filtered by CHECK_STORIES_ONLY shows only some parts.
const manifestPath = resolve('custom-elements.json');
if (!only && existsSync(manifestPath)) {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const seen = partsSeen.get(declaration.tagName) ?? new Set();
    const missing = (declaration.cssParts ?? []).map((part) => part.name).filter((name) => !seen.has(name) && !PARTS_NOT_ON_SCREEN.has(name));
    if (missing.length === 0) continue;
    failed++;
    console.log(`FAIL <${declaration.tagName}>: no story shows the part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that its docs list`);
  }
}
console.log(`Checked in ${((Date.now() - startedAll) / 1000).toFixed(1)} s.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
