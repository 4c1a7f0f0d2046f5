/**
 * The English strings shown only once the signup's checking code (deliver.ts) has run: what to
 * fix, what an answer from the endpoint (or none in time) means, and the default thanks. They
 * load with it, once the form is on screen, and join the signup's English then. A lost connection
 * stays in strings.ts (`failed.offline`, `failed.network`): it is what shows when that code could
 * not be fetched either.
 */
export const signupMoreEn = {
  problemsTitle: 'Please check these answers:',
  // Said, before the answers to check, when the browser's own attempt on coming back online found answers to check.
  notSent: 'You are back online, but your signup has not been sent yet. Please check these answers:',
  'problem.roles': 'Choose at least one role.',
  'problem.name': 'Enter your name.',
  'problem.email': 'Enter your email address.',
  'problem.email-format': 'Enter an email address like name@example.org.',
  'problem.phone': 'Enter a phone number in digits, like 555 0142, or leave it empty.',
  'problem.age': 'Tick the box to confirm your age.',
  'problem.message': 'Shorten your message to {max} characters or fewer.',
  'problem.consent': 'Tick the box to agree, so that we can keep your details and contact you.',
  'failed.timeout': 'No answer came back in time, so we cannot tell whether your signup arrived. Please try again.',
  'failed.rejected': 'Your signup was not accepted. Please try again, or email your answers to us instead.',
  'failed.server': 'Our signup system has a problem right now. Please try again in a little while.',
  thanksDefault: 'Thank you for offering to help. We will be in touch soon.',
  /** Under the message box from 500 characters left; {max} is the limit, 4,000. */
  'message.left': '{count} of {max} characters left',
  /** Under the message box when it holds more than the limit: nothing is cut, the person shortens it. */
  'message.over': '{count} over the limit of {max} characters',
};
