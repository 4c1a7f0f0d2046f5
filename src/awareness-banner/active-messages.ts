import type { Message } from '../feed/types.js';
import { localDateAt, viewerZone } from '../time/local-date.js';

/**
 * Whether a message's `starts`/`ends` window holds `now`. Plain dates are
 * days in the organization's zone, `ends` inclusive; date-times are instants
 * (feed-format.md, messages).
 */
export function isShowing(message: Message, now: Date, zone: string | undefined): boolean {
  const today = localDateAt(now, zone ?? viewerZone());
  const { starts, ends } = message;
  if (starts && (starts.length === 10 ? today < starts : now < new Date(starts))) return false;
  if (ends && (ends.length === 10 ? today > ends : now > new Date(ends))) return false;
  return true;
}

/**
 * A key for "this message, as written now": id plus a hash of its text, so a
 * dismissal is forgotten when the message is edited (feed-format.md, messages).
 */
export function dismissalKey(message: Message): string {
  const text = JSON.stringify(message.text);
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: short, stable, and enough to tell edits apart
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${message.id}:${(hash >>> 0).toString(36)}`;
}
