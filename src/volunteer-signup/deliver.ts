/**
 * What runs only once a person sends: checking the answers, the request body and the POST. The element asks for it
 * once the form is on screen, so it is not among what a visitor waits for before seeing the form.
 */
export { checkAnswers } from './check-answers.js';
export { buildPayload, encodePayload } from './payload.js';
export { sendSignup } from './send.js';
export { signupMoreEn } from './more-strings.js';
