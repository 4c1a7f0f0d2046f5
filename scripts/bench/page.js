// One load of one benchmark page in Chromium, and what it measured. The page's
// own probe (bench/probe.js) notes the times; this drives it from outside.
import puppeteer from 'puppeteer-core';

/** What a typed search looks for; the generated feed has it only in titles ("Grief and loss …"). */
const QUERY = 'grief';
const PAGE_TIMEOUT_MS = 120_000;

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    protocolTimeout: PAGE_TIMEOUT_MS,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** BENCH_LATENCY=<ms>: each request waits this long for its answer, as on a mobile network. */
const LATENCY_MS = Number(process.env.BENCH_LATENCY || 0);

/** A first visit (nothing cached) over a network with LATENCY_MS of round trip: where a chain of requests costs. */
async function firstVisitOnSlowNetwork(page) {
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
}

/**
 * Loads `url` in a new tab and waits for its first item. Then, as asked:
 * `settle` waits for the page to go quiet (and gives the longest task after
 * the first item), `heap` reads the JS heap after a full garbage collection,
 * `search` types a search and times its match on screen.
 */
export async function measurePage(browser, url, { settle = false, heap = false, search = false } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.setViewport({ width: 1024, height: 800 });
    if (LATENCY_MS > 0) await firstVisitOnSlowNetwork(page);
    await page.goto(url, { timeout: PAGE_TIMEOUT_MS });
    const shown = await page.evaluate(async (timeoutMs) => {
      await window.bench.shown(timeoutMs);
      return window.bench.firstItem !== undefined;
    }, PAGE_TIMEOUT_MS / 2);
    if (!shown) throw new Error(`${url} showed nothing within ${PAGE_TIMEOUT_MS / 2000} s${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`);
    if (settle || heap || search) await page.evaluate(() => window.bench.settled());
    const result = await page.evaluate(() => {
      const { firstItem, feedLoaded, longTasks } = window.bench;
      const after = longTasks.filter((task) => task.startTime >= firstItem).map((task) => task.duration);
      return {
        firstItem,
        feedRequested: performance.getEntriesByType('resource').find((entry) => entry.name.includes('/feeds/'))?.startTime,
        feedToFirstItem: feedLoaded === undefined ? undefined : firstItem - feedLoaded,
        // Long tasks are those over 50 ms; 0 stands for "none after the first item".
        longestTask: Math.max(0, ...after),
      };
    });
    if (!settle) delete result.longestTask;
    if (heap) result.heapMB = await usedHeapMB(page);
    if (search) Object.assign(result, await typeSearch(page));
    return { ...result, errors };
  } finally {
    await page.close();
  }
}

/** JSHeapUsedSize after two full collections (the second frees what the first finalized). */
async function usedHeapMB(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 2 ** 20;
}

/**
 * Types the query into the finder's empty search box (one input event, as a
 * paste or a phone's word suggestion gives) and times, from that event, the
 * first frame showing only matching sessions. Then, once the page is quiet,
 * checks again that what stays on screen is matches only, and at least one.
 */
async function typeSearch(page) {
  const field = await page.waitForSelector('care-session-finder >>> input[type="search"]');
  await field.focus();
  await page.evaluate((query) => {
    const finder = document.querySelector('care-session-finder');
    const field = finder.shadowRoot.querySelector('input[type="search"]');
    // The title of each session row shown (its `.title` inside the row's `session` part).
    window.bench.shownTitles = () => [...finder.shadowRoot.querySelectorAll('[part="session"] .title')].map((t) => t.textContent);
    window.bench.onlyMatches = (titles) => titles.length > 0 && titles.every((t) => t.toLowerCase().includes(query));
    window.bench.search = new Promise((resolve) => {
      field.addEventListener('input', (event) => {
        const typedAt = event.timeStamp;
        (function watch() {
          if (window.bench.onlyMatches(window.bench.shownTitles())) resolve(performance.now() - typedAt);
          else if (performance.now() - typedAt > 10_000) resolve(undefined);
          else requestAnimationFrame(watch);
        })();
      }, { once: true });
    });
  }, QUERY);
  await page.keyboard.sendCharacter(QUERY);
  const searchMs = await page.evaluate(() => window.bench.search);
  const shown = await page.evaluate(async () => {
    await window.bench.settled({ quietMs: 300 });
    return window.bench.shownTitles();
  });
  // Correctness is what stays on screen; the time is reported only (undefined when it took over 10 s).
  const searchOk = shown.length > 0 && shown.every((t) => t.toLowerCase().includes(QUERY));
  return { searchMs, searchOk, searchShown: shown.length };
}
