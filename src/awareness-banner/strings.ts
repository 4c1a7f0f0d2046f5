/** The awareness banner's English strings (the shared ones are in src/i18n/en.ts). */
export const bannerEn = {
  bannerLabel: 'Awareness messages',
  messagePosition: 'Message {current} of {total}',
  previousMessage: 'Previous message',
  nextMessage: 'Next message',
  pauseMessages: 'Pause messages',
  playMessages: 'Play messages',
  dismissMessage: 'Dismiss this message',
  learnMore: 'Learn more',
};

export type BannerStrings = Record<keyof typeof bannerEn, string>;

declare module '../i18n/en.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UIStrings extends BannerStrings {}
}
