import type { signupMoreEn } from './more-strings.js';

/**
 * The volunteer signup's English strings for its form (the shared ones are in src/i18n/en.ts;
 * those shown only once its checking code has run, in more-strings.ts, come with that code).
 */
export const signupEn = {
  signupLabel: 'Volunteer signup',
  rolesLegend: 'Which roles would you like to help with?',
  'role.commitment': 'Time: {value}',
  'role.training': 'Training: {value}',
  'role.minAge': 'Age {age} or older',
  'field.name': 'Your name',
  'field.email': 'Email',
  'field.phone': 'Phone',
  'field.availability': 'When could you usually help?',
  'field.languages': 'Languages you speak',
  'field.message': 'Anything you would like us to know?',
  'field.roles': 'Roles',
  optional: '(optional)',
  'part.morning': 'Morning',
  'part.afternoon': 'Afternoon',
  'part.evening': 'Evening',
  slot: '{day}, {part}',
  ageConfirm: 'I am {age} or older',
  /** Said (not shown) as the box above appears, right after the roles, when a role chosen asks an age. */
  ageAsked: 'Please confirm you are {age} or older, below.',
  ageRaised: 'The roles you chose ask for age {age} or older: please tick the box again if that is true for you.',
  privacy: 'How we look after your details',
  send: 'Send',
  sending: 'Sending your signup…',
  clear: 'Clear the form',
  'failed.offline': 'You seem to be offline, so your signup has not been sent. It will be sent when you are back online.',
  'failed.network': 'Your signup could not reach us. Please check your connection and try again.',
  answersKept: 'Your answers are still here.',
  emailInstead: 'Email your answers instead',
  mailSubject: 'Volunteer signup',
  reference: 'Reference',
  'mail.confirmed': 'Confirmed',
  'mail.consent': 'Consent given (version {version})',
  'mail.cut': 'Some answers were cut short (…) to fit in an email. All of them are still in the signup form, to copy in here.',
  noSignup: 'Volunteer signups are not open here at the moment.',
};

/** Every string of the signup, its checking code's too: what a translation gives. */
export type SignupStrings = Record<keyof typeof signupEn | keyof typeof signupMoreEn, string>;

declare module '../i18n/en.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UIStrings extends SignupStrings {}
}
