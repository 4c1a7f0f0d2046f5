/** The `volunteering` section (feed-format.md, volunteering): what the volunteer signup asks and where it sends. */
import { describe, emailIn, isObject } from '../checks.js';
import {
  asString, at, entries, fields, given, keepUnknown, linkField, oneOf, own, report, required, requiredText, skip,
  strict, stringField, textField, unlessSkipped, type Raw, type Read,
} from '../read.js';
import { asWebUrl, list, wholeNumber } from './values.js';
import { type Volunteering, type VolunteerRole } from '../types.js';
import { SIGNUP_FIELDS } from '../codes.js';
import type { FeedSection } from '../validate.js';

function readVolunteering(raw: Raw): Volunteering | undefined {
  const path = 'volunteering';
  if (!given(raw, path, '')) return undefined;
  return unlessSkipped(() => {
    const v = own(raw, path);
    if (!isObject(v)) return skip(path, 'volunteering-not-object');
    const roles = entries(v, 'roles', readRole, path);
    if (roles.length === 0) skip(`${path}.roles`, 'no-roles');
    // Each part is read even when another leaves the signup out, so that all its problems are said at once.
    const submit = own(v, 'submit');
    const consent = own(v, 'consent');
    return keepUnknown(v, {
      ...fields(v, path, { intro: textField, privacy_url: linkField, thanks: textField }),
      roles,
      submit: isObject(submit) ? readSubmit(submit, `${path}.submit`) : skip(`${path}.submit`, 'no-submit') as never,
      fields: list(v, 'fields', path, oneOf(SIGNUP_FIELDS)) ?? [],
      consent: isObject(consent) ? readConsent(consent, `${path}.consent`) : skip(`${path}.consent`, 'no-consent') as never,
    });
  });
}

function readSubmit(submit: Raw, path: string): Volunteering['submit'] {
  const url = required(submit, 'url', path, asWebUrl, 'submit');
  const format = strict(submit, 'format', path, oneOf(['json', 'form'] as const), 'json');
  const email = stringField(submit, 'email', path);
  // Kept as written, as the listings' emails are (listing-values.ts): one with no address in it gives no email to offer.
  if (email && !emailIn(email)) report(at(path, 'email'), 'no-email-address', [describe(email)]);
  return keepUnknown(submit, { url, format, email });
}

const readConsent = (consent: Raw, path: string): Volunteering['consent'] => keepUnknown(consent, {
  text: requiredText(consent, 'text', path, 'consent'),
  version: required(consent, 'version', path, asString, 'consent'),
});

/** A minimum age as people write one: "18+", "18 +", "18 or over", "18 or older". */
const WRITTEN_AGE = /^\s*(\d+)\s*(\+|or (over|older))\s*$/i;

/**
 * A role's minimum age, read forgivingly as a number in quotes is: "18+" is 18, reported with how to write
 * it. One that cannot be read at all leaves the role out (strict, in readRole): shown without its age,
 * the role would ask nobody to confirm being old enough for it.
 */
const asMinAge: Read<number> = (v, path) => {
  const age = WRITTEN_AGE.exec(v as string)?.[1];
  const read = wholeNumber(1, 129)(age ? +age : v, path);
  if (age && read) report(path, 'quoted-number', [describe(v), age]);
  return read;
};

function readRole(v: Raw, path: string): VolunteerRole {
  return keepUnknown(v, {
    id: v.id as string,
    title: requiredText(v, 'title', path, 'role'),
    ...fields(v, path, { description: textField, commitment: textField, training: textField }),
    min_age: strict(v, 'min_age', path, asMinAge, undefined),
  });
}

export const volunteeringSection: FeedSection = { key: 'volunteering', read: readVolunteering };
