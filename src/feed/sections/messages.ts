/** The `messages` section (feed-format.md, messages): what the awareness banner shows. */
import { isDate, isDateTime } from '../checks.js';
import {
  absent, accept, asObject, entries, keepUnknown, linkField, oneOf, optional, own, requiredText, report, strict,
  textField, type Raw,
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
  const when = (key: string) => strict(v, key, path, accept((x): x is string => isDate(x) || isDateTime(x)), undefined);
  return keepUnknown(v, {
    id: v.id as string,
    text: requiredText(v, 'text', path, 'message'),
    link,
    starts: when('starts'),
    ends: when('ends'),
    tone,
  });
}

export const messagesSection: FeedSection = { key: 'messages', read: (raw) => entries(raw, 'messages', readMessage) };
