// Browser tests in Debian's Chromium (default), and with --all-browsers also
// Firefox ESR and WebKitGTK's MiniBrowser. How each engine is driven: DEVELOPERS.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { readFile } from 'node:fs/promises';
import { firefoxLauncher, webkitLauncher } from './scripts/browsers.js';
import { failedTestsReporter } from './scripts/failed-tests-reporter.js';
import { signupReceiverPlugin } from './test/volunteer-signup/receiver-plugin.js';

const allBrowsers = process.argv.includes('--all-browsers');
/** CARE_TEST_ENGINE=chromium|firefox|webkit: that engine alone (npm test runs the three as three runs side by side). */
const engine = process.env.CARE_TEST_ENGINE;
const withDist = process.env.CARE_TEST_DIST === '1';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run',
      // Test files run side by side in tabs; a background tab must keep its timers.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  },
});

/** What the built signup's page sent to /dist-signups (every engine's, told apart by the name typed). */
const distSignups = [];

/**
 * Serves MSW's worker at the site root (its scope must cover the test page), the CSP pages with
 * their header, dist/ as a webmaster may have copied it (/site-assets/helpers/cw/ is dist/ under
 * another folder and name), the classic loader as an optimizer's cache serves it
 * (/wp-content/cache/autoptimize/js/), any file late (/slow/<ms>/<path>: a slow network), and only the widgets'
 * own files late (/slow-widget/<ms>/<path>: what their chunks are not kept waiting behind), only their words in
 * other languages late (/slow-words/<ms>/<path>: what the widgets wait for before they show), and a signup
 * endpoint (/dist-signups).
 */
function testServerMiddleware() {
  return async (ctx, next) => {
    // A file over a real connection in parts, slowly or breaking off.
    if (await download(ctx)) return;
    const slow = /^\/slow\/(\d+)(\/.*)$/.exec(ctx.path);
    if (slow) {
      await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
      ctx.path = slow[2];
    }
    const slowWidget = /^\/slow-(widget|words)\/(\d+)(\/.*)$/.exec(ctx.path);
    if (slowWidget) {
      const [, which, ms, path] = slowWidget;
      ctx.path = path;
      const late = which === 'widget' ? /\/widgets\/[\w-]+\.js$/ : /\/widgets\/chunks\/(es|ar|he)-[\w-]+\.js$/;
      if (late.test(ctx.path)) await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    }
    if (ctx.path.startsWith('/site-assets/helpers/cw/')) ctx.path = `/dist/${ctx.path.slice('/site-assets/helpers/cw/'.length)}`;
    // A WordPress optimizer's cache (Autoptimize, WP Rocket): the classic loader moved into a file of its own, nothing beside it.
    if (/^\/wp-content\/cache\/autoptimize\/js\/autoptimize_\w+\.js$/.test(ctx.path)) ctx.path = '/dist/care-widgets.iife.js';
    // The signup endpoint of the built signup's page (test/dist/pages/signup.html): POST keeps a signup, GET lists them.
    if (ctx.path === '/dist-signups') {
      if (ctx.method === 'POST') {
        let body = '';
        for await (const chunk of ctx.req) body += chunk;
        distSignups.push(JSON.parse(body));
      }
      ctx.type = 'application/json';
      ctx.body = ctx.method === 'POST' ? { ok: true } : distSignups;
      return;
    }
    if (ctx.path === '/mockServiceWorker.js') {
      ctx.type = 'application/javascript';
      ctx.body = await readFile(new URL('./public/mockServiceWorker.js', import.meta.url));
      return;
    }
    await next();
    // A slow file is slow every time, not once and then from the cache.
    if (slow || slowWidget) ctx.set('Cache-Control', 'no-store');
    if (ctx.path.startsWith('/test/dist/pages/') || ctx.path === '/dist/checker.html') {
      // Trusted Types enforced, allowing the policy names docs/trusted-types.md lists (or, forgetting one, Lit's alone).
      const policyNames = { '/trusted-types.html': 'lit-html care-widgets', '/trusted-types-forbidden.html': 'lit-html' }[ctx.path.slice(ctx.path.lastIndexOf('/'))];
      const trustedTypes = policyNames ? `; require-trusted-types-for 'script'; trusted-types ${policyNames}` : '';
      ctx.set('Content-Security-Policy', `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'${trustedTypes}`);
    }
  };
}

/**
 * A file as a slow or broken connection delivers it, with its full length announced: in ten parts,
 * <ms> apart (/trickle/<ms>/<path>: a large feed on a slow line, arriving all the while), its first
 * part and then nothing, the connection left open (/stall/<path>), or its first part and then the
 * connection dropped (/broken-off/<path>). Answers whether it took the request.
 */
async function download(ctx) {
  const how = /^\/(?:trickle\/(\d+)|(stall)|(broken-off))(\/.*)$/.exec(ctx.path);
  if (!how) return false;
  const [, gap, stall, brokenOff, path] = how;
  const body = await readFile(new URL(`.${path}`, import.meta.url));
  const size = Math.ceil(body.length / 10);
  ctx.respond = false;
  const { res } = ctx;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-store' });
  res.write(body.subarray(0, size));
  // Late enough that a busy machine's browser has handed the page the answer's start: then it broke off part-way.
  if (brokenOff) setTimeout(() => res.destroy(), 1000);
  else if (!stall) {
    let sent = size;
    const timer = setInterval(() => {
      res.write(body.subarray(sent, (sent += size)));
      if (sent < body.length) return;
      clearInterval(timer);
      res.end();
    }, Number(gap));
    res.on('close', () => clearInterval(timer));
  }
  return true;
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows high contrast (forced colours)
 * in Chromium, through the DevTools protocol; @web/test-runner-commands' emulateMedia lacks it.
 * Firefox (BiDi) and WebKit (WebDriver) have no such emulation, so the command fails there.
 */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('forced colours cannot be emulated in this engine');
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts', ...(withDist ? [] : ['!test/dist/**'])],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }), forcedColorsPlugin(), signupReceiverPlugin(),
    // The accessibility tree as a screen reader gets it (names of links, buttons), where the driver gives it (Chromium).
    a11ySnapshotPlugin()],
  browsers: engine === 'firefox' ? [await firefoxLauncher()]
    : engine === 'webkit' ? [await webkitLauncher()]
    : allBrowsers ? [chromium, await firefoxLauncher(), await webkitLauncher()] : [chromium],
  // One test file at a time: a file in a second tab runs in the background, where frames wait, and host pages with them.
  // One engine at a time within a run: with the three side by side in one run, it once ended part-way, with no test
  // failed and no error said. npm test runs the engines side by side as three runs instead (DEVELOPERS.md).
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  // Generous for a busy 2-core machine; exhaustive tests are split so each takes a fraction of it.
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }),
    // npm test names the files that failed, to run them again alone (scripts/test-all.js).
    ...(process.env.CARE_TEST_FAILURES ? [failedTestsReporter(process.env.CARE_TEST_FAILURES)] : [])],
  coverage: false,
};
