/**
 * What the importers (meeting-guide.ts, hsds.ts) give back, and the tally of
 * fields they could not carry over: each source field that holds a value and
 * has no place in the care feed is reported once, with how many entries had it.
 */
export interface ImportOptions {
  /** Organization fields to set or override: `name`, `timezone`, `language`, `country`, `url`. */
  organization?: Record<string, string | undefined>;
  /** Today, for start dates the source does not have. */
  today: Date;
}

export interface UnmappedField {
  /** The source's field, e.g. `group`, `types: C`, `phones[].extension`. */
  field: string;
  /** How many entries had it. */
  count: number;
  /** Why it has no place, when that is not obvious. */
  why?: string;
}

export interface ImportResult {
  feed: Record<string, unknown>;
  /** Things to tell the person, by where they are in the source. */
  notes: { where: string; message: string }[];
  unmapped: UnmappedField[];
}

export class Unmapped {
  private readonly fields = new Map<string, UnmappedField>();

  add(field: string, why?: string): void {
    const known = this.fields.get(field);
    if (known) known.count += 1;
    else this.fields.set(field, { field, count: 1, ...(why ? { why } : {}) });
  }

  /** Reports each key of `source` holding a value that is not in `handled`. */
  rest(source: Record<string, unknown>, handled: ReadonlySet<string>, prefix = '', why: Record<string, string> = {}): void {
    for (const [key, value] of Object.entries(source)) {
      if (!handled.has(key) && hasValue(value)) this.add(`${prefix}${key}`, why[key]);
    }
  }

  list(): UnmappedField[] {
    return [...this.fields.values()].sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
  }
}

export const hasValue = (v: unknown): boolean =>
  v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);

/** The object without its fields that hold no value. */
export const withoutEmpty = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => hasValue(v)));

export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A trimmed non-empty string, or undefined (numbers are written as text). */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A number from a number or numeric text, else undefined. */
export function number(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** An id the feed accepts (letters, digits, `-`, `_`), unique among `taken`. */
export function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'entry';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The organization from what the source says, with the person's options on top. */
export function organizationFrom(found: Record<string, unknown>, options: ImportOptions): Record<string, unknown> {
  const organization: Record<string, unknown> = { ...found };
  for (const [key, value] of Object.entries(options.organization ?? {})) if (value !== undefined) organization[key] = value;
  return Object.fromEntries(Object.entries(organization).filter(([, v]) => hasValue(v)));
}

/** The result when the file holds nothing of the format: an empty feed, and why. */
export function nothingToImport(message: string, options: ImportOptions): ImportResult {
  return { feed: { version: 1, organization: organizationFrom({}, options) }, notes: [{ where: 'the file', message }], unmapped: [] };
}

/** Today's date in `zone` (or UTC when it is not a usable zone), as YYYY-MM-DD. */
export function dateIn(today: Date, zone: unknown): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: typeof zone === 'string' ? zone : 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(today);
  } catch {
    return today.toISOString().slice(0, 10);
  }
}

/** Where the person can fix what the source could not give: a note when the feed lacks it. */
export function organizationNotes(organization: Record<string, unknown>, hasSessionsOrHours: boolean): { where: string; message: string }[] {
  const notes: { where: string; message: string }[] = [];
  if (!hasValue(organization.name)) notes.push({ where: 'organization', message: 'the source names no organization: give one with --name "…"' });
  if (hasSessionsOrHours && !hasValue(organization.timezone)) notes.push({ where: 'organization', message: 'the source gives no time zone: give one with --timezone, e.g. --timezone America/Chicago' });
  return notes;
}

/**
 * A list from the other importer's format, told apart by the fields only it has, so that a
 * Meeting Guide feed given to `import hsds` (or HSDS services to `import meeting-guide`) is said
 * to be one, rather than made into entries with nothing but a name.
 */
export function formatOf(items: readonly unknown[]): 'meeting-guide' | 'hsds' | undefined {
  const records = items.filter(isRecord);
  const meetings = records.some((r) => 'slug' in r || 'day' in r || 'conference_url' in r);
  const services = records.some((r) => ['organization_id', 'service_at_locations', 'phones', 'schedules', 'status', 'service_areas'].some((k) => k in r));
  return meetings && !services ? 'meeting-guide' : services && !meetings ? 'hsds' : undefined;
}
