/**
 * `care-widgets from-csv`: a feed from spreadsheet exports, one CSV file per
 * section (csv-columns.ts). Cells are read in the forms spreadsheets write
 * (cells.ts); the feed is then checked by the widgets' own validator and each
 * problem is said by file, row and column. Pure: files come in as bytes or text.
 */
import { parse } from 'csv-parse/sync';
import { parseFeed, type FeedProblem } from '../feed/index.js';
import { dateInWords, dateList, dateOrderOf, readCell, readDateForm, type DateOrder } from './cells.js';
import { decodeWindows1252 } from './json-text.js';
import { CELL_FORMS, CSV_COLUMNS, findColumn, type Column, type CsvSection } from './csv-columns.js';

export interface CsvFile {
  /** The file's name as the person knows it, used in every problem. */
  name: string;
  section: CsvSection;
  content: Uint8Array | string;
}

/** Something to tell the person, said where it is. */
export interface ConversionNote {
  /** e.g. `sessions.csv row 4, column F (time)`. */
  where: string;
  message: string;
  /** The entry (row) was left out of the feed. */
  leftOut: boolean;
}

export interface FromCsvOptions {
  /** A feed whose other parts (organization, volunteering, labels…) are kept; its CSV sections are replaced. */
  base?: Record<string, unknown>;
  /** Organization fields to set or override: `name`, `timezone`, `language`, `country`, `url`. */
  organization?: Record<string, string | undefined>;
}

export interface Conversion {
  feed: Record<string, unknown>;
  notes: ConversionNote[];
}

interface RowOrigin {
  file: string;
  row: number;
  /** Column letters by heading. */
  letters: Map<string, string>;
}

const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));

export function feedFromCsv(files: readonly CsvFile[], options: FromCsvOptions = {}): Conversion {
  const notes: ConversionNote[] = [];
  const base = options.base ?? {};
  const organization = { ...(base.organization as Record<string, unknown> | undefined) };
  for (const [key, value] of Object.entries(options.organization ?? {})) if (value !== undefined) organization[key] = value;
  const language = typeof organization.language === 'string' ? organization.language : 'en';

  const sections: Partial<Record<CsvSection, Record<string, unknown>[]>> = {};
  const origins: Partial<Record<CsvSection, RowOrigin[]>> = {};
  for (const file of files) {
    const rows = readRows(file, notes);
    if (!rows) continue;
    const entries = (sections[file.section] ??= []);
    const rowOrigins = (origins[file.section] ??= []);
    const [headings, ...body] = rows;
    const letters = new Map(headings.map((h, i) => [normalHeading(h), letter(i)]));
    const columns = headings.map((heading, i) => {
      const found = findColumn(file.section, normalHeading(heading));
      if (!found && heading.trim() !== '') {
        notes.push({ where: `${file.name} column ${letter(i)} (${heading.trim()})`, message: unknownColumn(file.section, normalHeading(heading)), leftOut: false });
      }
      return found;
    });
    if (body.every((cells) => cells.every((c) => c.trim() === ''))) {
      notes.push({ where: file.name, message: `has only its heading row, so it adds no ${file.section}: one row under the headings for each entry`, leftOut: false });
    }
    const cellAt = (row: number, at: number) => `row ${row + 2}, column ${letter(at)}`;
    const order = fileDateOrder(columns, body, cellAt);
    const readByOrder: { value: string; date: string; where: string }[] = [];
    const firstRowNote = notes.length;
    body.forEach((cells, i) => {
      if (cells.every((c) => c.trim() === '')) return;
      const say = (at: number, message: string) => notes.push({ where: `${file.name} ${cellAt(i, at)} (${columns[at]!.column.name})`, message, leftOut: false });
      const readAsFile = (at: number, value: string, date: string) => readByOrder.push({ value, date, where: cellAt(i, at) });
      entries.push(readEntry(columns, cells, language, say, order?.order, readAsFile));
      rowOrigins.push({ file: file.name, row: i + 2, letters });
    });
    // Said once for the file, before its rows' notes: it is why those dates were read at all.
    if (order && readByOrder.length > 0) notes.splice(firstRowNote, 0, { where: file.name, message: datesReadInOrder(order, readByOrder), leftOut: false });
  }

  const feed: Record<string, unknown> = { version: 1, ...base, organization };
  for (const [section, entries] of Object.entries(sections)) feed[section] = entries;
  matchPlaces(feed, origins, notes);
  for (const problem of parseFeed(feed).problems) notes.push(noteFor(problem, origins));
  return { feed: orderKeys(feed), notes };
}

