import type { SignupStrings } from '../strings.js';

// For a native speaker's review: 'role.commitment' (الوقت) and 'field.roles' (المهام) render
// "time commitment" and "roles" loosely. Examples in Latin script are wrapped in Unicode
// isolates (U+2068 … U+2069) so they keep their order inside right-to-left text. A role's time and
// training from the feed, which may start with a number ("3 hours a week"), are set between
// left-to-right marks (U+200E) instead: WebKit does not wrap a long word inside isolates.
const ar: SignupStrings = {
  signupLabel: 'التسجيل للتطوع',
  rolesLegend: 'في أي المهام تودّ المساعدة؟',
  'role.commitment': 'الوقت: \u200e{value}\u200e',
  'role.training': 'التدريب: \u200e{value}\u200e',
  'role.minAge': 'العمر {age} سنة فأكثر',
  'field.name': 'اسمك',
  'field.email': 'البريد الإلكتروني',
  'field.phone': 'الهاتف',
  'field.availability': 'متى يمكنك المساعدة عادةً؟',
  'field.languages': 'اللغات التي تتحدثها',
  'field.message': 'هل هناك ما تودّ أن نعرفه؟',
  'field.roles': 'المهام',
  optional: '(اختياري)',
  'part.morning': 'صباحًا',
  'part.afternoon': 'بعد الظهر',
  'part.evening': 'مساءً',
  slot: '{day}، {part}',
  ageConfirm: 'عمري {age} سنة أو أكثر',
  ageRaised: 'المهام التي اخترتها تتطلب عمر {age} سنة أو أكثر: يُرجى وضع علامة في المربع مرة أخرى إن كان هذا ينطبق عليك.',
  privacy: 'كيف نحافظ على بياناتك',
  send: 'إرسال',
  sending: 'جارٍ إرسال تسجيلك…',
  clear: 'مسح النموذج',
  problemsTitle: 'يُرجى مراجعة هذه الإجابات:',
  notSent: 'عاد الاتصال، لكن تسجيلك لم يُرسَل بعد. يُرجى مراجعة هذه الإجابات:',
  'problem.roles': 'اختر مهمة واحدة على الأقل.',
  'problem.name': 'اكتب اسمك.',
  'problem.email': 'اكتب عنوان بريدك الإلكتروني.',
  'problem.email-format': 'اكتب عنوان بريد إلكتروني مثل \u2068name@example.org\u2069.',
  'problem.phone': 'اكتب رقم هاتف بالأرقام، مثل \u2068555 0142\u2069، أو اتركه فارغًا.',
  'problem.age': 'ضع علامة في المربع لتأكيد عمرك.',
  'problem.consent': 'ضع علامة في المربع للموافقة، حتى نتمكن من حفظ بياناتك والتواصل معك.',
  'failed.offline': 'يبدو أنك غير متصل بالإنترنت، لذلك لم يُرسَل تسجيلك. سيُرسَل عند عودة الاتصال.',
  'failed.network': 'تعذّر وصول تسجيلك إلينا. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.',
  'failed.timeout': 'لم يصل أي رد في الوقت المحدد، لذلك لا نعرف إن كان تسجيلك قد وصل. يُرجى المحاولة مرة أخرى.',
  'failed.rejected': 'لم يُقبل تسجيلك. يُرجى المحاولة مرة أخرى، أو إرسال إجاباتك إلينا بالبريد الإلكتروني.',
  'failed.server': 'يواجه نظام التسجيل لدينا مشكلة الآن. يُرجى المحاولة مرة أخرى بعد قليل.',
  answersKept: 'إجاباتك ما زالت هنا.',
  emailInstead: 'أرسل إجاباتك بالبريد الإلكتروني بدلًا من ذلك',
  mailSubject: 'التسجيل للتطوع',
  reference: 'الرقم المرجعي',
  'mail.confirmed': 'تم التأكيد',
  'mail.consent': 'تمت الموافقة (الإصدار {version})',
  'mail.cut': 'اختُصرت بعض الإجابات (…) لتتسع لها رسالة البريد الإلكتروني. جميعها ما زالت في نموذج التسجيل، ويمكنك نسخها هنا.',
  thanksDefault: 'شكرًا لعرضك المساعدة. سنتواصل معك قريبًا.',
  noSignup: 'التسجيل للتطوع غير متاح هنا حاليًا.',
};

export default ar;
