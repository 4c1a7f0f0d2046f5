import type { BannerStrings } from '../strings.js';

const ar: BannerStrings = {
  bannerLabel: 'رسائل توعوية',
  messagePosition: 'الرسالة {current} من {total}',
  previousMessage: 'الرسالة السابقة',
  nextMessage: 'الرسالة التالية',
  pauseMessages: 'إيقاف الرسائل مؤقتًا',
  playMessages: 'تشغيل الرسائل',
  dismissMessage: 'إغلاق هذه الرسالة',
  learnMore: 'مزيد من المعلومات',
};

export default ar;
