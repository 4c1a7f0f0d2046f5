/** Through the MSW worker: what the signup sent, read as it left the page, and endpoints that fail once. */
import { http, HttpResponse } from 'msw';
import { worker } from '../mocks/browser.js';
import { volunteerFeed } from '../mocks/volunteer-feeds.js';

/** A feed whose endpoint at `url` answers as `fail` says the first time, then accepts. */
export function failingOnce(url: string, fail: () => Promise<Response> | Response = () => new HttpResponse(null, { status: 500 })) {
  let attempts = 0;
  worker.use(http.post(url, () => (attempts++ === 0 ? fail() : HttpResponse.json({ ok: true }))));
  return volunteerFeed({ submit: { url, format: 'json', email: 'volunteer@riverside-peer.example.org' } });
}

export interface SentRequest {
  url: string;
  method: string;
  contentType: string | null;
  accept: string | null;
  credentials: RequestCredentials;
  /** The address the request says it came from (the Referer header). */
  referrer: string;
  body: string;
}

/**
 * Every POST the page makes from now on (to `path` only, when given), as it left the page. Give
 * the path where an earlier test's request may still be on its way: a slow engine reports late.
 */
export function recordSignups(path?: string): { list: SentRequest[]; stop: () => void } {
  const list: SentRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'POST' || (path && new URL(request.url).pathname !== path)) return;
    const entry: SentRequest = {
      url: new URL(request.url).pathname,
      method: request.method,
      contentType: request.headers.get('content-type'),
      accept: request.headers.get('accept'),
      credentials: request.credentials,
      referrer: request.referrer,
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
