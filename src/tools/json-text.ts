/**
 * Reading a feed file as a person wrote it: which encoding it was saved in,
 * where each JSON syntax mistake is and what to do about it, and where in the
 * file a problem path such as `sessions[3].schedule.time` points.
 * Pure (no DOM, no file system), so the command line and a checker page share it.
 */
import { createScanner, printParseErrorCode, visit, type Node as JsonNode, type ParseError } from 'jsonc-parser';

/** A place in the file: 1-based line and column (columns count UTF-16 code units, as most editors do). */
export interface Position {
  line: number;
  column: number;
}

/** Something wrong with the file as a whole, before any field is read. */
export interface FileProblem extends Partial<Position> {
  code: 'utf-16' | 'not-utf-8' | 'empty' | 'syntax' | 'duplicate-key' | 'not-a-feed' | 'unreadable';
  message: string;
}

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in: `utf-8`, `utf-16le`, `utf-16be`, or `windows-1252` for a file that is not UTF-8. */
  encoding: string;
  /** The file began with a byte-order mark (removed from `text`). */
  bom: boolean;
  problems: FileProblem[];
}

const SAVE_AS_UTF8 = 'Save it as UTF-8: in Notepad, File › Save as › Encoding: UTF-8; in other editors look for "Encoding" or "Save with encoding"';

/**
 * Decodes a feed file. A UTF-16 file (Windows "Unicode") is a problem that
 * stops every widget. Bytes that are not UTF-8 (an old "ANSI" or Latin-1 save)
 * are read as Windows-1252, as the widgets read such a file: letters such as
 * é then show as written, but the file should still be saved as UTF-8. The
 * text is decoded anyway, so the rest can be checked.
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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom, problems: [] };
  } catch {
    // Windows-1252 gives one character per byte, so the first byte UTF-8 cannot read is at the same offset in its text.
    const asUtf8 = new TextDecoder('utf-8').decode(body);
    const offset = new TextEncoder().encode(asUtf8.slice(0, asUtf8.indexOf('\uFFFD'))).length;
    const text = decodeWindows1252(body);
    const at = positionAt(text, offset);
    return {
      text, encoding: 'windows-1252', bom,
      problems: [{
        code: 'not-utf-8', ...at,
        message: `The file is not saved as UTF-8: line ${at.line} has a character UTF-8 does not have (${text[offset]}). The widgets read such a file as Windows-1252 ("Western", the "ANSI" of Windows), so letters such as é or ’ show as written only if that is what the file was saved as. ${SAVE_AS_UTF8}.`,
      }],
    };
  }
}

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, where it differs from
 * Latin-1 (the rest is the same); 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unused
 * and read as the Latin-1 control, as browsers read them.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Bytes read as Windows-1252, the "ANSI" Excel and Notepad save in. Not
 * TextDecoder('windows-1252'): Node before 23 reads that label as Latin-1,
 * which turns Excel's curly quotes and apostrophes (0x91-0x94) and € into
 * invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = bytes.subarray(i, i + 0x2000);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
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

const SPREADSHEET_TO_FEED = 'if it is your spreadsheet, save each sheet as CSV and make the feed with care-widgets from-csv (docs/webmaster-toolkit.md)';

/**
 * What a file that is not JSON at all is instead, as people send one by
 * mistake: a web page, a spreadsheet saved as CSV, a document from TextEdit
 * or WordPad (RTF, their default), the workbook itself. Said as that, where
 * its first word would be reported as a JSON mistake. Undefined for text that
 * is meant as JSON.
 */
