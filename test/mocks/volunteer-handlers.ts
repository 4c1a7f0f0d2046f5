/** MSW handlers for the signup endpoints of test/mocks/volunteer-feeds.ts, shared by tests and stories. */
import { delay, http, HttpResponse } from 'msw';
import { signupUrls } from './volunteer-feeds.js';

export const signupHandlers = [
  http.post(signupUrls.ok, () => HttpResponse.json({ ok: true })),
  http.post(signupUrls.rejected, () => HttpResponse.json({ error: 'Form not found' }, { status: 422 })),
  http.post(signupUrls.serverError, () => new HttpResponse('Service unavailable', { status: 503 })),
  http.post(signupUrls.networkError, () => HttpResponse.error()),
  http.post(signupUrls.never, () => delay('infinite')),
];
