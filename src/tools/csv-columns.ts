/**
 * The spreadsheet form of a care feed: one CSV file per section, one row per
 * entry, columns named after the feed's fields. Both `from-csv` and `to-csv`
 * (and the template files) follow these tables, and docs/webmaster-toolkit.md
 * lists them.
 *
 * - Nested fields keep their parent's name: `online.url`, `registration.required`.
 * - A session's schedule fields stand alone: `start_date`, `time`, `days`.
 * - Text in more languages: `title` holds the feed's language, `title.es` Spanish, and so on.
 */

/** How a cell is read and written. */
export type CellKind =
  | 'string' | 'text' | 'codes' | 'languages' | 'boolean' | 'number' | 'integer'
  | 'date' | 'dates' | 'moment' | 'time' | 'days' | 'weeks' | 'repeat' | 'hours';

export interface Column {
  /** The column's heading. */
  name: string;
  /** Where the value goes in the entry, e.g. `schedule.time`. */
  path: string;
  kind: CellKind;
}

export type CsvSection = 'places' | 'sessions' | 'referrals' | 'messages';

/** How each kind of cell is written in a spreadsheet, for the docs and for problems. */
export const CELL_FORMS: Record<CellKind, string> = {
  string: 'text as it is',
  text: 'text; more languages in columns such as `title.es`',
  codes: 'codes separated by commas: `wheelchair, parking`',
  languages: 'language tags separated by commas: `en, es`',
  boolean: '`yes` or `no` (also true/false, y/n, 1/0)',
  number: 'a number with a dot: `39.0921`',
  integer: 'a whole number: `2`',
  date: 'YYYY-MM-DD: `2026-03-14` (format the column as text so the spreadsheet keeps it)',
  dates: 'dates separated by commas: `2026-12-24, 2026-12-31`',
  moment: 'a date as YYYY-MM-DD, or a date and time with its offset: `2026-03-14T09:00-05:00`',
  time: '24-hour `18:30` (also `6:30 pm`, `7pm`, `18:30:00`, `1830`)',
  days: 'days separated by commas, as codes or English names: `mo, th`, `Monday, Thursday`, or a range `mo-fr`',
  weeks: 'weeks of the month: `1, 3` or `2nd`, `last` (-1)',
  repeat: '`weekly`, `monthly`, `none` (or `once`); `fortnightly` is weekly with interval 2',
  hours: '`24/7`, or days and times separated by semicolons: `mo-fr 09:00-17:00; sa 10:00-13:00`',
};

const column = (name: string, kind: CellKind, path = name): Column => ({ name, path, kind });
const schedule = (name: string, kind: CellKind): Column => column(name, kind, `schedule.${name}`);

export const CSV_COLUMNS: Record<CsvSection, readonly Column[]> = {
  places: [
    column('id', 'string'), column('name', 'text'), column('kind', 'string'), column('address', 'string'),
    column('lat', 'number'), column('lng', 'number'), column('directions', 'text'), column('accessibility', 'codes'),
    column('address_on_request', 'boolean'),
  ],
  sessions: [
    column('id', 'string'), column('title', 'text'), column('description', 'text'), column('kind', 'string'),
    column('audiences', 'codes'), column('topics', 'codes'), column('languages', 'languages'), column('place', 'string'),
    column('online.url', 'string'), column('online.phone', 'string'), column('online.notes', 'text'),
    schedule('start_date', 'date'), schedule('end_date', 'date'), schedule('time', 'time'), schedule('end_time', 'time'),
    schedule('duration', 'integer'), schedule('repeat', 'repeat'), schedule('interval', 'integer'), schedule('days', 'days'),
    schedule('weeks', 'weeks'), schedule('except', 'dates'), schedule('add', 'dates'), schedule('by_appointment', 'boolean'),
    schedule('timezone', 'string'),
    column('facilitator', 'text'), column('cost', 'text'),
    column('registration.required', 'boolean'), column('registration.url', 'string'), column('registration.email', 'string'),
    column('registration.phone', 'string'), column('registration.notes', 'text'),
    column('contact.name', 'string'), column('contact.email', 'string'), column('contact.phone', 'string'),
    column('accessibility', 'codes'), column('status', 'string'), column('updated', 'date'),
  ],
  referrals: [
    column('id', 'string'), column('name', 'text'), column('kind', 'string'), column('urgent', 'boolean'),
    column('description', 'text'), column('topics', 'codes'), column('audiences', 'codes'), column('phone', 'string'),
    column('sms', 'string'), column('whatsapp', 'string'), column('chat_url', 'string'), column('url', 'string'),
    column('email', 'string'), column('hours', 'hours'), column('timezone', 'string'), column('cost', 'string'),
    column('languages', 'languages'), column('area', 'text'), column('place', 'string'), column('walk_in', 'boolean'),
    column('referral_required', 'boolean'), column('eligibility', 'text'), column('verified', 'date'),
  ],
  messages: [
    column('id', 'string'), column('text', 'text'), column('link.text', 'text'), column('link.url', 'string'),
    column('starts', 'moment'), column('ends', 'moment'), column('tone', 'string'),
  ],
};

export const CSV_SECTIONS = Object.keys(CSV_COLUMNS) as CsvSection[];

/** The column a heading names: `title.es` is the `title` column in Spanish. */
export function findColumn(section: CsvSection, heading: string): { column: Column; lang?: string } | undefined {
  const name = heading.trim();
  const exact = CSV_COLUMNS[section].find((c) => c.name === name);
  if (exact) return { column: exact };
  const dot = name.lastIndexOf('.');
  const base = CSV_COLUMNS[section].find((c) => c.kind === 'text' && c.name === name.slice(0, dot));
  return base && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(name.slice(dot + 1)) ? { column: base, lang: name.slice(dot + 1) } : undefined;
}
