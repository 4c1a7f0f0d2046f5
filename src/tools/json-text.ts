/**
 * Reading a feed file as a person wrote it: which encoding it was saved in,
 * where each JSON syntax mistake is and what to do about it, and where in the
 * file a problem path such as `sessions[3].schedule.time` points.
 * Pure (no DOM, no file system), so the command line and a checker page share it.
 */
import { parseTree, printParseErrorCode, visit, type Node as JsonNode, type ParseError } from 'jsonc-parser';

/** A place in the file: 1-based line and column (columns count UTF-16 code units, as most editors do). */
export interface Position {
  line: number;
  column: number;
}

/** Something wrong with the file as a whole, before any field is read. */
export interface FileProblem extends Partial<Position> {
  code: 'utf-16' | 'not-utf-8' | 'empty' | 'syntax' | 'not-a-feed' | 'unreadable';
  message: string;
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in: `utf-8`, `utf-16le` or `utf-16be`. */
  encoding: string;
  /** The file began with a byte-order mark (removed from `text`). */
  bom: boolean;
  problems: FileProblem[];
}

const SAVE_AS_UTF8 = 'Save it as UTF-8: in Notepad, File › Save as › Encoding: UTF-8; in other editors look for "Encoding" or "Save with encoding"';

/**
 * Decodes a feed file. Browsers read a feed as UTF-8 whatever it was saved as,
 * so a UTF-16 file (Windows "Unicode") is a problem that stops every widget,
 * and bytes that are not UTF-8 (an old "ANSI" or Latin-1 save) turn letters
 * such as é into �. The text is decoded anyway, so the rest can be checked.
 */
export function decodeFeedBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const text = new TextDecoder(utf16, { ignoreBOM: false }).decode(bytes);
    return {
      text, encoding: utf16, bom: hasBom,
      problems: [{ code: 'utf-16', message: `The file is saved as UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian), which browsers do not read as a feed: every widget would say it cannot read the information. ${SAVE_AS_UTF8}.` }],
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const problems: FileProblem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
    const at = positionAt(text, text.indexOf('\uFFFD'));
    problems.push({
      code: 'not-utf-8', ...at,
      message: `Line ${at.line} has a character that is not UTF-8 (the file may be saved as "ANSI", Windows-1252 or Latin-1), so letters such as é or ’ would show as �. ${SAVE_AS_UTF8}.`,
    });
  }
  return { text, encoding: 'utf-8', bom, problems };
}

/** UTF-16 by its byte-order mark, or by the zero bytes that ASCII characters get in it. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'utf-16be';
  return undefined;
}

/** Line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The character offset of a line and column in `text`: where positionAt's answer points. */
export function offsetAt(text: string, { line, column }: Position): number {
  let lineStart = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', lineStart);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return Math.min(lineStart + column - 1, text.length);
}

export interface SyntaxReport {
  problems: FileProblem[];
  /**
   * The value the file means when every mistake found is one whose fix is only
   * to remove something (a trailing comma, a comment): then the feed can still
   * be checked, to show what else to fix. Undefined otherwise.
   */
  repaired?: unknown;
}

/** Mistakes whose fix is to delete what is there, so the repaired value is exactly the fixed file's. */
const REMOVABLE = new Set(['trailing-comma', 'comment']);

/**
 * Finds the JSON syntax mistakes in `text` and says each in words, with where it
 * is and how to fix it. After the first mistake that is not simply "remove
 * this", later ones are usually echoes of it, so they are not listed.
 */
export function explainJsonSyntax(text: string): SyntaxReport {
  if (text.trim() === '') return { problems: [{ code: 'empty', message: 'The file is empty: a feed starts with {"version": 1, …}.' }] };
  if (text.trimStart().startsWith('<')) {
    return { problems: [{ code: 'syntax', ...positionAt(text, text.indexOf('<')), message: 'this is a web page (HTML), not a feed: check the address, or that the server sends the .json file itself' }] };
  }
  const problems: FileProblem[] = [];
  const open: { char: string; offset: number }[] = [];
  const seen = new Set<number>();
  let stopped = false;
  let removableOnly = true;
  // The parser ends an object or list it finds unclosed (length 0) before it reports it: keep the last such.
  let unclosed: { char: string; offset: number } | undefined;
  const close = (_offset: number, length: number) => {
    const opened = open.pop();
    if (length === 0) unclosed = opened;
  };
  visit(text, {
    onObjectBegin: (offset) => { open.push({ char: '{', offset }); },
    onObjectEnd: close,
    onArrayBegin: (offset) => { open.push({ char: '[', offset }); },
    onArrayEnd: close,
    onError: (error, offset, length) => {
      if (stopped || seen.has(offset)) return;
      seen.add(offset);
      const { kind, message, at } = describeSyntaxError(text, { error, offset, length }, unclosed ?? open.at(-1));
      problems.push({ code: 'syntax', ...positionAt(text, at), message });
      if (!REMOVABLE.has(kind)) {
        removableOnly = false;
        stopped = true;
      }
    },
  }, { disallowComments: true, allowTrailingComma: false });
  if (problems.length === 0) return { problems };
  if (!removableOnly) return { problems };
  const tree = parseTree(text, [], { allowTrailingComma: true });
  return { problems, repaired: tree && nodeValue(tree) };
}

