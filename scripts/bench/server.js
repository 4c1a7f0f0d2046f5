// The benchmark's web server, on 127.0.0.1 and a free port:
//   /feeds/<name>.json        a generated feed, sent fresh each time (no-store)
//   /bench/…, /dist/…         the pages and the current build: any file under bench/ and dist/;
//                             a page's `%FEED%` becomes the name in its `?feed=`
//   /baseline/bench/…, /baseline/dist/…   the same pages with an older build (BENCH_BASELINE)
// The pages load the build relatively (`../dist/care-widgets.js`), so one page
// file serves both builds, and whatever a build loads beside itself (chunks,
// locales) comes from its own folder. Paths never leave their folder.
import { createServer } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * The real path of `relative` inside `root`, or undefined when it would leave it
 * (`..`, an encoded slash or backslash, a symbolic link pointing outside).
 */
export async function fileUnder(root, relative) {
  if (relative.includes('\0') || relative.includes('\\')) return undefined;
  try {
    const base = await realpath(root);
    const file = await realpath(resolve(base, `.${sep}${relative}`));
    return file.startsWith(base + sep) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page names its feed as `/feeds/%FEED%.json`, filled in from its `?feed=`,
 * so the widget has its `src` in the markup, as on a real page, where a loader
 * can see it as soon as the element is parsed.
 */
function withFeed(body, extension, feed, feeds) {
  return extension === '.html' && feeds.has(feed) ? body.toString().replaceAll('%FEED%', feed) : body;
}

/** Starts the server; `folders` maps a URL prefix (`/dist/`) to a folder on disk. */
export function serve({ feeds, folders }) {
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    const feed = /^\/feeds\/(\w+)\.json$/.exec(path);
    if (feed && feeds.has(feed[1])) {
      return res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(feeds.get(feed[1]));
    }
    const prefix = Object.keys(folders).find((p) => path.startsWith(p));
    const file = prefix && (await fileUnder(folders[prefix], path.slice(prefix.length)));
    if (!file) return res.writeHead(404).end();
    try {
      const body = withFeed(await readFile(file), extname(file), new URL(req.url, 'http://127.0.0.1').searchParams.get('feed'), feeds);
      // A returning visitor: the scripts come from the browser's cache (and its compiled-code cache).
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
