import type { AudienceStrings } from '../../audiences.js';

const he: AudienceStrings = {
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
};

export default he;
