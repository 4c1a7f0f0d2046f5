// `npm start`: builds dist/ when it is missing or older than src/, then serves
// the demo pages (demo/) and the built bundles (/dist/) on http://localhost:8080
// with the strict Content-Security-Policy a careful host site would send.
import { createServer } from 'node:http';
import { existsSync, readdirSync, statSync, createReadStream } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, extname, join, relative, isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSignupReceiver } from './signup-receiver.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'demo');
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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** The file a URL path names, or undefined when it would leave its folder. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const [base, rest] = path === '/' ? [demoDir, 'index.html'] : path.startsWith('/dist/') ? [distDir, path.slice(6)] : [demoDir, path.slice(1)];
  const file = resolve(base, rest);
  const inside = relative(base, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) && !inside.split(sep).includes('..') ? file : undefined;
}

// The volunteer page's signups (sample-feed.json sends them to /api/volunteer-signups); shown at /signups.
const signups = createSignupReceiver();

const server = createServer((req, res) => {
  if (signups.route(req, res, '/api/volunteer-signups')) return;
  const send = (status, body) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
  const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!file || !existsSync(file) || !statSync(file).isFile()) return send(404, 'Not found\n');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
  if (type.startsWith('text/html')) headers['content-security-policy'] = CSP;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
});

let port = Number(process.env.PORT) || 8080;
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || port >= (Number(process.env.PORT) || 8080) + 10) throw error;
  console.log(`Port ${port} is busy; trying ${port + 1}.`);
  server.listen(++port);
});
server.listen(port, () => {
  console.log(`Care Widgets demo:\n  http://localhost:${port}/\n  http://localhost:${port}/themed.html\n  http://localhost:${port}/volunteer.html (what it sends: http://localhost:${port}/signups)\nPress Ctrl+C to stop.`);
});
