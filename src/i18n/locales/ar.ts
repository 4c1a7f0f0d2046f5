import type { SharedStrings } from '../en.js';

// Phone numbers and search text are wrapped in Unicode isolates
// (U+2068 … U+2069) so that, inside right-to-left text, a number such as
// "+44 20 7946 0958" keeps its digit groups in order and Latin search text stays whole.
const ar: SharedStrings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  savedCopy: 'نسخة محفوظة بتاريخ {date}',
  errorTitle: 'تعذّر عرض هذه المعلومات الآن.',
  'error.network': 'تعذّر الوصول إلى المعلومات. يُرجى التحقق من اتصالك، أو المحاولة مرة أخرى بعد قليل.',
  'error.timeout': 'استغرق وصول المعلومات وقتًا طويلًا. يُرجى المحاولة مرة أخرى.',
  'error.http': 'تعذّر العثور على المعلومات على الخادم.',
  'error.server': 'حدثت مشكلة في الخادم. يُرجى المحاولة مرة أخرى بعد قليل.',
  'error.not-json': 'المعلومات بصيغة لا تستطيع هذه الصفحة قراءتها.',
  'error.bad-version': 'المعلومات بصيغة لا تعرفها هذه الصفحة بعد.',
  'error.no-feed': 'لم تُربط أي معلومات بهذه الأداة حتى الآن.',
  triedAgain: 'أُعيدت المحاولة الساعة \u2068{time}\u2069.',
};

export default ar;
