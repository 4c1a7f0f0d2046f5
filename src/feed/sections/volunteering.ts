/** The `volunteering` section (feed-format.md, volunteering): what the volunteer signup asks and where it sends. */
import { describe, emailIn, isObject } from '../checks.js';
import {
  asString, at, entries, fields, given, keepUnknown, linkField, oneOf, optional, own, report, required, requiredText, skip,
  strict, stringField, textField, unlessSkipped, type Raw,
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
    if (!isObject(v)) skip(path, 'volunteering-not-object');
    const roles = entries(v, 'roles', readRole, path);
    if (roles.length === 0) skip(`${path}.roles`, 'no-roles');
    const submit = own(v, 'submit');
    const submitPath = `${path}.submit`;
    if (!isObject(submit)) skip(submitPath, 'no-submit');
    const url = required(submit, 'url', submitPath, asWebUrl, 'submit');
    const format = strict(submit, 'format', submitPath, oneOf(['json', 'form'] as const), 'json');
    const email = stringField(submit, 'email', submitPath);
    // Kept as written, as the listings' emails are (listing-values.ts): one with no address in it gives no email to offer.
    if (email && !emailIn(email)) report(at(submitPath, 'email'), 'no-email-address', [describe(email)]);
    const consent = own(v, 'consent');
    const consentPath = `${path}.consent`;
    if (!isObject(consent)) skip(consentPath, 'no-consent');
    return keepUnknown(v, {
      ...fields(v, path, { intro: textField, privacy_url: linkField, thanks: textField }),
      roles,
      submit: keepUnknown(submit, { url, format, email }),
      fields: list(v, 'fields', path, oneOf(SIGNUP_FIELDS)) ?? [],
      consent: keepUnknown(consent, {
        text: requiredText(consent, 'text', consentPath, 'consent'),
        version: required(consent, 'version', consentPath, asString, 'consent'),
      }),
    });
  });
}

function readRole(v: Raw, path: string): VolunteerRole {
  return keepUnknown(v, {
    id: v.id as string,
    title: requiredText(v, 'title', path, 'role'),
    ...fields(v, path, { description: textField, commitment: textField, training: textField }),
    min_age: optional(v, 'min_age', path, wholeNumber(1, 129)),
  });
}

export const volunteeringSection: FeedSection = { key: 'volunteering', read: readVolunteering };
