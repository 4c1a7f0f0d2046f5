/**
 * `care-widgets check`, without the printing: what a webmaster needs to know
 * about a feed file before publishing it. The same parser as the widgets
 * (parseFeed), plus what a browser never says: which line each problem is on,
 * what is wrong with the JSON itself, and how many entries of each section
 * the widgets would leave out. Pure; the command line reads the file.
 */
import { FeedError, parseFeed, type Feed, type FeedProblem } from '../feed/index.js';
import { decodeFeedBytes, explainJsonSyntax, feedTree, locatePath, positionAt, type FileProblem, type Position } from './json-text.js';

export interface LocatedProblem extends FeedProblem, Partial<Position> {
  /** The id of the entry the problem is in, when it has one, e.g. `evening-circle`. */
  entry?: string;
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
  /** Nothing is left out and the widgets can read the file: the exit code is 0. */
  ok: boolean;
}

export const SECTIONS: readonly { section: string; noun: readonly [string, string] }[] = [
  { section: 'places', noun: ['place', 'places'] },
  { section: 'sessions', noun: ['session', 'sessions'] },
  { section: 'referrals', noun: ['referral', 'referrals'] },
  { section: 'messages', noun: ['message', 'messages'] },
  { section: 'volunteering.roles', noun: ['volunteer role', 'volunteer roles'] },
];

const ENTRY_PATH = /^((?:volunteering\.)?(?:places|sessions|referrals|messages|roles))\[(\d+)\]/;

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
    fileProblems.push(...(syntax.problems.length > 0 ? syntax.problems : [parserOwnWords(text, error as Error)]));
    raw = syntax.repaired;
    checkedAfterRepair = raw !== undefined;
  }
  const report: CheckReport = { encoding: decoded.encoding, bom: decoded.bom, fileProblems, checkedAfterRepair, problems: [], sections: [], ok: false };
  if (raw === undefined) return report;

  let feed: Feed;
  try {
    ({ feed, problems: report.problems } = parseFeed(raw));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const tree = feedTree(text);
    fileProblems.push({ code: 'not-a-feed', message: error.message, ...locatePath(text, tree, 'version') });
    return report;
  }
  const tree = feedTree(text);
  for (const problem of report.problems) {
    Object.assign(problem, locatePath(text, tree, problem.path));
    const id = entryId(raw, problem.path);
    if (id !== undefined) problem.entry = id;
  }
  report.sections = countSections(raw, feed);
  report.ok = fileProblems.length === 0 && !report.problems.some((p) => p.skipped) && report.sections.every((s) => s.leftOut === 0);
  return report;
}

/** When JSON.parse and the position-aware parser disagree, JSON.parse (what browsers use) has the last word. */
function parserOwnWords(text: string, error: Error): FileProblem {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  return { code: 'syntax', message: `the JSON is broken: ${error.message}`, ...(offset !== undefined ? positionAt(text, Number(offset)) : {}) };
}

function valueAt(root: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), root);
}

function entryId(raw: unknown, path: string): string | undefined {
  const m = ENTRY_PATH.exec(path);
  if (!m) return undefined;
  const list = valueAt(raw, m[1]);
  const entry = Array.isArray(list) ? list[Number(m[2])] : undefined;
  const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
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