export function otherKindOfFile(text: string): string | undefined {
  const start = text.trimStart();
  if (start.startsWith('<')) return 'this is a web page (HTML), not a feed: check the address, or that the server sends the .json file itself';
  if (start.startsWith('{\\rtf')) {
    return 'this is a formatted document (RTF), as TextEdit and WordPad save by default, not plain text: in TextEdit choose Format › Make Plain Text, in WordPad save as "Text Document", then save it again as .json';
  }
  if (/^(PK\u0003\u0004|\u00d0\u00cf\u0011\u00e0)/.test(text)) return `this is an Excel workbook, a Word document or another packed file, not a feed: ${SPREADSHEET_TO_FEED}`;
  if (start.startsWith('%PDF')) return 'this is a PDF document, not a feed: a feed is plain text, {"version": 1, …}';
  // A first line of names between commas, semicolons or tabs, with nothing JSON has, is a spreadsheet's heading row.
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  if (/^[^{}[\]:]*[,;\t][^{}[\]:]*$/.test(firstLine) && !/^\/[/*]/.test(firstLine)) {
    return 'this is a spreadsheet saved as CSV (its first line names columns), not a feed: make the feed from it with care-widgets from-csv (docs/webmaster-toolkit.md)';
  }
  return undefined;
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
  const otherKind = otherKindOfFile(text);
  if (otherKind) return { problems: [{ code: 'syntax', ...positionAt(text, text.length - text.trimStart().length), message: otherKind }] };
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
  try {
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
  } catch (error) {
    // The position-aware parser calls itself for each level: a file nested thousands deep exhausts
    // the stack. The caller then says what JSON.parse, which does not, found wrong.
    if (error instanceof RangeError) return { problems: [] };
    throw error;
  }
  if (problems.length === 0) return { problems };
  if (!removableOnly) return { problems };
  try {
    return { problems, repaired: JSON.parse(withoutRemovable(text)) };
  } catch {
    return { problems };
  }
}

/**
 * The text with its comments and trailing commas blanked out (each character a space, so every
 * offset stays where it was): what the file says once they are removed, for JSON.parse to read.
 */
function withoutRemovable(text: string): string {
  const scanner = createScanner(text, false);
  const chars = text.split('');
  const blank = (from: number, length: number) => {
    for (let i = from; i < from + length; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
  };
  let comma = -1;
  for (let kind = scanner.scan() as number; kind !== Token.EOF; kind = scanner.scan() as number) {
    if (kind === Token.LineComment || kind === Token.BlockComment) blank(scanner.getTokenOffset(), scanner.getTokenLength());
    else if (kind === Token.LineBreak || kind === Token.Trivia) continue;
    else {
      if (comma >= 0 && (kind === Token.CloseBrace || kind === Token.CloseBracket || kind === Token.Comma)) blank(comma, 1);
      comma = kind === Token.Comma ? scanner.getTokenOffset() : -1;
    }
  }
  return chars.join('');
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
export function locatePath(text: string, tree: FeedTree | undefined, path: string): Position | undefined {
  if (!tree) return undefined;
  const segments = pathSegments(path);
  let node = tree.root;
  for (let i = 0; i < segments.length; i += 1) {
    const next = childAt(node, segments, i);
    if (!next) break;
    node = next.node;
    i = next.last;
  }
  return positionAt(text, node.offset);
}

/** A problem path's keys and indexes: `sessions[3].time` is ['sessions', 3, 'time']. */
export const pathSegments = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));

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
    // The last of a key written twice: the one JSON.parse, and so the widgets, keep.
    const property = node.children?.findLast((p) => p.children?.[0]?.value === key);
    if (property?.children?.[1]) return { node: property.children[1], last };
  }
  return undefined;
}

/**
 * jsonc-parser's token kinds (its SyntaxKind, a const enum that isolated modules cannot read;
 * the numbers are part of its published API).
 */
const Token = {
  OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Comma: 5, Colon: 6, String: 10,
  LineComment: 12, BlockComment: 13, LineBreak: 14, Trivia: 15, Unknown: 16, EOF: 17,
} as const;

/** A field written more than once in one object: JSON.parse keeps the last, and the others are lost. */
export interface DuplicateKey {
  key: string;
  /** Where the object is (`sessions[0].schedule`; empty for the feed itself). */
  path: string;
  /** Each occurrence's key, in file order: the last is the one used. */
  offsets: number[];
}

/** A node of the tree as it is built (jsonc-parser's Node is read-only). */
type TreeNode = { -readonly [K in keyof JsonNode]: K extends 'parent' ? TreeNode | undefined : K extends 'children' ? TreeNode[] | undefined : JsonNode[K] };

export interface FeedTree {
  /** Where each value is (jsonc-parser's parse tree, with the keys and their values). */
  root: JsonNode;
  duplicates: DuplicateKey[];
}

/**
 * The parse tree of a file whose syntax is fine, or was repaired by removing trailing commas and
 * comments, and the fields it writes twice; undefined when it cannot be read. Built in a loop over
 * the tokens, not by a parser that calls itself for each level (jsonc-parser's parseTree), which
 * runs out of stack on a field nested a few thousand deep: JSON.parse and the widgets read those.
 */
export function feedTree(text: string): FeedTree | undefined {
  const scanner = createScanner(text, true);
  const duplicates: DuplicateKey[] = [];
  // Open objects and arrays, and the property whose value comes next.
  const open: TreeNode[] = [];
  let root: TreeNode | undefined;
  const add = (node: TreeNode) => {
    const parent = open.at(-1);
    if (!parent) {
      if (root) return false;
      root = node;
      return true;
    }
    if (parent.type === 'object') return false; // a value where a key should be
    node.parent = parent;
    parent.children!.push(node);
    if (parent.type === 'property') open.pop();
    return true;
  };
  for (let kind = scanner.scan() as number; kind !== Token.EOF; kind = scanner.scan() as number) {
    const offset = scanner.getTokenOffset();
    const top = open.at(-1);
    if (kind === Token.Comma || kind === Token.Colon) continue;
    if (kind === Token.String && top?.type === 'object') {
      const key = scanner.getTokenValue();
      const property: TreeNode = { type: 'property', offset, length: 0, parent: top, children: [] };
      property.children!.push({ type: 'string', value: key, offset, length: scanner.getTokenLength(), parent: property });
      top.children!.push(property);
      open.push(property);
    } else if (kind === Token.OpenBrace || kind === Token.OpenBracket) {
      const node: TreeNode = { type: kind === Token.OpenBrace ? 'object' : 'array', offset, length: 0, children: [] };
      if (!add(node)) return undefined;
      open.push(node);
    } else if (kind === Token.CloseBrace || kind === Token.CloseBracket) {
      const node = open.pop();
      if (node?.type !== (kind === Token.CloseBrace ? 'object' : 'array')) return undefined;
      node!.length = offset + 1 - node!.offset;
      if (node!.parent?.type === 'property') node!.parent.length = offset + 1 - node!.parent.offset;
      if (node!.type === 'object') duplicates.push(...duplicatesIn(node!));
    } else if (kind === Token.Unknown || kind === Token.LineComment || kind === Token.BlockComment) {
      return undefined;
    } else {
      const value = kind === Token.String ? scanner.getTokenValue() : undefined;
      if (!add({ type: kind === Token.String ? 'string' : 'number', value, offset, length: scanner.getTokenLength() })) return undefined;
    }
  }
  if (!root || open.length > 0) return undefined;
  duplicates.sort((a, b) => a.offsets[0] - b.offsets[0]);
  return { root: root as JsonNode, duplicates };
}

/** The keys an object has more than once. Most objects have a few keys, all different: that is checked without a Set. */
function duplicatesIn(object: TreeNode): DuplicateKey[] {
  const keys = object.children!.map((property) => property.children![0].value as string);
  if (keys.length < 2) return [];
  if (keys.length <= 16 ? keys.every((key, i) => keys.indexOf(key) === i) : new Set(keys).size === keys.length) return [];
  const offsets = new Map<string, number[]>();
  keys.forEach((key, i) => offsets.set(key, [...(offsets.get(key) ?? []), object.children![i].offset]));
  const path = pathOf(object);
  return [...offsets].filter(([, at]) => at.length > 1).map(([key, at]) => ({ key, path, offsets: at }));
}

/** The problem path of a node: `sessions[0].schedule`. */
function pathOf(node: TreeNode): string {
  const parts: string[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'array') parts.unshift(`[${parent.children!.indexOf(child)}]`);
    else if (parent.type === 'property') parts.unshift(`.${String(parent.children![0].value)}`);
  }
  return parts.join('').replace(/^\./, '');
}
