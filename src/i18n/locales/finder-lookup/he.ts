import type { FinderLookupStrings } from '../../finder-lookup.js';

const he: FinderLookupStrings = {
  'audience.youth': 'צעירים וצעירות',
  'audience.adults': 'מבוגרים',
  'audience.older-adults': 'אזרחים ותיקים',
  'audience.parents': 'הורים',
  'audience.caregivers': 'בני משפחה מטפלים',
  'audience.women': 'נשים',
  'audience.men': 'גברים',
  'audience.lgbtq': 'הקהילה הגאה (להט"ב+)',
  'audience.grief': 'אנשים שמתמודדים עם אובדן',
  'audience.chronic-illness': 'אנשים עם מחלה כרונית',
  crisisTitle: 'זקוקים לעזרה עכשיו?',
  crisisCall: 'להתקשר ל־\u2068{number}\u2069',
  dangerNow: 'אם אתם בסכנה עכשיו, התקשרו למספר החירום המקומי.',
};

export default he;
