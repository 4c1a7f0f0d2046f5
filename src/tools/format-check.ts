/** The words `care-widgets check` prints for a CheckReport (check.ts). Pure. */
import type { CheckReport, LocatedProblem, SectionCount } from './check.js';
import type { FileProblem } from './json-text.js';

const where = (p: { line?: number; column?: number }): string => (p.line === undefined ? '' : `${p.line}:${p.column}`);

/** Lines of `  where  text`, the texts lined up, a message under its path. */
function table(rows: { at: string; head: string; body?: string }[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.at.length));
  const indent = ' '.repeat(width + 4);
  return rows.flatMap(({ at, head, body }) => [`  ${at.padEnd(width)}  ${head}`, ...(body ? [`${indent}${body}`] : [])]);
}

function describeProblem(problem: LocatedProblem): { at: string; head: string; body: string } {
  const entry = problem.entry ? ` (${JSON.stringify(problem.entry)})` : '';
  return { at: where(problem), head: `${problem.path}${entry}: ${problem.skipped ? 'left out' : 'kept'}`, body: problem.message };
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
  group(report.checkedAfterRepair ? 'Once that is fixed, the widgets would still find:' : 'Problems:', report.problems);
  const notes = report.bom && encoding.length === 0
    ? ['Note: the file begins with a byte-order mark (BOM). The widgets read it, but some tools do not; "UTF-8" without BOM is the safest way to save it.']
    : [];
  return { groups, notes, summary: report.sections.map(describeSection), verdict: verdict(report) };
}

export function formatCheckReport(report: CheckReport, name: string): string {
  const { groups, notes, summary, verdict: last } = describeCheckReport(report);
  const out: string[] = [name];
  // A note (the byte-order mark) comes only with no encoding problem, so it leads.
  for (const note of notes) out.push('', note);
  for (const { heading, problems } of groups) {
    out.push('', heading, ...table(problems.map((p) => ('path' in p ? describeProblem(p) : { at: where(p), head: p.message }))));
  }
  if (summary.length > 0) out.push('', 'Summary:', ...summary.map((line) => `  ${line}`));
  out.push('', last);
  return `${out.join('\n')}\n`;
}

function verdict(report: CheckReport): string {
  if (report.ok) return report.problems.length === 0 ? 'No problems: ready to publish.' : `Nothing is left out; ${count(report.problems.length, 'value needs', 'values need')} fixing (see above).`;
  const leftOut = report.sections.reduce((n, s) => n + s.leftOut, 0);
  const reasons = [
    ...(report.fileProblems.length > 0 ? ['the file cannot be read as it is'] : []),
    ...(leftOut > 0 ? [`${count(leftOut, 'entry is', 'entries are')} left out`] : []),
    ...(leftOut === 0 && report.problems.some((p) => p.skipped) ? ['part of the feed is left out'] : []),
  ];
  return `Not ready: ${reasons.join(', and ')}.`;
}
