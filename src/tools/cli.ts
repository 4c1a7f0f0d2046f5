/// <reference types="node" />
/**
 * The `care-widgets` command: files and the network in, words and exit codes
 * out. Everything it decides is in the pure modules beside it; this file only
 * reads, fetches, prints and writes. Built into dist/cli.js (scripts/build-cli.js).
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkFeedFile } from './check.js';
import { decodeFeedBytes, explainJsonSyntax } from './json-text.js';
import { formatCheckReport, describeSection, visible } from './format-check.js';
import { feedFromCsv, type ConversionNote, type CsvFile } from './from-csv.js';
import { feedToCsv } from './to-csv.js';
import { CSV_SECTIONS, type CsvSection } from './csv-columns.js';
import { feedFromMeetingGuide } from './meeting-guide.js';
import { feedFromHsds } from './hsds.js';
import type { ImportResult } from './import-report.js';

const HELP = `care-widgets: check a care feed, or make one from what you have

  care-widgets check <file or URL>… [--json]
      Checks feeds with the widgets' own parser, each file in turn. Exit code 1
      when the widgets cannot read one or would leave an entry out.

  care-widgets from-csv [--sessions f.csv] [--places f.csv] [--referrals f.csv] [--messages f.csv]
                        [--base feed.json] [--name "…"] [--timezone Area/City] [--language en] [--out feed.json]
      A feed from spreadsheet exports, one CSV per section (files named
      sessions*.csv, places*.csv… can also be given without a flag).

  care-widgets to-csv <feed.json> [--dir folder]
      The feed's sections as CSV files, to edit in a spreadsheet.

  care-widgets import meeting-guide <file or URL> [--timezone Area/City] [--name "…"] [--out feed.json]
  care-widgets import hsds <file> [--timezone Area/City] [--name "…"] [--out feed.json]
      A feed from a Meeting Guide JSON feed, or from Open Referral HSDS 3 services.

  Without --out, the feed is written to standard output and notes to standard error.
  The fields and columns: docs/feed-reference.md and docs/webmaster-toolkit.md.
`;

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Reads a file or fetches a URL, as bytes; throws an Error whose message is for a person. */
async function readSource(source: string): Promise<Uint8Array> {
  if (!isUrl(source)) {
    try {
      return new Uint8Array(await readFile(source));
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new Error(code === 'ENOENT' ? `There is no file ${source}.` : `${source} cannot be read (${(error as Error).message}).`);
    }
  }
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(10_000), headers: { accept: 'application/json' } });
  } catch (error) {
    throw new Error(`${source} could not be fetched (${(error as Error).cause ?? (error as Error).message}). Check the address.`);
  }
  if (!response.ok) throw new Error(`${source} answered ${response.status} ${response.statusText}: the widgets would show an error.`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * A JSON file given to to-csv, --base or import: read in whatever encoding it
 * was saved in, and when it is not JSON, each mistake said in words with its
 * line and column (as check says them), not the parser's own words.
 */
async function readJson(source: string, command: string): Promise<unknown> {
  const { text } = decodeFeedBytes(await readSource(source));
  try {
    return JSON.parse(text);
  } catch (error) {
    const { problems } = explainJsonSyntax(text);
    const lines = problems.length > 0
      ? problems.map((p) => `  ${p.line === undefined ? '' : `${p.line}:${p.column}  `}${p.message}`)
      : [`  ${(error as Error).message}`];
    throw new Error(`${source} cannot be read as JSON, so ${command} made nothing:\n${lines.join('\n')}\nFix ${problems.length === 1 ? 'it' : 'them'} and run this again.`);
  }
}

/** What an option's value looks like, for the message when it is missing. */
const VALUE_EXAMPLES: Record<string, string> = {
  out: 'feed.json', base: 'feed.json', dir: 'spreadsheet', name: '"St Anne\'s Chapel"', timezone: 'America/Chicago', language: 'en', country: 'US', url: 'https://example.org',
};

/** A usage mistake, said to the person (exit code 2). */
class UsageError extends Error {}

/**
 * The command's options, read with Node's parseArgs; a mistyped or incomplete
 * option is a UsageError in plain words rather than Node's own.
 */
function readArgs<O extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, options, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    const known = Object.keys(options).map((name) => `--${name}`).join(', ');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(known ? `Unknown option ${option}. The options of ${command} are: ${known}.` : `Unknown option ${option}: ${command} has no options.`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.replace(/^-+/, '');
      throw new UsageError(options[name]?.type === 'boolean' ? `${option} takes no value.` : `${option} needs a value after it, e.g. ${option} ${VALUE_EXAMPLES[name] ?? `${name}.csv`}.`);
    }
    throw error;
  }
}

