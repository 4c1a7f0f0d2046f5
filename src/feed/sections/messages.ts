/** The `messages` section (feed-format.md, messages): what the awareness banner shows. */
import { isDate, isDateTime } from '../checks.js';
import {
  absent, asObject, at, entries, keepUnknown, linkField, oneOf, optional, own, requiredText, report, skip, strict,
  textField, tidied, type Raw, type Read,
} from '../read.js';
import type { Message } from '../types.js';
import type { FeedSection } from '../validate.js';

function readMessage(v: Raw, path: string): Message {
  let link: Message['link'];
  const l = optional(v, 'link', path, asObject, 'not-object');
  if (l && absent(own(l, 'url'))) {
    report(`${path}.link.url`, 'no-link-url');
  } else if (l) {
    const url = linkField(l, 'url', `${path}.link`);
    if (url !== undefined) link = keepUnknown(l, { text: textField(l, 'text', `${path}.link`), url });
  }
  const tone = optional(v, 'tone', path, oneOf(['info', 'hope', 'urgent'] as const)) ?? 'info';
  // A message shown outside its window could say the wrong thing at the wrong time, so a bad date skips it.
  const when = (key: string) => strict(v, key, path, asWhen, undefined);
  const starts = when('starts');
  const ends = when('ends');
  if (starts && ends && instant(ends, starts, 36) < instant(starts, ends, -14)) skip(at(path, 'ends'), 'ends-before-starts', [ends, starts]);
  return keepUnknown(v, {
    id: v.id as string,
    text: requiredText(v, 'text', path, 'message'),
    link,
    starts,
    ends,
    tone,
  });
}

/** A Date or DateTime; decimals of a second past the third are dropped, as engines parse them differently. */
const asWhen: Read<string> = tidied((x) => (isDate(x) || isDateTime(x) ? x.replace(/(\.\d{3})\d+/, '$1') : undefined));

/**
 * `x` in milliseconds, to compare with `other`. Against a date and time, a plain date (a day in the
 * organization's zone) is taken `hours` away from its UTC midnight, the widest any zone makes it:
 * only a window that is wrong wherever it is read is reported.
 */
const instant = (x: string, other: string, hours: number) => Date.parse(x) + (x.length < 11 && other.length > 10 ? hours * 36e5 : 0);

export const messagesSection: FeedSection = { key: 'messages', read: (raw) => entries(raw, 'messages', readMessage) };
