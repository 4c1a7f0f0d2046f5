/** Machine codes of a feed that cannot be used at all (elements.md, Events). */
export type FeedErrorCode = `http-${number}` | 'not-json' | 'bad-version' | 'timeout' | 'network' | 'no-feed';

/** A feed that failed as a whole. `message` is for the webmaster; widgets show their own calm, translated text. */
export class FeedError extends Error {
  constructor(readonly code: FeedErrorCode, message: string) {
    super(message);
    this.name = 'FeedError';
  }
}
