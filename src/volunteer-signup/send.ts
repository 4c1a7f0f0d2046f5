/** Sends one signup attempt and says, as a reason a person can be told, how it went. */
import { lostConnection, type FailureReason } from './fallbacks.js';

export type SendResult = { ok: true; status: number } | { ok: false; reason: FailureReason; status?: number };

/**
 * One POST to `url`. A 2xx answer is success; no answer within `timeoutMs` is `timeout`.
 * 408 and 429 mean "later", so they count as a server problem rather than a rejection.
 * No cookies go along (`credentials: 'omit'`); `Accept: application/json` asks hosted form
 * back-ends for an answer rather than a redirect to their own thank-you page.
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
      cache: 'no-store',
      signal: controller.signal,
    });
    const status = response.status;
    if (response.ok) return { ok: true, status };
    return { ok: false, reason: status >= 500 || status === 408 || status === 429 ? 'server' : 'rejected', status };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : lostConnection() };
  } finally {
    clearTimeout(timer);
  }
}
