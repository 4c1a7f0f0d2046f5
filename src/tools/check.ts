/**
 * `care-widgets check`, without the printing: what a webmaster needs to know
 * about a feed file before publishing it. The same parser as the widgets
 * (parseFeed), plus what a browser never says: which line each problem is on,
 * what is wrong with the JSON itself, and how many entries of each section
 * the widgets would leave out. Pure; the command line reads the file.
 */
import { FeedError, parseFeed, type Feed, type FeedProblem } from '../feed/index.js';
import {
  decodeFeedBytes, explainJsonSyntax, feedTree, locatePath, otherKindOfFile, pathSegments, positionAt, type DuplicateKey, type FileProblem, type Position,
} from './json-text.js';

/**
 * What the widgets do about a problem: leave its entry out, show the entry
 * without a field that is missing or that they cannot use, or show the value
 * as they read it (a "yes" read as true, a field that does nothing).
 */
export type Outcome = 'left-out' | 'missing' | 'dropped' | 'read';

export interface LocatedProblem extends FeedProblem, Partial<Position> {
  outcome: Outcome;
}

export interface SectionCount {
  /** Where the entries are in the feed, e.g. `sessions`, `volunteering.roles`. */
  section: string;
  /** What one entry is called, and more than one. */
  noun: readonly [string, string];
  total: number;
  leftOut: number;
}

export interface CheckReport {
  /** The encoding the file was read in, and whether it began with a byte-order mark. */
  encoding: string;
  bom: boolean;
  /** Problems with the file as a whole: encoding, JSON syntax, not a care feed. */
  fileProblems: FileProblem[];
  /**
   * Set when the JSON had mistakes whose only fix is to remove something (a
   * trailing comma, a comment): `problems` and `sections` then describe the
   * file as it will be once they are removed.
   */
  checkedAfterRepair: boolean;
  problems: LocatedProblem[];
  sections: SectionCount[];
  /**
   * Nothing is left out and the widgets can read the file: the exit code is 0. (A file that is
   * not UTF-8 may still be: the widgets read it, as Windows-1252.)
   */
  ok: boolean;
}

export const SECTIONS: readonly { section: string; noun: readonly [string, string] }[] = [
  { section: 'places', noun: ['place', 'places'] },
  { section: 'sessions', noun: ['session', 'sessions'] },
  { section: 'referrals', noun: ['referral', 'referrals'] },
  { section: 'messages', noun: ['message', 'messages'] },
  { section: 'volunteering.roles', noun: ['volunteer role', 'volunteer roles'] },
];


/** Checks a feed file, given as its bytes (any encoding is recognised) or as text. */
export function checkFeedFile(file: Uint8Array | string): CheckReport {
  const decoded = typeof file === 'string'
    ? { text: file.replace(/^\uFEFF/, ''), encoding: 'utf-8', bom: file.startsWith('\uFEFF'), problems: [] }
    : decodeFeedBytes(file);
  const { text } = decoded;
  const fileProblems: FileProblem[] = [...decoded.problems];
  let raw: unknown;
  let checkedAfterRepair = false;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const syntax = explainJsonSyntax(text);
    // A workbook or a PDF is not a feed in the wrong encoding: what it is, is said instead.
    if (otherKindOfFile(text)) fileProblems.splice(0, Infinity, ...fileProblems.filter((p) => p.code !== 'not-utf-8'));
    fileProblems.push(...(syntax.problems.length > 0 ? syntax.problems : [parserOwnWords(text, error as Error)]));
    raw = syntax.repaired;
    checkedAfterRepair = raw !== undefined;
  }
  const report: CheckReport = { encoding: decoded.encoding, bom: decoded.bom, fileProblems, checkedAfterRepair, problems: [], sections: [], ok: false };
  if (raw === undefined) return report;

  const tree = feedTree(text);
  fileProblems.push(...(tree?.duplicates ?? []).flatMap((duplicate) => duplicateProblems(text, duplicate)));
  let feed: Feed;
  let problems: FeedProblem[];
  try {
    ({ feed, problems } = parseFeed(raw));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    fileProblems.push({ code: 'not-a-feed', message: error.message, ...locatePath(text, tree, 'version') });
    return report;
  }
  // In the order of the file, as a person reads it and fixes it, line by line.
  report.problems = problems.map((problem): LocatedProblem => ({ ...problem, ...locatePath(text, tree, problem.path), outcome: outcomeOf(problem, raw) }))
    .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0) || 0);
  report.sections = countSections(raw, feed);
  report.ok = fileProblems.every((p) => p.code === 'not-utf-8') && !report.problems.some((p) => p.skipped) && report.sections.every((s) => s.leftOut === 0);
  return report;
}

