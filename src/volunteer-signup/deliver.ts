/**
 * What runs only once a person sends: checking the answers, the request body and the POST. The element asks for it
 * once the form is on screen, so it is not among what a visitor waits for before seeing the form.
 */
import type { Volunteering } from '../feed/types.js';
import type { Answers } from './answers.js';
import { buildPayload, encodePayload } from './payload.js';
import { sendSignup, type SendResult } from './send.js';

export { checkAnswers } from './check-answers.js';
export { messageCount } from './message-count.js';
export { signupMoreEn } from './more-strings.js';
export { renderProblems } from './problems.js';
export { moreStyles } from './more.styles.js';

/**
 * The page's origin and path (feed-format.md, `page`). In a frame its page wrote (`srcdoc`, as a site builder's
 * embed may be), the page's that wrote it, which is the frame's base address; in a sandboxed frame, whose
 * origin is "null", its own address's, written out.
 */
function pageAddress(): string {
  const url = new URL(location.protocol === 'about:' ? document.baseURI : location.href);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * One attempt to send: the payload, announced by `care-volunteer-submit` on the element first, then the POST.
 * Undefined when the page cancelled that event (it sends the signup itself). `trap`: what the honeypot holds.
 */
export function submitSignup(el: HTMLElement, v: Volunteering, a: Answers, at: { id: string; time: Date }, timeoutMs: number, trap: string): Promise<SendResult> | undefined {
  // A filled honeypot is most likely a robot, but nothing is thrown away unseen: the person is told it was not
  // accepted, keeps the answers and the email link, the page gets care-volunteer-failed, and the console says why.
  if (trap) {
    console.warn(`<care-volunteer-signup>: a signup was not sent, because its hidden spam trap (the field "_gotcha", which people never see) was filled in, as spam robots do. The person was told it was not accepted and was offered to email their answers instead. If someone tells you this happened to them, a browser add-on may be filling in hidden fields.`);
    return Promise.resolve({ ok: false, reason: 'rejected' });
  }
  const payload = buildPayload(v, a, { ...at, page: pageAddress() });
  // Dispatched here rather than through emit(), whose events cannot be cancelled.
  if (!el.dispatchEvent(new CustomEvent('care-volunteer-submit', { detail: payload, bubbles: true, composed: true, cancelable: true }))) return undefined;
  return sendSignup(v.submit.url, encodePayload(payload, v.submit.format), timeoutMs);
}
