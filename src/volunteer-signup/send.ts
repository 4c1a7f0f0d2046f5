/** Sends one signup attempt and says, as a reason a person can be told, how it went. */
import { lostConnection, type FailureReason } from './fallbacks.js';

export type SendResult = { ok: true; status: number } | { ok: false; reason: FailureReason; status?: number };

/**
 * One POST to `url`. A 2xx answer is success; no answer within `timeoutMs` is `timeout`.
 * 408 and 429 mean "later", so they count as a server problem rather than a rejection.
 * No cookies go along (`credentials: 'omit'`), and nothing of the page's address (`referrerPolicy`),
 * whatever the page's own policy, which may ask for less than the site's address: its query string may
 * hold what a person typed elsewhere, and `page` says the path (feed-format.md, "What a signup sends"). `Accept: application/json` asks hosted form
 * back-ends for an answer rather than a redirect to their own thank-you page.
 * A redirect is not followed: the browser would follow a 301, 302 or 303 with a GET, without the
 * answers, and read the page it lands on as the signup's acceptance. It is a failure, and the
 * feed keeper is told, as the browser keeps a redirect's target from the page.
 */
export async function sendSignup(url: string, request: { body: string; type: string }, timeoutMs: number): Promise<SendResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: request.body,
      headers: { 'Content-Type': request.type, Accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect') {
      console.warn(`<care-volunteer-signup>: the feed's volunteering.submit.url, "${url}", answers with a redirect to another address, so signups sent to it do not arrive (the person is told and keeps their answers). Open that address in a browser to see where it leads, and write the address it ends at in the feed instead; often it is the same address with https:// or a / at the end.`);
      return { ok: false, reason: 'server' };
    }
    const status = response.status;
    if (response.ok) return { ok: true, status };
    return { ok: false, reason: status >= 500 || status === 408 || status === 429 ? 'server' : 'rejected', status };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : lostConnection() };
  } finally {
    clearTimeout(timer);
  }
}