/** The value of a parse tree node (jsonc-parser's getNodeValue, without its prototype-polluting keys). */
function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'array': return (node.children ?? []).map(nodeValue);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) Object.defineProperty(out, String(key.value), { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default: return node.value;
  }
}

const CURLY_QUOTES = /^[\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB]/;
const FIELD_NAME = /^[A-Za-z_$][\w$-]*/;

/**
 * One syntax mistake in words. `kind` sorts mistakes whose fix is to remove
 * something; `at` is the offset to show (for a missing comma, where it goes).
 */
function describeSyntaxError(text: string, { error, offset, length }: ParseError, opened: { char: string; offset: number } | undefined): { kind: string; message: string; at: number } {
  const line = (at: number) => positionAt(text, at).line;
  const here = text.slice(offset, offset + Math.max(length, 1));
  const before = previousNonSpace(text, offset);
  const word = text.slice(offset).match(FIELD_NAME)?.[0];
  // By name: the codes are a const enum, which isolated modules cannot read.
  const name = printParseErrorCode(error);
  switch (name) {
    case 'ValueExpected':
    case 'PropertyNameExpected':
      if (before >= 0 && text[before] === ',' && (here === ']' || here === '}')) {
        return { kind: 'trailing-comma', at: before, message: `a comma before \`${here}\` on line ${line(before)}: remove it (JSON allows no comma after the last item)` };
      }
      if (before >= 0 && text[before] === ',' && here === ',') {
        return { kind: 'trailing-comma', at: offset, message: `two commas in a row on line ${line(offset)}: remove one` };
      }
      if (offset >= text.length) return { kind: 'other', at: offset, message: `the file ends where a value should be, on line ${line(offset)}: it may have been cut short` };
      if (name === 'PropertyNameExpected' && word) {
        return { kind: 'other', at: offset, message: `the field name \`${word}\` on line ${line(offset)} needs double quotes: "${word}"` };
      }
      return { kind: 'other', at: offset, message: `\`${here}\` on line ${line(offset)} is not a value: use text in double quotes, a number, true, false, null, a list […] or an object {…}` };
    case 'InvalidSymbol':
      return { kind: 'other', at: offset, message: invalidSymbol(text.slice(offset, offset + length), line(offset), opened?.char === '{' && (text[before] === '{' || text[before] === ',')) };
    case 'CommaExpected': {
      // `0112`: JSON reads the 0 as a number, then expects a comma before the 112.
      if (before === offset - 1 && /\d/.test(text[before]) && /\d/.test(text[offset])) {
        const start = text.slice(0, offset).search(/-?\d+$/);
        const number = text.slice(start).match(/^-?\d[\d.]*/)![0];
        return { kind: 'other', at: start, message: `\`${number}\` on line ${line(start)} is not a number JSON can read: no leading zeros; put phone numbers and codes in quotes, "${number}"` };
      }
      const after = text.slice(offset, offset + 1);
      const sameLine = line(before) === line(offset);
      return { kind: 'other', at: before + 1, message: sameLine
        ? `a comma is missing on line ${line(offset)} before \`${after}\`: add \`,\` between the two values`
        : `a comma is missing at the end of line ${line(before)}: add \`,\` there, as the next line starts another value` };
    }
    case 'ColonExpected':
      return { kind: 'other', at: offset, message: `a colon is missing on line ${line(offset)}: write a field as "name": value` };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const closer = name === 'CloseBraceExpected' ? '}' : ']';
      const from = opened ? ` the \`${opened.char}\` on line ${line(opened.offset)}` : '';
      return { kind: 'other', at: offset, message: offset >= text.length
        ? `the file ends before${from || ' everything'} is closed: add \`${closer}\` (or look for a missing one earlier)`
        : `\`${closer}\` expected on line ${line(offset)} to close${from || ' what was opened'}; check for a missing comma or \`${closer}\`` };
    }
    case 'EndOfFileExpected':
      return { kind: 'other', at: offset, message: `more text after the end of the feed on line ${line(offset)}: a feed is one {…}; remove what follows, or look for a \`}\` that closes it too early` };
    case 'InvalidCommentToken':
      return { kind: 'comment', at: offset, message: `a comment on line ${line(offset)}: JSON has no comments; remove it` };
    case 'UnexpectedEndOfString':
      return { kind: 'other', at: offset, message: `text in quotes starting on line ${line(offset)} is not closed on that line: end it with \`"\`; for a new line inside text, write \\n` };
    case 'InvalidEscapeCharacter':
      return { kind: 'other', at: offset, message: `a backslash on line ${line(offset)} that JSON does not allow: write \\\\ for a backslash, or use /` };
    case 'InvalidCharacter':
      return { kind: 'other', at: offset, message: `a tab or control character inside text on line ${line(offset)}: replace it with a space (or \\t)` };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { kind: 'other', at: offset, message: `\`${here}\` on line ${line(offset)} is not a number JSON can read: no trailing dots, no leading zeros; put phone numbers and codes in quotes` };
    default:
      return { kind: 'other', at: offset, message: `the JSON is broken on line ${line(offset)} near \`${here}\`` };
  }
}

