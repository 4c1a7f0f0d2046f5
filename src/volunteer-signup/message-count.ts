/**
 * The message's count, shown under its box from 500 characters left. It comes with the checking code (deliver.ts),
 * which is asked for once the form shows, long before anyone has typed that much.
 */
import { MESSAGE_MAX } from './answers.js';

/**
 * How many characters the message has left before its limit (below 0: how far over). A character is one as a
 * person counts it, not as a script's string does: an emoji or a letter outside the basic plane is one.
 */
export const messageLeft = (message: string): number => MESSAGE_MAX - [...message].length;

/**
 * The count's words ("120 of 4,000 characters left", or how far over the limit it is), and how near the limit
 * the message is: 3 far (no count shows), 2 within 500, 1 within 100, 0 over.
 */
export function messageCount(message: string, say: (key: 'message.left' | 'message.over', values: Record<string, number>) => string): { words: string; step: number } {
  const left = messageLeft(message);
  return {
    words: say(left < 0 ? 'message.over' : 'message.left', { count: Math.abs(left), max: MESSAGE_MAX }),
    step: left < 0 ? 0 : left > 500 ? 3 : left > 100 ? 2 : 1,
  };
}
