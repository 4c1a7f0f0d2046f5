import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { handlers } from './handlers.js';
import { until, wait } from '../helpers.js';

/**
 * One MSW worker for a test file. Unhandled requests pass through, because
 * the test page's own modules load through the same service worker.
 */
export const worker = setupWorker(...handlers);

export async function startWorker(): Promise<void> {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}

/** Every request the page made through fetch, as "METHOD path". */
export function recordRequests(): { list: string[]; stop: () => void } {
  const list: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    list.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  worker.events.on('request:start', listener);
  return { list, stop: () => worker.events.removeListener('request:start', listener) };
}

/**
 * For the tests of one file: every request for a module whose URL matches `path` fails, as on a
 * lost connection (a part of a widget fetched after its first screen). Counts the requests.
 * Its own test file, as a module that failed to load may stay failed for the page.
 */
export function moduleUnreachable(path: RegExp): { requests: number } {
  const seen = { requests: 0 };
  before(async () => {
    await startWorker();
    worker.use(http.get(path, () => (seen.requests++, HttpResponse.error())));
  });
  after(() => worker.resetHandlers());
  return seen;
}

/**
 * For the tests of one file: every request for a module whose URL matches `path` fails, as on a lost
 * connection, until `back` is set, or `failedThenBack(file)` has seen `file` asked for and its failure arrive
 * (and empties `asked`); from then on they load. `asked` lists the files asked for, by `name` (the file's,
 * `ics.ts`, unless a test needs more). Each test starts with the connection down and nothing asked. Its own
 * test file, as a module that failed to load may stay failed for the page.
 */
export function moduleBackLater(
  path: RegExp,
  name = (url: URL) => url.pathname.replace(/^.*\//, ''),
): { back: boolean; asked: string[]; failedThenBack: (file: string) => Promise<void> } {
  const network = {
    back: false,
    asked: [] as string[],
    async failedThenBack(file: string) {
      await until(() => network.asked.includes(file), 15000, `the request for ${file}`);
      // Its failure comes a moment after the request.
      await wait(300);
      network.asked.length = 0;
      network.back = true;
    },
  };
  before(async () => {
    await startWorker();
    worker.use(http.get(path, ({ request }) => {
      network.asked.push(name(new URL(request.url)));
      return network.back ? undefined : HttpResponse.error();
    }));
  });
  after(() => worker.resetHandlers());
  afterEach(() => {
    network.back = false;
    network.asked.length = 0;
  });
  return network;
}

/**
 * Waits for the first request of a module the worker makes fail (`count()` above 0), asked for once a
 * widget's first screen shows: later on a busy machine. WebKit, with other engines beside it, has been
 * seen to take such a module from its memory of an earlier page without asking the worker: nothing to
 * test then, and the test skips itself there. Anywhere else no request fails the test.
 */
export async function moduleAskedFor(test: Mocha.Context, count: () => number, what: string): Promise<void> {
  const asked = () => count() > 0;
  await new Promise<void>((resolve) => {
    const started = Date.now();
    const check = () => (asked() || Date.now() - started > 15000 ? resolve() : setTimeout(check, 50));
    check();
  });
  if (!asked() && /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) test.skip();
  if (!asked()) throw new Error(`Timed out waiting for ${what}`);
}