/** A problem for each occurrence of a key that JSON.parse, and so every widget, ignores: all but the last. */
function duplicateProblems(text: string, { key, path, offsets }: DuplicateKey): FileProblem[] {
  const used = positionAt(text, offsets.at(-1)!);
  const times = offsets.length === 2 ? 'twice' : `${offsets.length} times`;
  const where = path === '' ? 'in the feed' : `in ${path}`;
  return offsets.slice(0, -1).map((offset) => {
    const at = positionAt(text, offset);
    const last = `line ${used.line}${used.line === at.line ? `, column ${used.column}` : ''}`;
    return {
      code: 'duplicate-key', ...at,
      message: `"${key}" is written ${times} ${where}: the widgets use only the last one, on ${last}, and ignore this one. Keep one: delete this one, or move what it holds into the last.`,
    };
  });
}

/**
 * Codes whose value the widgets keep (reported as it is read, or as doing
 * nothing). Any other bad value of a field the entry can do without is
 * dropped, and the entry shown without it (validate.ts).
 */
const KEPT = new Set(['quoted-boolean', 'quoted-number', 'unquoted-phone', 'read-as', 'old-zone', 'no-scheme', 'unused', 'no-way-to-join', 'round-the-clock', 'midnight', 'no-email-address', 'no-country-code']);

function outcomeOf(problem: FeedProblem, raw: unknown): Outcome {
  if (problem.skipped) return 'left-out';
  if (!hasValueAt(raw, problem.path)) return 'missing';
  return KEPT.has(problem.code) ? 'read' : 'dropped';
}

/** Whether the file gives a value at a problem path (keys that hold dots, a label code `a.b`, are matched too). */
function hasValueAt(raw: unknown, path: string): boolean {
  const segments = pathSegments(path);
  let value = raw;
  for (let i = 0; i < segments.length; i += 1) {
    if (Array.isArray(value) && typeof segments[i] === 'number') {
      value = value[segments[i] as number];
      continue;
    }
    if (!value || typeof value !== 'object') return false;
    // Longest key first, as locatePath.
    let last = segments.length - 1;
    while (last >= i && (segments.slice(i, last + 1).some((s) => typeof s === 'number') || !Object.hasOwn(value, segments.slice(i, last + 1).join('.')))) last -= 1;
    if (last < i) return false;
    value = (value as Record<string, unknown>)[segments.slice(i, last + 1).join('.')];
    i = last;
  }
  return value !== undefined;
}

/** When JSON.parse and the position-aware parser disagree, JSON.parse (what browsers use) has the last word. */
function parserOwnWords(text: string, error: Error): FileProblem {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  return { code: 'syntax', message: `the JSON is broken: ${error.message}`, ...(offset !== undefined ? positionAt(text, Number(offset)) : {}) };
}

function valueAt(root: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), root);
}


/** How many entries each section of the file has, and how many of them the widgets leave out. */
function countSections(raw: unknown, feed: Feed): SectionCount[] {
  const counts: SectionCount[] = [];
  for (const { section, noun } of SECTIONS) {
    const given = valueAt(raw, section);
    if (given === undefined) continue;
    const total = Array.isArray(given) ? given.length : 0;
    const kept = (valueAt(feed, section) as unknown[] | undefined)?.length ?? 0;
    counts.push({ section, noun, total, leftOut: Math.max(0, total - kept) });
  }
  return counts;
}