/** A place's id or name as a person may type it again: `Chapel Hall`, `chapel hall `, `CHAPEL-HALL` are all `chapelhall`. */
const looseName = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A sessions or referrals sheet names its place by the places sheet's id, but
 * people type the place's name, or the id in other capitals or spacing. Such a
 * cell, when it matches one place only, is read as that place's id, and said so.
 */
function matchPlaces(feed: Record<string, unknown>, origins: Partial<Record<CsvSection, RowOrigin[]>>, notes: ConversionNote[]): void {
  const places = (Array.isArray(feed.places) ? feed.places : []) as Record<string, unknown>[];
  const ids = new Set(places.map((p) => p.id).filter((id) => typeof id === 'string'));
  const byLooseName = new Map<string, Set<string>>();
  for (const place of places) {
    if (typeof place.id !== 'string') continue;
    const names = [place.id, ...(typeof place.name === 'string' ? [place.name] : Object.values(place.name ?? {}))];
    for (const name of names) if (typeof name === 'string') byLooseName.set(looseName(name), (byLooseName.get(looseName(name)) ?? new Set()).add(place.id));
  }
  for (const section of ['sessions', 'referrals'] as const) {
    if (!origins[section]) continue;
    (feed[section] as Record<string, unknown>[]).forEach((entry, i) => {
      const given = entry.place;
      if (typeof given !== 'string' || ids.has(given)) return;
      const found = byLooseName.get(looseName(given));
      if (found?.size !== 1) return;
      const [id] = found;
      entry.place = id;
      const origin = origins[section]![i];
      const at = origin.letters.get('place');
      notes.push({
        where: `${origin.file} row ${origin.row}${at ? `, column ${at} (place)` : ''}`,
        message: `"${given}" is read as the place "${id}": the place column takes the place's id from the places sheet, exactly. Write "${id}" there to be sure.`,
        leftOut: false,
      });
    });
  }
}

/** The feed's usual order of sections, so the file reads like the docs. */
function orderKeys(feed: Record<string, unknown>): Record<string, unknown> {
  const order = ['$schema', 'version', 'updated', 'organization', 'places', 'sessions', 'referrals', 'messages', 'volunteering', 'labels'];
  const out: Record<string, unknown> = {};
  for (const key of order) if (feed[key] !== undefined) out[key] = feed[key];
  for (const key of Object.keys(feed)) if (!(key in out)) out[key] = feed[key];
  return out;
}

/** `Start Date` → `start_date`; `title.ES` keeps its dot. */
const normalHeading = (heading: string): string => heading.trim().toLowerCase().replace(/\s+/g, '_');

/** The rows of a CSV file as cells, or undefined (with a note) when it cannot be read. */
function readRows(file: CsvFile, notes: ConversionNote[]): string[][] | undefined {
  const text = typeof file.content === 'string' ? file.content.replace(/^\uFEFF/, '') : decodeCsv(file, notes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    if (rows.length === 0) {
      notes.push({ where: file.name, message: 'the file is empty: the first row should name the columns, e.g. id, title, start_date, time', leftOut: false });
      return undefined;
    }
    return rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    notes.push({
      where: line ? `${file.name} line ${line}` : file.name,
      message: `the file cannot be read as CSV (${(error as Error).message}); a cell with a quote mark " may be missing its closing one. Nothing from this file is in the feed.`,
      leftOut: true,
    });
    return undefined;
  }
}