function invalidSymbol(symbol: string, line: number, wherePropertyName: boolean): string {
  if (CURLY_QUOTES.test(symbol)) {
    return `curly quotes (“ ”) on line ${line}: JSON needs straight double quotes ("); a word processor or phone keyboard put these in, so retype them in a plain text editor`;
  }
  if (symbol.startsWith("'")) return `single quotes on line ${line}: JSON needs double quotes, like "this"`;
  if (/^(True|False|TRUE|FALSE|Yes|No|yes|no)$/.test(symbol)) {
    const fixed = /^(t|y)/i.test(symbol) ? 'true' : 'false';
    return `\`${symbol}\` on line ${line}: write ${fixed} in lower case, without quotes`;
  }
  if (/^(undefined|NaN|Infinity|None|nil)$/.test(symbol)) return `\`${symbol}\` on line ${line} is not JSON: leave the field out, or write null`;
  if (wherePropertyName && FIELD_NAME.test(symbol)) return `the field name \`${symbol}\` on line ${line} needs double quotes: "${symbol}"`;
  return `\`${symbol.slice(0, 30)}\` on line ${line} is not JSON: text goes in double quotes, like "${symbol.slice(0, 30)}"`;
}

function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i -= 1;
  return i;
}

/**
 * Where a problem path (`sessions[3].schedule.time`, `organization.name.es`)
 * is in the file: the value when it is there, else the nearest enclosing
 * entry or object that is (for a missing field, the entry that lacks it).
 * Keys that themselves hold dots (a label code `a.b`) are matched too.
 */
export function locatePath(text: string, tree: JsonNode | undefined, path: string): Position | undefined {
  if (!tree) return undefined;
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  let node = tree;
  for (let i = 0; i < segments.length; i += 1) {
    const next = childAt(node, segments, i);
    if (!next) break;
    node = next.node;
    i = next.last;
  }
  return positionAt(text, node.offset);
}

function childAt(node: JsonNode, segments: (string | number)[], from: number): { node: JsonNode; last: number } | undefined {
  const segment = segments[from];
  if (node.type === 'array' && typeof segment === 'number') {
    const child = node.children?.[segment];
    return child && { node: child, last: from };
  }
  if (node.type !== 'object') return undefined;
  // Longest key first: `labels.kinds.a.b` may name the code "a.b".
  for (let last = segments.length - 1; last >= from; last -= 1) {
    const parts = segments.slice(from, last + 1);
    if (parts.some((p) => typeof p === 'number')) continue;
    const key = parts.join('.');
    const property = node.children?.find((p) => p.children?.[0]?.value === key);
    if (property?.children?.[1]) return { node: property.children[1], last };
  }
  return undefined;
}

/** The parse tree of a file whose syntax is fine, or was repaired by removing trailing commas and comments. */
export function feedTree(text: string): JsonNode | undefined {
  return parseTree(text, [], { allowTrailingComma: true });
}