async function check(args: string[]): Promise<number> {
  const { values, positionals: sources } = readArgs('check', args, { json: { type: 'boolean' } });
  if (sources.length === 0) return usage('check needs a file or URL: care-widgets check feed.json');
  const results: { source: string; ok: boolean }[] = [];
  const reports: unknown[] = [];
  for (const source of sources) {
    let bytes: Uint8Array;
    try {
      bytes = await readSource(source);
    } catch (error) {
      if (values.json) reports.push({ source, ok: false, fileProblems: [{ code: 'unreadable', message: (error as Error).message }] });
      else say(process.stderr, `${results.length > 0 ? '\n' : ''}${(error as Error).message}\n`);
      results.push({ source, ok: false });
      continue;
    }
    const report = checkFeedFile(bytes);
    if (values.json) reports.push({ source, ...report });
    else say(process.stdout, `${results.length > 0 ? '\n' : ''}${formatCheckReport(report, source)}`);
    results.push({ source, ok: report.ok });
  }
  const notReady = results.filter((r) => !r.ok).map((r) => r.source);
  // One file: its report alone, as before; several: a list, in the order given.
  if (values.json) print(sources.length === 1 ? reports[0] : reports);
  else if (sources.length > 1) {
    say(process.stdout, `\n${notReady.length === 0
      ? `All ${sources.length} files are ready.`
      : `${notReady.length} of ${sources.length} files ${notReady.length === 1 ? 'is' : 'are'} not ready: ${notReady.join(', ')}.`}\n`);
  }
  return notReady.length === 0 ? 0 : 1;
}

/** Writes text from a feed or a file to a terminal: its control characters escaped, its lines kept. */
const say = (stream: NodeJS.WriteStream, text: string) => stream.write(visible(text, { keepLines: true }));

/** JSON for a terminal: JSON.stringify escapes C0 controls, and this the rest (`\u009b`, direction controls), the value unchanged. */
const print = (value: unknown) => say(process.stdout, `${JSON.stringify(value, null, 2)}\n`);

function sectionOf(file: string): CsvSection | undefined {
  const name = basename(file).toLowerCase();
  return CSV_SECTIONS.find((s) => name.startsWith(s) || name.startsWith(s.slice(0, -1)));
}

const ORGANIZATION_OPTIONS = {
  name: { type: 'string' }, timezone: { type: 'string' }, language: { type: 'string' }, country: { type: 'string' }, url: { type: 'string' },
  out: { type: 'string' },
} as const;

async function fromCsv(args: string[]): Promise<number> {
  const { values, positionals } = readArgs('from-csv', args, {
    ...ORGANIZATION_OPTIONS, base: { type: 'string' }, ...Object.fromEntries(CSV_SECTIONS.map((s) => [s, { type: 'string' as const }])),
  });
  const named = values as Record<string, unknown>;
  const given: [CsvSection, string][] = CSV_SECTIONS.flatMap((s) => (typeof named[s] === 'string' ? [[s, named[s] as string] as [CsvSection, string]] : []));
  for (const file of positionals) {
    const section = sectionOf(file);
    if (!section) return usage(`${file}: say which section it is, e.g. --sessions ${file} (or name it sessions.csv)`);
    given.push([section, file]);
  }
  if (given.length === 0) return usage('from-csv needs at least one CSV file, e.g. --sessions sessions.csv');
  const files: CsvFile[] = [];
  for (const [section, file] of given) files.push({ name: basename(file), section, content: await readSource(file) });
  const base = values.base ? await readJson(values.base, 'from-csv') : undefined;
  if (base !== undefined && (!base || typeof base !== 'object' || Array.isArray(base) || !('version' in base))) {
    throw new Error(`${values.base} is not a care feed, so it cannot be the --base: a feed is one {"version": 1, …}.`);
  }
  const { feed, notes } = feedFromCsv(files, { base: base as Record<string, unknown> | undefined, organization: organizationOptions(values) });
  return finish(feed, notes.map(noteLine), values.out);
}

