/**
 * What a signup sends (feed-format.md, "What a signup sends"): exactly these fields,
 * as JSON or form-encoded. Plain functions: the time, the id and the page come in.
 */
import type { SignupField, Volunteering } from '../feed/types.js';
import { requiredAge, type Answers } from './answers.js';
import { asciiNumber } from '../internal/ascii-number.js';

export interface SignupPayload {
  /** Made once per signup and kept on every retry, so a receiver can drop duplicates. */
  submission_id: string;
  submitted_at: string;
  roles: string[];
  name: string;
  email: string;
  phone?: string;
  availability?: string[];
  languages?: string;
  age_confirm?: boolean;
  message?: string;
  consent_version: string;
  consent_given_at: string;
  /** The page's origin and path: never its query string or hash. */
  page: string;
}

/**
 * The payload for these answers; the optional fields are there only when the feed asks for them and
 * the person answered (a blank text or no slot ticked is left out), and `age_confirm` only when the
 * roles chosen ask an age (answers.ts, requiredAge): true when the person confirmed that age or a
 * higher one.
 */
export function buildPayload(v: Volunteering, a: Answers, at: { id: string; time: Date; page: string }): SignupPayload {
  const payload: SignupPayload = {
    submission_id: at.id,
    submitted_at: at.time.toISOString(),
    roles: a.roles,
    name: a.name.trim(),
    email: a.email.trim(),
    consent_version: v.consent.version,
    consent_given_at: a.consent_given_at,
    page: at.page,
  };
  const optional = payload as unknown as Record<SignupField, unknown>;
  const age = requiredAge(v, a.roles);
  for (const field of v.fields) {
    if (field === 'age_confirm') {
      if (age) payload.age_confirm = a.confirmed_age >= age;
    } else {
      const value = a[field];
      // A phone number goes as one a receiver can dial: digits 0-9 for those of another script (٠١٢, full width),
      // hyphens for dashes, and no invisible marks; the form keeps what the person typed.
      const answer = typeof value === 'string' ? (field === 'phone' ? asciiNumber(value) : value).trim() : value;
      // A question left blank is no answer: the receiver gets nothing for it, not an empty value.
      if (answer.length) optional[field] = answer;
    }
  }
  return payload;
}

/**
 * The request body. Form-encoded lists are joined with commas (ids and slots never hold one),
 * which hosted form back-ends show as one readable value; an empty `_gotcha` goes along for
 * the back-ends whose spam filter looks for that honeypot.
 */
export function encodePayload(payload: SignupPayload, format: 'json' | 'form'): { body: string; type: string } {
  if (format === 'json') return { body: JSON.stringify(payload), type: 'application/json' };
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) form.append(key, String(value));
  form.append('_gotcha', '');
  return { body: form.toString(), type: 'application/x-www-form-urlencoded' };
}
