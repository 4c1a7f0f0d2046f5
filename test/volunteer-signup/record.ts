/** What the signup sent, read as it left the page (through the MSW worker). */
import { worker } from '../mocks/browser.js';

export interface SentRequest {
  url: string;
  method: string;
  contentType: string | null;
  accept: string | null;
  credentials: RequestCredentials;
  body: string;
}

/** Every POST the page makes from now on, as it left the page. */
export function recordSignups(): { list: SentRequest[]; stop: () => void } {
  const list: SentRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'POST') return;
    const entry: SentRequest = {
      url: new URL(request.url).pathname,
      method: request.method,
      contentType: request.headers.get('content-type'),
      accept: request.headers.get('accept'),
      credentials: request.credentials,
      body: '',
    };
    list.push(entry);
    void request.clone().text().then((body) => (entry.body = body));
  };
  worker.events.on('request:start', listener);
  return { list, stop: () => worker.events.removeListener('request:start', listener) };
}

/** The JSON bodies of the recorded requests. */
export const bodies = (list: SentRequest[]) => list.map((r) => JSON.parse(r.body) as Record<string, unknown>);
