/**
 * Reading the forms people and other systems write days, times and lists in,
 * into the feed's own (`18:30`, `["mo", "th"]`), and writing them back for a
 * spreadsheet. A value that is not recognised is given back as it was, so the
 * feed's validator reports it with its own message.
 */
import { DAYS, type Day, type OpeningHours } from '../feed/index.js';
import type { CellKind } from './csv-columns.js';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `mo`, `Mon`, `monday`, `Thu`, `thurs` → a Day. */
export function readDay(word: string): Day | undefined {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  if (w.length < 2) return undefined;
  const i = DAY_NAMES.findIndex((name) => name.startsWith(w));
  return i >= 0 ? DAYS[i] : undefined;
}

/** `mo, th`, `Monday and Thursday`, `mo-fr` → days; undefined if any part is not a day. */
export function readDays(cell: string): Day[] | undefined {
  const days: Day[] = [];
  for (const part of cell.replace(/\s*[-–]\s*/g, '-').split(/\s*(?:[,;/&+]|\band\b)\s*|\s+/i).filter(Boolean)) {
    const range = part.split('-');
    const [from, to] = range.map(readDay);
    if (range.length === 2 && from && to) {
      for (let i = DAYS.indexOf(from); ; i = (i + 1) % 7) {
        days.push(DAYS[i]);
        if (DAYS[i] === to) break;
      }
    } else if (range.length === 1 && from) {
      days.push(from);
    } else {
      return undefined;
    }
  }
  return days.length > 0 ? DAYS.filter((d) => days.includes(d)) : undefined;
}

/**
 * `18:30`, `6:30 pm`, `7pm`, `18:30:00`, `18.30` and the four figures of military time, `1830` → `HH:MM`; undefined
 * when not a time of day.
 */
export function readTime(cell: string): string | undefined {
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(cell.trim());
  if (military) return `${military[1]}:${military[2]}`;
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(cell.trim());
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[4]?.toLowerCase();
  if (m[2] === undefined && !half) return undefined; // "7" alone could be morning or evening
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const WEEK_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 };

/** `1, 3`, `2nd`, `last`, `first and third` → weeks of the month. */
export function readWeeks(cell: string): number[] | undefined {
  const weeks: number[] = [];
  for (const part of splitList(cell.replace(/\band\b/gi, ','))) {
    const word = part.toLowerCase();
    const n = word in WEEK_WORDS ? WEEK_WORDS[word] : /^-?\d(st|nd|rd|th)?$/.test(word) ? parseInt(word, 10) : NaN;
    if (!Number.isInteger(n)) return undefined;
    weeks.push(n);
  }
  return weeks;
}

/** Opening hours: `24/7`, or `mo-fr 09:00-17:00; sa 10:00-13:00`. */
export function readHours(cell: string): '24/7' | OpeningHours[] | undefined {
  if (/^24\s*\/\s*7$/.test(cell.trim())) return '24/7';
  const hours: OpeningHours[] = [];
  for (const part of cell.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.*?)\s+(\d[\d:.]*\s*(?:[ap]\.?m?\.?)?)\s*(?:-|–|to)\s*(\d[\d:.]*\s*(?:[ap]\.?m?\.?)?)$/i.exec(part);
    const days = m && readDays(m[1]);
    const opens = m && readTime(m[2]);
    const closes = m && readTime(m[3]);
    if (!days || !opens || !closes) return undefined;
    hours.push({ days, opens, closes });
  }
  return hours.length > 0 ? hours : undefined;
}

/** Days written back compactly: a run of three or more as `mo-fr`. */
export function writeDays(days: readonly string[]): string {
  const parts: string[] = [];
  const indexes = days.map((d) => DAYS.indexOf(d as Day));
  for (let i = 0; i < days.length; i += 1) {
    let j = i;
    while (j + 1 < days.length && indexes[j + 1] === indexes[j] + 1) j += 1;
    if (j - i >= 2) {
      parts.push(`${days[i]}-${days[j]}`);
      i = j;
    } else {
      parts.push(days[i]);
    }
  }
  return parts.join(', ');
}

export const splitList = (cell: string): string[] => cell.split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean);

const YES = /^(yes|y|true|1|x|✓)$/i;
const NO = /^(no|n|false|0)$/i;

