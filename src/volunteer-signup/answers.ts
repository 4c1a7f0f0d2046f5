/**
 * What a person has entered in the volunteer signup (whether it can be sent: check-answers.ts).
 * Plain data and functions: no DOM, no clock of their own.
 */
import { type Volunteering } from '../feed/types.js';
import { DAYS } from '../feed/codes.js';

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

/** Every slot the availability grid offers, as `mo-morning` … `su-evening`. */
export const SLOTS = DAYS.flatMap((day) => PARTS_OF_DAY.map((part) => `${day}-${part}`));

/** The form's values: what the draft keeps and the payload is made of. */
export interface Answers {
  /** Role ids, in the feed's order. */
  roles: string[];
  name: string;
  email: string;
  phone: string;
  /** Slots such as `tu-evening`, in week order. */
  availability: string[];
  languages: string;
  /**
   * The age the person confirmed being at least: the one the box asked when they ticked it, or 0. Kept as
   * an age, not a yes, so that roles asking a higher age later find the box unticked (see requiredAge).
   */
  confirmed_age: number;
  message: string;
  /** When the consent box was ticked (ISO 8601), or '' while it is not. */
  consent_given_at: string;
  /**
   * The consent's version the box was ticked for, or ''. A consent holds for the text it was given to:
   * when the feed's version is another, the box is unticked (the element, willUpdate).
   */
  consent_version: string;
}

/** The unsent signup as the draft keeps it: the answers, and the signup's id once it has one. */
export interface Draft extends Answers {
  /** Kept with the answers, so a retry after a reload is still the same signup. */
  submission_id?: string;
}

/** The fields a problem can point at, in the order the form shows them. */
export type FieldName = 'roles' | 'name' | 'email' | 'phone' | 'age_confirm' | 'message' | 'consent';

/** One answer that stops the signup; `key` names its message (`problem.<key>`). */
export interface Problem {
  field: FieldName;
  key: 'roles' | 'name' | 'email' | 'email-format' | 'phone' | 'age' | 'message' | 'consent';
}

/** The most characters the message may hold (message-count.ts). */
export const MESSAGE_MAX = 4000;

export function emptyAnswers(roles: string[] = []): Answers {
  return { roles, name: '', email: '', phone: '', availability: [], languages: '', confirmed_age: 0, message: '', consent_given_at: '', consent_version: '' };
}

/**
 * A stored draft, checked field by field: a draft from an older page, or one edited by
 * hand, gives what is usable in it and nothing that could break the form.
 */
export function restoreDraft(raw: unknown, v: Volunteering): Draft | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const draft = raw as Record<string, unknown>;
  const answers = emptyAnswers() as Draft & Record<string, unknown>;
  const strings = (value: unknown, allowed: string[]) => (Array.isArray(value) ? allowed.filter((x) => value.includes(x)) : []);
  // Each text answer (name … consent_version), and the id, only as text.
  for (const key of [...Object.keys(answers), 'submission_id']) {
    if (typeof draft[key] === 'string' && typeof (answers[key] ?? '') === 'string') answers[key] = draft[key];
  }
  answers.roles = strings(draft.roles, v.roles.map((r) => r.id));
  answers.availability = strings(draft.availability, SLOTS);
  if (Number.isInteger(draft.confirmed_age)) answers.confirmed_age = draft.confirmed_age as number;
  return answers;
}

/**
 * The age the chosen roles ask a person to confirm: the highest `min_age` among them, or 0 when none
 * gives one (or no role is chosen), and then the age question is not asked at all. The feed states an
 * age only on its roles (feed-format.md, "volunteering"): `age_confirm` asks the person to confirm the
 * age of the roles they choose, and a role without `min_age` asks none. An age of our own (18, say)
 * would have the person confirm what the coordinator never asked, and the receiver read a yes to it.
 * A confirmation holds for the age it was given at and any lower one: when the roles chosen ask a
 * higher age than the person confirmed, the box is unticked until they confirm that one.
 */
export function requiredAge(v: Volunteering, roles: string[]): number {
  return Math.max(0, ...v.roles.filter((r) => roles.includes(r.id)).map((r) => r.min_age ?? 0));
}
