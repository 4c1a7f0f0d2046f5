/**
 * What runs only once a person sends: checking the answers, the request body and the POST. The element asks for it
 * once the form is on screen, so it is not among what a visitor waits for before seeing the form.
 */
import type { Volunteering } from '../feed/types.js';
import type { Answers } from './answers.js';
import { buildPayload, encodePayload } from './payload.js';
import { sendSignup, type SendResult } from './send.js';

export { checkAnswers } from './check-answers.js';
export { signupMoreEn } from './more-strings.js';

/**
 * One attempt to send: the payload, announced by `care-volunteer-submit` on the element first, then the POST.
 * Undefined when the page cancelled that event (it sends the signup itself).
 */
export function submitSignup(el: HTMLElement, v: Volunteering, a: Answers, at: { id: string; time: Date }, timeoutMs: number): Promise<SendResult> | undefined {
  const payload = buildPayload(v, a, { ...at, page: location.origin + location.pathname });
  // Dispatched here rather than through emit(), whose events cannot be cancelled.
  if (!el.dispatchEvent(new CustomEvent('care-volunteer-submit', { detail: payload, bubbles: true, composed: true, cancelable: true }))) return undefined;
  return sendSignup(v.submit.url, encodePayload(payload, v.submit.format), timeoutMs);
}
