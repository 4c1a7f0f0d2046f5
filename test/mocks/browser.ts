import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

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
