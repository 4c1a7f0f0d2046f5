/** Whether a person's answers can go: checked when they send, so it travels with the sending code (deliver.ts). */
import type { Volunteering } from '../feed/types.js';
import { requiredAge, type Answers, type Problem } from './answers.js';
import { messageLeft } from './message-count.js';
import { asciiNumber } from '../internal/ascii-number.js';

/** Something@domain, with no empty part in the domain (ada@.example.org and ada@example..org bounce). */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Digits and the marks people write between them; at least six digits. Checked as it is sent (asciiNumber, payload.ts). */
const PHONE = /^[\d\s()+\-./]*$/;

/** What stops these answers from being sent, in form order; empty when they can go. */
export function checkAnswers(v: Volunteering, a: Answers): Problem[] {
  const problems: Problem[] = [];
  const asked = (field: string) => (v.fields as string[]).includes(field);
  if (a.roles.length === 0) problems.push({ field: 'roles', key: 'roles' });
  // Invisible marks alone (zero-width spaces) are no name.
  if (!a.name.replace(/\p{Cf}/gu, '').trim()) problems.push({ field: 'name', key: 'name' });
  const email = a.email.trim();
  if (!email) problems.push({ field: 'email', key: 'email' });
  else if (!EMAIL.test(email)) problems.push({ field: 'email', key: 'email-format' });
  const phone = asciiNumber(a.phone).trim();
  if (asked('phone') && phone && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 6)) problems.push({ field: 'phone', key: 'phone' });
  if (asked('age_confirm') && a.confirmed_age < requiredAge(v, a.roles)) problems.push({ field: 'age_confirm', key: 'age' });
  // Over its limit, the message is for the person to shorten, as they choose: nothing they wrote is cut for them.
  if (asked('message') && messageLeft(a.message) < 0) problems.push({ field: 'message', key: 'message' });
  if (!a.consent_given_at) problems.push({ field: 'consent', key: 'consent' });
  return problems;
}
