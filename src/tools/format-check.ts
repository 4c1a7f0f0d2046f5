/** The words `care-widgets check` prints for a CheckReport (check.ts). Pure. */
import type { CheckReport, LocatedProblem, Outcome, SectionCount } from './check.js';
import type { FileProblem } from './json-text.js';
import { problemPlace } from '../feed/explain.js';

/**
 * Characters a terminal obeys rather than shows: C0 and C1 controls (escape
 * sequences can clear the screen, set the window title, or hide text), DEL,
 * the line and paragraph separators, and the direction controls, which
 * reorder what is shown. Text from a feed, which may be anyone's, carries
 * them only as visible escapes (`\u001b`).
 */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text as a terminal should print it, with its control characters written out as `\u001b`. Keeps line breaks with `keepLines`. */
export function visible(text: string, { keepLines = false } = {}): string {
  return keepLines ? text.split('\n').map((line) => visible(line)).join('\n') : text.replace(UNSHOWABLE, escaped);
}

/** What the widgets do about a problem, as the report says it. */
export const OUTCOME_WORDS: Record<Outcome, string> = {
  'left-out': 'left out',
  missing: 'missing',
  dropped: 'shown without it',
  read: 'shown as read',
};

const where = (p: { line?: number; column?: number }): string => (p.line === undefined ? '' : `${p.line}:${p.column}`);

/** Lines of `  where  text`, the texts lined up, a message under its path. */
function table(rows: { at: string; head: string; body?: string }[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.at.length));
  const indent = ' '.repeat(width + 4);
  return rows.flatMap(({ at, head, body }) => [`  ${at.padEnd(width)}  ${head}`, ...(body ? [`${indent}${body}`] : [])]);
}

function describeProblem(problem: LocatedProblem): { at: string; head: string; body: string } {
  return { at: where(problem), head: `${problemPlace(problem)}: ${OUTCOME_WORDS[problem.outcome]}`, body: problem.message };
}

/** "12 sessions, 1 left out" */
export function describeSection({ noun, total, leftOut }: SectionCount): string {
  return `${total} ${total === 1 ? noun[0] : noun[1]}${leftOut > 0 ? `, ${leftOut} left out` : ''}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One group of a report: a heading and its problems, in file order. */
export interface ReportGroup {
  heading: string;
  /** File problems (encoding, syntax, not a feed), or feed problems with their path and whether the entry is left out. */
  problems: (FileProblem | LocatedProblem)[];
}

/** What a report says, in the order a person reads it; the command prints it, the checker page shows it. */
export interface ReportDescription {
  groups: ReportGroup[];
  /** Remarks that are not problems (a byte-order mark). */
  notes: string[];
  /** "12 sessions, 1 left out", per section. */
  summary: string[];
  /** "No problems: ready to publish." or "Not ready: …". */
  verdict: string;
}

export function describeCheckReport(report: CheckReport): ReportDescription {
  const groups: ReportGroup[] = [];
  const group = (heading: string, problems: ReportGroup['problems']) => problems.length > 0 && groups.push({ heading, problems });
  const fileProblems = (...codes: FileProblem['code'][]) => report.fileProblems.filter((p) => codes.includes(p.code));
  const encoding = fileProblems('utf-16', 'not-utf-8');
  const syntax = fileProblems('syntax', 'empty');
  group('The file is saved in the wrong encoding:', encoding);
  group(`The JSON has ${count(syntax.length, 'mistake', 'mistakes')}, so every widget would say it cannot read the information:`, syntax);
  group('The widgets cannot use this file:', fileProblems('not-a-feed', 'unreadable'));
  group('A field written more than once: the widgets use only the last, and ignore these:', fileProblems('duplicate-key'));
  group(report.checkedAfterRepair ? 'Once that is fixed, the widgets would still find:' : 'Problems:', report.problems);
  const notes = report.bom && encoding.length === 0
    ? ['Note: the file begins with a byte-order mark (BOM). The widgets read it, but some tools do not; "UTF-8" without BOM is the safest way to save it.']
    : [];
  return { groups, notes, summary: report.sections.map(describeSection), verdict: verdict(report) };
}

export function formatCheckReport(report: CheckReport, name: string): string {
  const { groups, notes, summary, verdict: last } = describeCheckReport(report);
  const out: string[] = [visible(name)];
  // A note (the byte-order mark) comes only with no encoding problem, so it leads.
  for (const note of notes) out.push('', note);
  for (const { heading, problems } of groups) {
    const rows = problems.map((p): { at: string; head: string; body?: string } => ('path' in p ? describeProblem(p) : { at: where(p), head: p.message }));
    out.push('', heading, ...table(rows.map(({ at, head, body }) => ({ at, head: visible(head), body: body && visible(body) }))));
  }
  if (summary.length > 0) out.push('', 'Summary:', ...summary.map((line) => `  ${line}`));
  out.push('', last);
  return `${out.join('\n')}\n`;
}

function verdict(report: CheckReport): string {
  const notUtf8 = report.fileProblems.some((p) => p.code === 'not-utf-8');
  if (report.ok) {
    const fixes = [
      ...(report.problems.length > 0 ? [`${count(report.problems.length, 'value needs', 'values need')} fixing`] : []),
      ...(notUtf8 ? ['the file should be saved as UTF-8'] : []),
    ];
    return fixes.length === 0 ? 'No problems: ready to publish.' : `Nothing is left out; ${fixes.join(', and ')} (see above).`;
  }
  const leftOut = report.sections.reduce((n, s) => n + s.leftOut, 0);
  const unreadable = report.fileProblems.filter((p) => p.code !== 'duplicate-key' && p.code !== 'not-utf-8');
  const duplicates = report.fileProblems.filter((p) => p.code === 'duplicate-key').length;
  const reasons = [
    ...(unreadable.length > 0 ? ['the file cannot be read as it is'] : []),
    ...(duplicates > 0 ? [`${count(duplicates, 'value is', 'values are')} ignored because the same field is written again later`] : []),
    ...(leftOut > 0 ? [`${count(leftOut, 'entry is', 'entries are')} left out`] : []),
    ...(leftOut === 0 && report.problems.some((p) => p.skipped) ? ['part of the feed is left out'] : []),
  ];
  return `Not ready: ${reasons.join(', and ')}.`;
}
