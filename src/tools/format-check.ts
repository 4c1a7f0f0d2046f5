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

export function formatCheckReport(report: CheckReport, name: string): string {
  const out: string[] = [name];
  const fileRows = (problems: FileProblem[]) => table(problems.map((p) => ({ at: where(p), head: p.message })));
  const encoding = report.fileProblems.filter((p) => p.code === 'utf-16' || p.code === 'not-utf-8');
  const syntax = report.fileProblems.filter((p) => p.code === 'syntax' || p.code === 'empty');
  const notFeed = report.fileProblems.filter((p) => p.code === 'not-a-feed' || p.code === 'unreadable');
  if (encoding.length > 0) out.push('', 'The file is saved in the wrong encoding:', ...fileRows(encoding));
  if (report.bom && encoding.length === 0) {
    out.push('', 'Note: the file begins with a byte-order mark (BOM). The widgets read it, but some tools do not; "UTF-8" without BOM is the safest way to save it.');
  }
  if (syntax.length > 0) {
    out.push('', `The JSON has ${count(syntax.length, 'mistake', 'mistakes')}, so every widget would say it cannot read the information:`, ...fileRows(syntax));
  }
  if (notFeed.length > 0) out.push('', 'The widgets cannot use this file:', ...fileRows(notFeed));
  if (report.problems.length > 0) {
    out.push('', report.checkedAfterRepair ? 'Once that is fixed, the widgets would still find:' : 'Problems:', ...table(report.problems.map(describeProblem)));
  }
  if (report.sections.length > 0) out.push('', 'Summary:', ...report.sections.map((s) => `  ${describeSection(s)}`));
  out.push('', verdict(report));
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
