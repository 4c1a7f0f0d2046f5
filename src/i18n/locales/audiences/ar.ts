import type { AudienceStrings } from '../../audiences.js';

const ar: AudienceStrings = {
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
};

export default ar;
