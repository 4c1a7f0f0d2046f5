import type { BannerStrings } from '../strings.js';

const he: BannerStrings = {
  bannerLabel: 'הודעות להעלאת מודעות',
  messagePosition: 'הודעה {current} מתוך {total}',
  previousMessage: 'ההודעה הקודמת',
  nextMessage: 'ההודעה הבאה',
  pauseMessages: 'להשהות את ההודעות',
  playMessages: 'להפעיל את ההודעות',
  dismissMessage: 'לסגור את ההודעה הזו',
  learnMore: 'למידע נוסף',
};

export default he;
