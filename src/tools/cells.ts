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

/** `18:30`, `6:30 pm`, `7pm`, `18:30:00`, `18.30` → `HH:MM`; undefined when not a time of day. */
export function readTime(cell: string): string | undefined {
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
export function readCell(kind: CellKind, cell: string): unknown {
  const s = cell.trim();
  if (s === '') return undefined;
  switch (kind) {
    case 'string': return cell.replace(/\r\n/g, '\n').trim();
    case 'text': return cell.replace(/\r\n/g, '\n').trim();
    case 'codes': return splitList(s).map(toCode);
    case 'languages': return splitList(s);
    case 'dates': return splitList(s).map((d) => readDate(d));
    case 'boolean': return YES.test(s) ? true : NO.test(s) ? false : s;
    case 'number': {
      const n = Number(s.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
      return Number.isFinite(n) ? n : s;
    }
    case 'integer': return /^\d+$/.test(s) ? Number(s) : s;
    case 'date': return readDate(s);
    case 'time': return readTime(s) ?? s;
    case 'days': return readDays(s) ?? s;
    case 'weeks': return readWeeks(s) ?? s;
    case 'hours': return readHours(s) ?? s;
    case 'repeat': return s.toLowerCase() === 'once' ? 'none' : s.toLowerCase();
  }
}

/** `2026-3-5` → `2026-03-05`; other forms as they are. */
function readDate(s: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s.trim();
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
