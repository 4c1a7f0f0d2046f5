import type { SharedStrings } from '../en.js';

// Actions use the infinitive (the usual gender-neutral form in Israeli UI).
// Phone numbers and search text are wrapped in Unicode isolates
// (U+2068 … U+2069) so that, inside right-to-left text, a number such as
// "+972 3 123 4567" keeps its digit groups in order and Latin search text stays whole.
const he: SharedStrings = {
  loading: 'בטעינה…',
  retry: 'לנסות שוב',
  savedCopy: 'עותק שמור מתאריך {date}',
  errorTitle: 'אי אפשר להציג את המידע הזה כרגע.',
  'error.network': 'לא ניתן היה להגיע למידע. כדאי לבדוק את החיבור, או לנסות שוב בעוד זמן קצר.',
  'error.timeout': 'המידע לא הגיע בזמן. אפשר לנסות שוב.',
  'error.http': 'המידע לא נמצא בשרת.',
  'error.server': 'הייתה תקלה בשרת. אפשר לנסות שוב בעוד זמן קצר.',
  'error.not-json': 'המידע נמצא בתבנית שהדף הזה לא יכול לקרוא.',
  'error.bad-version': 'המידע נמצא בתבנית שהדף הזה עדיין לא מכיר.',
  'error.no-feed': 'עדיין לא חובר מידע לרכיב הזה.',
  triedAgain: 'ניסינו שוב ב־\u2068{time}\u2069.',
};

export default he;
