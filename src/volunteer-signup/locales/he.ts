import type { SignupStrings } from '../strings.js';

// For a native speaker's review: the wording addresses the reader in the plural (תוכלו, שלכם)
// to avoid choosing a gender. Examples in Latin script are wrapped in Unicode isolates
// (U+2068 … U+2069) so they keep their order inside right-to-left text. A role's time and training
// from the feed, which may start with a number ("3 hours a week"), are set between left-to-right
// marks (U+200E) instead: WebKit does not wrap a long word inside isolates.
const he: SignupStrings = {
  signupLabel: 'הרשמה להתנדבות',
  rolesLegend: 'באילו תפקידים תרצו לעזור?',
  'role.commitment': 'זמן: \u200e{value}\u200e',
  'role.training': 'הכשרה: \u200e{value}\u200e',
  'role.minAge': 'מגיל {age} ומעלה',
  'field.name': 'השם שלכם',
  'field.email': 'דוא״ל',
  'field.phone': 'טלפון',
  'field.availability': 'מתי בדרך כלל תוכלו לעזור?',
  'field.languages': 'שפות שאתם דוברים',
  'field.message': 'יש עוד משהו שתרצו שנדע?',
  'field.roles': 'תפקידים',
  optional: '(לא חובה)',
  'part.morning': 'בוקר',
  'part.afternoon': 'צהריים',
  'part.evening': 'ערב',
  slot: '{day}, {part}',
  ageConfirm: 'אני בן/בת {age} ומעלה',
  ageRaised: 'התפקידים שבחרתם דורשים גיל {age} ומעלה: נא לסמן את התיבה שוב אם זה נכון לגביכם.',
  privacy: 'איך אנחנו שומרים על הפרטים שלכם',
  send: 'שליחה',
  sending: 'ההרשמה שלכם נשלחת…',
  clear: 'ניקוי הטופס',
  problemsTitle: 'נא לבדוק את התשובות האלה:',
  notSent: 'החיבור חזר, אבל ההרשמה עדיין לא נשלחה. נא לבדוק את התשובות האלה:',
  'problem.roles': 'נא לבחור לפחות תפקיד אחד.',
  'problem.name': 'נא לכתוב את השם שלכם.',
  'problem.email': 'נא לכתוב את כתובת הדוא״ל שלכם.',
  'problem.email-format': 'נא לכתוב כתובת דוא״ל כמו \u2068name@example.org\u2069.',
  'problem.phone': 'נא לכתוב מספר טלפון בספרות, כמו \u2068555 0142\u2069, או להשאיר ריק.',
  'problem.age': 'נא לסמן את התיבה כדי לאשר את גילכם.',
  'problem.consent': 'נא לסמן את התיבה כדי להסכים, כך שנוכל לשמור את הפרטים שלכם וליצור קשר.',
  'failed.offline': 'נראה שאין חיבור לאינטרנט, ולכן ההרשמה לא נשלחה. היא תישלח כשהחיבור יחזור.',
  'failed.network': 'ההרשמה לא הגיעה אלינו. נא לבדוק את החיבור ולנסות שוב.',
  'failed.timeout': 'לא התקבלה תשובה בזמן, ולכן איננו יודעים אם ההרשמה הגיעה. נא לנסות שוב.',
  'failed.rejected': 'ההרשמה לא התקבלה. נא לנסות שוב, או לשלוח לנו את התשובות בדוא״ל.',
  'failed.server': 'במערכת ההרשמה שלנו יש כרגע תקלה. נא לנסות שוב בעוד זמן קצר.',
  answersKept: 'התשובות שלכם עדיין כאן.',
  emailInstead: 'שליחת התשובות בדוא״ל במקום זאת',
  mailSubject: 'הרשמה להתנדבות',
  reference: 'מספר אסמכתה',
  'mail.confirmed': 'אישור',
  'mail.consent': 'הסכמה ניתנה (גרסה {version})',
  'mail.cut': 'חלק מהתשובות קוצרו (…) כדי שייכנסו לדוא״ל. כולן עדיין נמצאות בטופס ההרשמה, ואפשר להעתיק אותן לכאן.',
  thanksDefault: 'תודה שהצעתם לעזור. ניצור קשר בקרוב.',
  noSignup: 'ההרשמה להתנדבות אינה פתוחה כאן כרגע.',
};

export default he;
