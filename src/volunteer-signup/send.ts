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
 * feed keeper is told, as the browser keeps a redirect's target from the page. So is an endpoint on another site
 * that does not allow this one, which the browser reports as a lost connection.
 */
export async function sendSignup(url: string, request: { body: string; type: string }, timeoutMs: number): Promise<SendResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  /** Another site's address (or any, from a sandboxed frame, whose origin is "null"): its answer reaches the page only where it allows this site (CORS). */
  let elsewhere = false;
  try {
    elsewhere = new URL(url, document.baseURI).origin !== self.origin;
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
    const reason = controller.signal.aborted ? 'timeout' : lostConnection();
    // The browser refuses another site's answer that does not say it accepts requests from this one (CORS), in the words
    // of a lost connection. When a plain look at the address (no-cors, which reads no answer) reaches it, the connection
    // is fine: the person is not told to check theirs, nor is it sent again by itself when the browser is back online.
    if (reason === 'network' && elsewhere
      && await fetch(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', signal: controller.signal }).then(() => true, () => false)) {
      console.warn(`<care-volunteer-signup>: the feed's volunteering.submit.url, "${url}", does not accept signups sent from this site (${location.origin}): the browser stopped them, although that address answers (the person is told and keeps their answers). Ask whoever runs that address to accept signups from ${location.origin} (a setting called CORS: Access-Control-Allow-Origin), or use a form service that accepts them from any site.`);
      return { ok: false, reason: 'server' };
    }
    return { ok: false, reason };
  } finally {
    clearTimeout(timer);
  }
}
