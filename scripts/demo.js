// `npm start`: builds dist/ when it is missing or older than src/, then serves
// the demo pages (demo/) and the built bundles (/dist/) on http://localhost:8080
// with the strict Content-Security-Policy a careful host site would send, through
// @web/dev-server (the test runner's own server).
import { startDevServer } from '@web/dev-server';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSignupReceiver } from './signup-receiver.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');
const bundle = join(distDir, 'care-widgets.js');

const newestIn = (dir) =>
  Math.max(0, ...readdirSync(dir, { recursive: true }).map((file) => statSync(join(dir, file)).mtimeMs));

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestIn(join(root, 'src'))) {
  console.log('Building dist/ (it is missing or older than src/) …');
  const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0 && !existsSync(bundle)) process.exit(build.status ?? 1);
  if (build.status !== 0) console.warn('The build failed; serving the bundle that is there.');
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/**
 * The demo's URLs on @web/dev-server: `/dist/…` is the build, every other path a file of demo/
 * (`/` its index.html), so nothing else of the project is served; HTML goes out with the strict
 * Content-Security-Policy a careful host site sends.
 */
function demoSite() {
  return async (ctx, next) => {
    let path;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      path = '..';
    }
    // Nothing above demo/ and dist/: a `..` (written as such or as %2e%2e) would reach the whole project.
    if (path.split(/[/\\]/).includes('..') || path.includes('\0')) {
      ctx.status = 404;
      return;
    }
    if (!ctx.path.startsWith('/dist/')) ctx.path = ctx.path === '/' ? '/demo/index.html' : `/demo${ctx.path}`;
    await next();
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (ctx.response.is('html')) ctx.set('Content-Security-Policy', CSP);
  };
}

// The volunteer page's signups (sample-feed.json sends them to /api/volunteer-signups); shown at /signups.
const signups = createSignupReceiver();
/** The signup receiver's routes, answered on the raw request before the demo's files. */
function signupReceiver() {
  return (ctx, next) => {
    if (!signups.route(ctx.req, ctx.res, '/api/volunteer-signups')) return next();
    ctx.respond = false;
  };
}

const firstPort = Number(process.env.PORT) || 8080;
for (let port = firstPort; ; port++) {
  try {
    await startDevServer({
      config: { rootDir: root, port, middleware: [signupReceiver(), demoSite()] },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    console.log(`Care Widgets demo:\n  http://localhost:${port}/\n  http://localhost:${port}/themed.html\n  http://localhost:${port}/volunteer.html (what it sends: http://localhost:${port}/signups)\nPress Ctrl+C to stop.`);
    break;
  } catch (error) {
    if (!String(error?.message ?? error).includes('EADDRINUSE') || port >= firstPort + 10) throw error;
    console.log(`Port ${port} is busy; trying ${port + 1}.`);
  }
}