/**
 * Spreadsheets save CSV as UTF-8 only when asked ("CSV UTF-8"); Excel's plain
 * "CSV" is Windows-1252, and "Unicode text" is UTF-16. All are read; only
 * UTF-8 keeps every language's letters, so the others get a note.
 */
function decodeCsv(file: CsvFile, notes: ConversionNote[]): string {
  const bytes = file.content as Uint8Array;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push({ where: file.name, message: 'the file is not saved as UTF-8, so it was read as Windows-1252 (Excel\'s plain "CSV"); letters outside Western European languages may be wrong. Save it as "CSV UTF-8" to be sure.', leftOut: false });
    return decodeWindows1252(bytes);
  }
}

function readEntry(
  columns: ({ column: Column; lang?: string } | undefined)[], cells: string[], language: string, say: (column: number, message: string) => void,
  order?: DateOrder, readAsFile?: (column: number, value: string, date: string) => void,
): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  const translations = new Map<string, Record<string, string>>();
  columns.forEach((found, i) => {
    if (!found) return;
    if (isDateColumn(found.column)) {
      sayDatesRead(datesIn(found.column, cells[i] ?? ''), order, (message) => say(i, message), (value, date) => readAsFile?.(i, value, date));
    }
    const value = readCell(found.column.kind, cells[i] ?? '', order);
    if (value === undefined) return;
    if (found.column.kind === 'text') {
      const texts = translations.get(found.column.path) ?? {};
      texts[found.lang ?? language] = value as string;
      translations.set(found.column.path, texts);
    } else {
      setPath(entry, found.column.path, value);
    }
  });
  for (const [path, texts] of translations) {
    const langs = Object.keys(texts);
    setPath(entry, path, langs.length === 1 && langs[0] === language ? texts[language] : texts);
  }
  const schedule = entry.schedule as Record<string, unknown> | undefined;
  if (schedule && typeof schedule.repeat === 'string' && /^(fortnightly|biweekly|every other week|every 2 weeks)$/.test(schedule.repeat)) {
    schedule.repeat = 'weekly';
    schedule.interval ??= 2;
  }
  return entry;
}

const isDateColumn = (column: Column): boolean => ['date', 'dates', 'moment'].includes(column.kind);
const datesIn = (column: Column, cell: string): string[] => (column.kind === 'dates' ? dateList(cell) : [cell]);

/**
 * A spreadsheet rewrites a date in the computer's own form (`3/14/2026`, `14.03.2026`) unless its
 * column is formatted as text. One that can mean one date only is read (cells.ts, readDateForm),
 * and said, with the form to write; one that could be two is read in the order of the file's other
 * dates when they show one (fileDateOrder), said once for the file (`readAsFile`), or else left as
 * written, and the check's problem then names both (noteFor).
 */
function sayDatesRead(values: string[], order: DateOrder | undefined, say: (message: string) => void, readAsFile: (value: string, date: string) => void): void {
  for (const value of values) {
    const found = readDateForm(value, order);
    if (found && 'order' in found && found.order) readAsFile(value.trim(), found.date);
    else if (found && 'how' in found) say(`"${value.trim()}" ${found.how}: the feed writes dates as YYYY-MM-DD. Write "${found.date}" there to be sure, and format the column as text so the spreadsheet keeps it.`);
  }
}

/**
 * The order the file's dates put day and month in, from those that can be read in one order only
 * (`14/03/2026`: the day first), when they all agree, with the first of them; else undefined, and a
 * date that could be two is not read. The file, not the column, is what decides: a spreadsheet
 * saves every date of a sheet in the computer's one form, and a column (`updated`, `except`) may
 * hold no date over the 12th when another column of the same sheet does. Files are not mixed: each
 * was saved on its own, perhaps on another computer.
 */