/** A code as the feed writes them: lower case, words joined by `-` (`Step free` → `step-free`). */
export const toCode = (s: string): string => s.trim().toLowerCase().replace(/[\s_]+/g, '-');

/**
 * A spreadsheet cell as the feed's value of that kind. Blank is undefined (left
 * out); an unrecognised value is given back as the text it was.
 */
export function readCell(kind: CellKind, cell: string, dateOrder?: DateOrder): unknown {
  const s = cell.trim();
  if (s === '') return undefined;
  switch (kind) {
    case 'string': return cell.replace(/\r\n/g, '\n').trim();
    case 'text': return cell.replace(/\r\n/g, '\n').trim();
    case 'codes': return splitList(s).map(toCode);
    case 'languages': return splitList(s);
    case 'dates': return dateList(s).map((d) => readDate(d, dateOrder));
    case 'boolean': return YES.test(s) ? true : NO.test(s) ? false : s;
    case 'number': {
      const n = Number(s.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
      return Number.isFinite(n) ? n : s;
    }
    case 'integer': return /^\d+$/.test(s) ? Number(s) : s;
    case 'date': return readDate(s, dateOrder);
    case 'moment': return readDate(s, dateOrder);
    case 'time': return readTime(s) ?? s;
    case 'days': return readDays(s) ?? s;
    case 'weeks': return readWeeks(s) ?? s;
    case 'hours': return readHours(s) ?? s;
    case 'repeat': return s.toLowerCase() === 'once' ? 'none' : s.toLowerCase();
  }
}

/**
 * The dates of a cell of dates. A spreadsheet rewrites a cell that holds one date in its own form,
 * which may have commas of its own (`December 24, 2026`), so the whole cell is tried as one first.
 */
export const dateList = (cell: string): string[] => (readDateForm(cell) ? [cell.trim()] : splitList(cell));

/** A date cell's value: read when it can mean one date only (or `order` decides), else as written, for the check to explain. */
function readDate(s: string, order?: DateOrder): string {
  const found = readDateForm(s, order);
  return found && 'date' in found ? found.date : s.trim();
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A date as a person reads it: `14 March 2026`. */
export const dateInWords = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTH_NAMES[month - 1].replace(/^./, (c) => c.toUpperCase())} ${year}`;
};

/** YYYY-MM-DD when the calendar has that day, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `March`, `mar`, `Sept.` → 1-12; undefined for anything shorter than three letters or not a month. */
function readMonth(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(w));
  return i >= 0 ? i + 1 : undefined;
}

/** The order a numeric date's numbers are read in. */
export type DateOrder = 'month first' | 'day first' | 'year first';

/**
 * The ways `3/4/2026`, `14.03.26` can be read, each a date or undefined where the calendar has no
 * such day; undefined for anything else. A two-digit year may as well be first (`26/03/14`), so
 * that reading counts too.
 */
function numericReadings(s: string): { order: DateOrder; date: string | undefined; year: string }[] | undefined {
  const numeric = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})\.?$/.exec(s);
  if (!numeric) return undefined;
  const [, a, , b, c] = numeric;
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  return [
    { order: 'month first', date: isoDate(year, Number(a), Number(b)), year: c },
    { order: 'day first', date: isoDate(year, Number(b), Number(a)), year: c },
    ...(c.length === 2 ? [{ order: 'year first' as const, date: isoDate(2000 + Number(a), Number(b), Number(c)), year: a }] : []),
  ];
}

/**
 * The order a date cell shows its numbers in: the one order in which it is a date at all
 * (`14/03/2026` puts the day first, `3/14/2026` the month). Undefined when it shows none: a date it
 * reads the same in either order (`4/4/2026`), one it could read as two (`3/4/2026`), or one
 * written with the year first or the month's name (`2026/03/14`, `14 March 2026`).
 */
export function dateOrderOf(cell: string): DateOrder | undefined {
  const valid = numericReadings(cell.trim())?.filter((r) => r.date);
  return valid?.length === 1 ? valid[0].order : undefined;
}

/**
 * What a date cell holds, in the forms spreadsheets rewrite dates into when the column is not
 * formatted as text: `3/14/2026`, `14/03/2026`, `14.03.2026`, `2026/03/14`, `March 14, 2026`,
 * `14 March 2026`, `14-Mar-26`, `Saturday, March 14, 2026` (months and weekdays in English).
 * - `date`: the one date it can mean; `how` says how it was read when it was not written
 *   YYYY-MM-DD (`2026-3-5` is that form, only short of its zeros). `order` is there when the date
 *   could be more than one and was read in the `order` given, the order of the file's other dates.
 * - `unclear`: why it could be more than one date (`3/4/2026`), said after the value.
 * - undefined: not a date in any of these forms.
 * The order of day and month is decided only by a day over 12, or by `order`; a year written first
 * is followed by its month, as everywhere it is written so; a two-digit year is in the 2000s (`26`
 * is 2026), and may be the first number as well as the last.
 */
export function readDateForm(cell: string, order?: DateOrder): { date: string; how?: string; order?: DateOrder } | { unclear: string } | undefined {
  const s = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    // "2026-02-30" stays as written: the check says which part is wrong.
    return date ? { date } : undefined;
  }
  const yearOf = (y: string) => (y.length === 2 ? 2000 + Number(y) : y.length === 4 ? Number(y) : NaN);
  const twoDigitYear = (y: string) => (y.length === 2 ? `, the year "${y}" as ${2000 + Number(y)}` : '');
  const read = (date: string, year: string) => ({ date, how: `is read as ${dateInWords(date)} ("${date}"${twoDigitYear(year)})` });

  const yearFirst = /^(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?$/.exec(s);
  if (yearFirst) {
    const date = isoDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
    return date ? read(date, yearFirst[1]) : undefined;
  }
  const all = numericReadings(s)?.filter((r): r is { order: DateOrder; date: string; year: string } => !!r.date);
  if (all) {
    const readings = all.filter((r, i) => all.findIndex((o) => o.date === r.date) === i);
    const chosen = readings.length > 1 && order ? all.find((r) => r.order === order) : undefined;
    if (chosen) return { ...read(chosen.date, chosen.year), order };
    if (readings.length > 1) {
      const words = readings.map((r) => `${dateInWords(r.date)} (${r.order})`);
      const forms = readings.map((r) => `"${r.date}"`);
      const or = (list: string[]) => `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
      return { unclear: `could be ${or(words)}; write the one you mean as YYYY-MM-DD: ${or(forms)}` };
    }
    return readings[0] ? read(readings[0].date, readings[0].year) : undefined;
  }

  // Words: an optional weekday, then the month's name before or after the day, then the year.
  const words = s.replace(/(\d)(st|nd|rd|th)\b/gi, '$1').split(/[\s,/-]+|\.(?=\s|$)|\.(?=\d)/).filter(Boolean);
  const weekday = words.length === 4 ? readDay(words[0]) : undefined;
  if (words.length === 4 && !weekday) return undefined;
  const [first, second, year] = weekday ? words.slice(1) : words;
  if (words.length < 3 || words.length > 4 || !/^\d{2}(\d{2})?$/.test(year ?? '')) return undefined;
  const month = readMonth(first) ?? readMonth(second);
  const day = readMonth(first) ? second : first;
  if (!month || !/^\d{1,2}$/.test(day)) return undefined;
  const date = isoDate(yearOf(year), month, Number(day));
  if (!date) return undefined;
  if (weekday) {
    const actual = DAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
    if (actual !== weekday) {
      return { unclear: `names a ${DAY_WORDS[DAYS.indexOf(weekday)]}, but ${dateInWords(date)} is a ${DAY_WORDS[DAYS.indexOf(actual)]}; write the date you mean as YYYY-MM-DD, e.g. "${date}"` };
    }
  }
  return read(date, year);
}

/** The feed's value written in a cell, the inverse of readCell. */
export function writeCell(kind: CellKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'boolean': return value === true ? 'yes' : value === false ? 'no' : String(value);
    case 'days': return Array.isArray(value) ? writeDays(value as string[]) : String(value);
    case 'hours':
      return Array.isArray(value)
        ? (value as OpeningHours[]).map((h) => `${writeDays(h.days)} ${h.opens}-${h.closes}`).join('; ')
        : String(value);
    default: return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
