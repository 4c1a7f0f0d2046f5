import type { FinderLookupStrings } from '../../finder-lookup.js';

const ar: FinderLookupStrings = {
  'audience.youth': 'الشباب',
  'audience.adults': 'البالغون',
  'audience.older-adults': 'كبار السن',
  'audience.parents': 'الآباء والأمهات',
  'audience.caregivers': 'مقدّمو الرعاية',
  'audience.women': 'النساء',
  'audience.men': 'الرجال',
  'audience.lgbtq': 'أفراد مجتمع الميم (LGBTQ+)',
  'audience.grief': 'من يمرّون بتجربة فقدان',
  'audience.chronic-illness': 'من يعيشون مع مرض مزمن',
  crisisTitle: 'بحاجة إلى مساعدة الآن؟',
  crisisCall: 'الاتصال بالرقم \u2068{number}\u2069',
  dangerNow: 'إذا كنت في خطر الآن، فاتصل برقم الطوارئ المحلي.',
};

export default ar;