function fileDateOrder(
  columns: ({ column: Column } | undefined)[], body: string[][], cellAt: (row: number, column: number) => string,
): { order: DateOrder; example: string; where: string } | undefined {
  const seen = new Map<DateOrder, { example: string; where: string }>();
  body.forEach((cells, row) => columns.forEach((found, at) => {
    if (!found || !isDateColumn(found.column)) return;
    for (const value of datesIn(found.column, cells[at] ?? '')) {
      const order = dateOrderOf(value);
      if (order && !seen.has(order)) seen.set(order, { example: value.trim(), where: cellAt(row, at) });
    }
  }));
  if (seen.size !== 1) return undefined;
  const [[order, first]] = seen;
  return { order, ...first };
}

/** The one note for a file's dates read in the order of its other dates: how many, which order, why, and the first of them. */
function datesReadInOrder(order: { order: DateOrder; example: string; where: string }, read: { value: string; date: string; where: string }[]): string {
  const [first] = read;
  const part = { 'day first': 'the day', 'month first': 'the month', 'year first': 'the year' }[order.order];
  const more = read.length - 1;
  return `${read.length === 1 ? '1 date' : `${read.length} dates`} that could be read more than one way ${read.length === 1 ? 'is' : 'are'} read with ${part} first, `
    + `as the other dates in this file put ${part} first, e.g. "${order.example}" (${order.where}): `
    + `"${first.value}" (${first.where}) is read as ${dateInWords(first.date)} ("${first.date}")${more > 0 ? `, and ${more} more the same way` : ''}. `
    + `If that is not what the file means, write each date as YYYY-MM-DD, and format the date columns as text so the spreadsheet keeps them.`;
}

/** The check's words for a date cell that could mean more than one date, with why: `"3/4/2026" could be 4 March 2026 (month first) or…`. */
function unclearDate(message: string): string {
  return message.replace(/^"(.*?)" is not a date; write it as YYYY-MM-DD, e\.g\. "2026-03-14"(, or a date and time with an offset)?/, (said, value: string) => {
    const found = readDateForm(value);
    return found && 'unclear' in found ? `"${value}" ${found.unclear}` : said;
  });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/** Says a validator problem where it is in the spreadsheet, with the spreadsheet's form of the value. */
function noteFor(problem: FeedProblem, origins: Partial<Record<CsvSection, RowOrigin[]>>): ConversionNote {
  const m = /^(places|sessions|referrals|messages)\[(\d+)\](?:\.(.*))?$/.exec(problem.path);
  const origin = m && origins[m[1] as CsvSection]?.[Number(m[2])];
  if (!m || !origin) {
    const hint = problem.path.startsWith('organization') ? ' (set it with --name, --timezone…, or in the --base feed)' : '';
    return { where: problem.path, message: problem.message + hint, leftOut: problem.skipped };
  }
  const field = (m[3] ?? '').replace(/\[\d+\]/g, '');
  const column = CSV_COLUMNS[m[1] as CsvSection]
    .filter((c) => field === c.path || field.startsWith(`${c.path}.`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  let where = `${origin.file} row ${origin.row}`;
  let message = problem.message;
  if (column) {
    const lang = field.slice(column.path.length + 1);
    const heading = column.kind === 'text' && lang && origin.letters.has(`${column.name}.${lang}`) ? `${column.name}.${lang}` : column.name;
    const at = origin.letters.get(heading);
    where += at ? `, column ${at} (${heading})` : `, column ${heading} (not in the file)`;
    if (isDateColumn(column)) message = unclearDate(message);
    // The form before "This entry is left out.", which stays last, as the command line reads it there.
    if (column.kind !== 'string' && column.kind !== 'text') {
      message = message.replace(/( This entry is left out\.)?$/, ` In the spreadsheet: ${CELL_FORMS[column.kind].replace(/`/g, '"')}.$1`);
    }
  }
  return { where, message, leftOut: problem.skipped };
}

function unknownColumn(section: CsvSection, heading: string): string {
  const near = CSV_COLUMNS[section].map((c) => c.name).find((name) => editDistance(name, heading) <= 2);
  return `"${heading}" is not a column of ${section}${near ? `; did you mean "${near}"?` : ''} It is left out. The columns are listed in docs/webmaster-toolkit.md.`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
