/**
 * parseFeed: checkFeed with every problem's message filled in at once, for
 * code that wants the sentences now (tools, tests, a site's own checks). It
 * imports the messages statically, so the script-tag bundles, which register
 * the elements only (src/bundle.ts), leave it out.
 */
import { FeedError } from './errors.js';
import { fillErrorMessage, fillMessages } from './explain.js';
import * as messages from './problem-messages.js';
import type { ParsedFeed } from './types.js';
import { allSections } from './sections/all.js';
import { checkFeed } from './validate.js';

/**
 * Checks a feed (JSON text or an already parsed value) against version 1.
 * Returns the usable feed and every problem found, each with its path and a
 * message saying what to fix; throws FeedError only when the file as a whole
 * cannot be used.
 */
export function parseFeed(input: unknown): ParsedFeed {
  let parsed: ParsedFeed;
  try {
    parsed = checkFeed(input, allSections);
  } catch (error) {
    if (error instanceof FeedError) fillErrorMessage(error, messages);
    throw error;
  }
  fillMessages(parsed.problems, messages);
  return parsed;
}