function organizationOptions(values: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(['name', 'timezone', 'language', 'country', 'url'].map((k) => [k, values[k] as string | undefined]));
}

const noteLine = (note: ConversionNote) => `${note.where}: ${note.message}${note.leftOut && !/left out\.?$/.test(note.message) ? ' (left out)' : ''}`;

/**
 * Writes the feed (to --out or standard output), then checks what was written,
 * as `check` would, and says so. Exit code 1 when the check would fail.
 */
async function finish(feed: Record<string, unknown>, lines: string[], out: string | undefined): Promise<number> {
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (out) await writeFile(out, text);
  else say(process.stdout, text);
  const report = checkFeedFile(text);
  const log = (line: string) => say(process.stderr, `${line}\n`);
  for (const line of lines) log(line);
  const summary = report.sections.map(describeSection).join('; ');
  if (report.sections.every((s) => s.total === 0)) {
    // Nothing came through (every row unreadable, or a file of the wrong kind): not a success.
    log(`${out ?? 'The feed'}: no entries, so the feed holds nothing to show. See the notes above.`);
    return 1;
  }
  log(report.ok
    ? `${out ?? 'The feed'}: ${summary || 'no entries'}; check finds nothing left out.`
    : `${out ?? 'The feed'}: ${summary}. Not ready: run care-widgets check on it to see each problem.`);
  return report.ok ? 0 : 1;
}

async function toCsv(args: string[]): Promise<number> {
  const { values, positionals } = readArgs('to-csv', args, { dir: { type: 'string' } });
  const [source] = positionals;
  if (!source) return usage('to-csv needs a feed: care-widgets to-csv feed.json --dir spreadsheet');
  const feed = await readJson(source, 'to-csv');
  if (!feed || typeof feed !== 'object' || Array.isArray(feed) || !('version' in feed)) {
    throw new Error(`${source} is not a care feed: a feed is one {"version": 1, …}. A Meeting Guide feed or HSDS services become one with care-widgets import.`);
  }
  const { files, notInColumns } = feedToCsv(feed as Record<string, unknown>);
  if (Object.keys(files).length === 0) {
    say(process.stderr, `${source} has no places, sessions, referrals or messages, so there is nothing to write.\n`);
    return 1;
  }
  const dir = values.dir ?? '.';
  await mkdir(dir, { recursive: true });
  for (const [section, csv] of Object.entries(files)) {
    await writeFile(join(dir, `${section}.csv`), csv);
    say(process.stderr, `${join(dir, `${section}.csv`)}\n`);
  }
  for (const path of notInColumns) say(process.stderr, `${path}: has no column, so it is not in the CSV files\n`);
  return 0;
}

async function importFeed(args: string[]): Promise<number> {
  const [format, ...rest] = args;
  const { values, positionals } = readArgs(`import ${format ?? ''}`.trim(), rest, ORGANIZATION_OPTIONS);
  const [source] = positionals;
  const convert = format === 'meeting-guide' ? feedFromMeetingGuide : format === 'hsds' ? feedFromHsds : undefined;
  if (!convert) return usage('import knows two formats: care-widgets import meeting-guide <file or URL>, care-widgets import hsds <file>');
  if (!source) return usage(`import ${format} needs a file${format === 'meeting-guide' ? ' or URL' : ''}`);
  const input = await readJson(source, 'import');
  const result: ImportResult = convert(input, { organization: organizationOptions(values), today: new Date() });
  const lines = [
    ...result.notes.map((n) => `${n.where}: ${n.message}`),
    ...result.unmapped.map((u) => `not imported: ${u.field} (${u.count} ${u.count === 1 ? 'entry' : 'entries'})${u.why ? `: ${u.why}` : ''}`),
  ];
  return finish(result.feed, lines, values.out);
}

function usage(message: string): number {
  say(process.stderr, `${message}\n\n${HELP}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'check': return await check(args);
      case 'from-csv': return await fromCsv(args);
      case 'to-csv': return await toCsv(args);
      case 'import': return await importFeed(args);
      case undefined: case 'help': case '--help': case '-h':
        process.stdout.write(HELP);
        return command ? 0 : 2;
      default: return usage(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    say(process.stderr, `${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
