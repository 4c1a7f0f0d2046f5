/**
 * `care-widgets to-csv`: a feed's sections as spreadsheet files, the inverse of
 * from-csv (same columns, csv-columns.ts). It makes the template CSVs from the
 * sample feed, and lets a webmaster move an existing feed into a spreadsheet.
 */
import { writeCell } from './cells.js';
import { CSV_COLUMNS, CSV_SECTIONS, type Column, type CsvSection } from './csv-columns.js';

export interface CsvExport {
  /** The CSV text of each section the feed has entries in. */
  files: Partial<Record<CsvSection, string>>;
  /** Fields that have no column, by path: they are not in the files. */
  notInColumns: string[];
}

const quote = (cell: string): string => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

function valueAt(entry: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined), entry);
}

const isTextMap = (v: unknown): v is Record<string, string> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The headings of a section: each column some entry uses, a text column once per language. */
function headingsFor(columns: readonly Column[], entries: unknown[], language: string): { heading: string; column: Column; lang?: string }[] {
  const out: { heading: string; column: Column; lang?: string }[] = [];
  for (const column of columns) {
    const values = entries.map((e) => valueAt(e, column.path)).filter((v) => v !== undefined && v !== null);
    if (values.length === 0 && column.name !== 'id') continue;
    if (column.kind !== 'text') {
      out.push({ heading: column.name, column });
      continue;
    }
    const langs = new Set<string>();
    for (const v of values) {
      if (isTextMap(v)) Object.keys(v).forEach((l) => langs.add(l));
      else langs.add(language);
    }
    for (const lang of [language, ...[...langs].filter((l) => l !== language)]) {
      if (langs.has(lang)) out.push({ heading: lang === language ? column.name : `${column.name}.${lang}`, column, lang });
    }
  }
  return out;
}

/** Every leaf path of an entry not covered by a column (for the notInColumns list). */
function uncovered(entry: unknown, columns: readonly Column[], prefix = ''): string[] {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return [];
  return Object.entries(entry).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (columns.some((c) => c.path === path)) return [];
    if (columns.some((c) => c.path.startsWith(`${path}.`))) return uncovered(value, columns, path);
    return [path];
  });
}

export function feedToCsv(feed: Record<string, unknown>): CsvExport {
  const organization = feed.organization as { language?: unknown } | undefined;
  const language = typeof organization?.language === 'string' ? organization.language : 'en';
  const files: CsvExport['files'] = {};
  const notInColumns: string[] = [];
  for (const section of CSV_SECTIONS) {
    const entries = feed[section];
    if (!Array.isArray(entries) || entries.length === 0) continue;
    const columns = CSV_COLUMNS[section];
    const headings = headingsFor(columns, entries, language);
    const rows = entries.map((entry) => headings.map(({ column, lang }) => {
      const value = valueAt(entry, column.path);
      if (column.kind !== 'text') return quote(writeCell(column.kind, value));
      if (isTextMap(value)) return quote(value[lang!] ?? '');
      return quote(lang === language && value !== undefined && value !== null ? String(value) : '');
    }).join(','));
    files[section] = `${[headings.map((h) => quote(h.heading)).join(','), ...rows].join('\n')}\n`;
    entries.forEach((entry, i) => notInColumns.push(...uncovered(entry, columns).map((p) => `${section}[${i}].${p}`)));
  }
  return { files, notInColumns };
}
