/** Machine codes of a feed that cannot be used at all (elements.md, Events). */
export type FeedErrorCode = `http-${number}` | 'not-json' | 'bad-version' | 'timeout' | 'network' | 'no-feed';

/** Why, in more detail than the code: each has its words for the webmaster in problem-messages.ts. */
export type FeedErrorReason = 'http' | 'timeout' | 'network' | 'wide-text' | 'not-json' | 'web-page' | 'not-object' | 'no-version' | 'unknown-version' | 'no-feed';

/**
 * A feed that failed as a whole. `message` is for the webmaster; widgets show their own calm,
 * translated text. Its words load on demand, as the feed problems' do (explain.ts): until they
 * are filled in, the message is the reason and the facts it names. `parseFeed` and the widgets'
 * `care-feed-error` always give the words.
 */
export class FeedError extends Error {
  /** The facts the words name: an address, a status, a version… */
  readonly args: readonly string[];

  constructor(readonly code: FeedErrorCode, readonly reason: FeedErrorReason, ...args: string[]) {
    super([reason, ...args].join(': '));
    this.name = 'FeedError';
    this.args = args;
  }
}
