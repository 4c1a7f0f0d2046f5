/**
 * The checker page (dist/checker.html): a feed pasted, chosen, dropped or
 * fetched is checked with the command line's own checker (tools/check.ts:
 * the widgets' parser, plus line numbers and JSON mistakes in words), and
 * previewed by the widgets themselves, which read it through their `feed`
 * property; their code comes from dist/widgets/ through the loader, as on any
 * page. Nothing leaves the browser but the fetch of an address the person typed.
 */
import { checkFeedFile, type CheckReport, type LocatedProblem } from '../tools/check.js';
import { describeCheckReport, OUTCOME_WORDS } from '../tools/format-check.js';
import { decodeFeedBytes, offsetAt, type FileProblem } from '../tools/json-text.js';
import { isLang } from '../feed/checks.js';
import { WIDGETS } from '../widgets.js';

/**
 * The widgets the preview shows: every one but the provider, which only passes a feed on, and the
 * signup form, whose button would send a real signup to the feed's address.
 */
const PREVIEWED = Object.keys(WIDGETS).filter((tag) => tag !== 'care-feed' && tag !== 'care-volunteer-signup');
/** Pause in typing before the feed is checked again. */
const RECHECK_MS = 300;

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const textArea = byId<HTMLTextAreaElement>('feed-text');
const verdict = byId<HTMLParagraphElement>('verdict');
const reportBox = byId<HTMLDivElement>('report');
const preview = byId<HTMLDivElement>('preview');
/** What the page says before it has a feed (as in checker.html). */
const FIRST_WORDS = verdict.textContent;

/** Makes an element with classes and children (text is always text, never HTML). */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** A report for a feed that could not be read at all (an address that failed). */
const unreadable = (message: string): CheckReport => ({
  encoding: 'utf-8', bom: false, fileProblems: [{ code: 'unreadable', message }], checkedAfterRepair: false, problems: [], sections: [], ok: false,
});

/** Shows a report, and the feed the widgets would read (`feedText`: what a browser makes of the file; none when there is no file). */
function show(report: CheckReport, feedText: string | undefined): void {
  const { groups, notes, summary, verdict: words } = describeCheckReport(report);
  verdict.textContent = words;
  verdict.classList.toggle('ok', report.ok);
  reportBox.replaceChildren(
    ...notes.map((note) => make('p', 'note', note)),
    ...groups.flatMap(({ heading, problems }) => [make('h3', '', heading), make('ol', 'problems', ...problems.map(renderProblem))]),
    ...(summary.length > 0 ? [make('h3', '', 'In the feed'), make('ul', 'summary', ...summary.map((line) => make('li', '', line)))] : []),
  );
  showPreview(feedText);
}

function renderProblem(problem: FileProblem | LocatedProblem): HTMLLIElement {
  const item = make('li');
  if (problem.line !== undefined) {
    const go = make('button', 'at', `Line ${problem.line}`);
    go.type = 'button';
    go.setAttribute('aria-label', `Line ${problem.line}, column ${problem.column}: show it in the feed`);
    go.addEventListener('click', () => showInText(problem.line!, problem.column ?? 1));
    item.append(go, ' ');
  }
  if ('path' in problem) {
    const outcome = OUTCOME_WORDS[problem.outcome];
    item.append(make('code', '', problem.path), problem.entry ? ` (“${problem.entry}”)` : '', ' ',
      make('strong', '', `${outcome[0].toUpperCase()}${outcome.slice(1)}:`), ' ');
  }
  item.append(problem.message);
  return item;
}

/** Selects the rest of a line in the text box from its column, and scrolls it into view. */
function showInText(line: number, column: number): void {
  const text = textArea.value;
  const start = offsetAt(text, { line, column });
  const lineEnd = text.indexOf('\n', start);
  textArea.focus();
  textArea.setSelectionRange(start, lineEnd === -1 ? text.length : lineEnd);
  const lineHeight = parseFloat(getComputedStyle(textArea).lineHeight) || 20;
  textArea.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Gives every previewed widget the feed; a text that is not JSON shows what visitors would see then. */
function showPreview(feedText: string | undefined): void {
  if (feedText === undefined) return preview.replaceChildren(make('p', 'quiet', 'Nothing to preview: the feed could not be read.'));
  let feed: unknown = feedText;
  try {
    feed = JSON.parse(feedText);
  } catch {
    // The widgets say the information cannot be read, as they would on the page.
  }
  // In the feed's own language, as on a page written in it.
  const language = (feed as { organization?: { language?: unknown } } | null)?.organization?.language;
  if (isLang(language)) preview.lang = language;
  else preview.removeAttribute('lang');
  let widgets = [...preview.querySelectorAll(PREVIEWED.join())];
  if (widgets.length === 0) {
    widgets = PREVIEWED.map((tag) => document.createElement(tag));
    // Dismissing a message in the preview is not remembered in this browser.
    widgets.find((w) => w.localName === 'care-awareness-banner')?.setAttribute('no-dismiss', '');
    // Each under its tag, so the person knows which element they are looking at.
    preview.replaceChildren(...widgets.map((widget) => make('div', 'widget', make('p', 'tag', make('code', '', `<${widget.localName}>`)), widget)));
  }
  for (const widget of widgets) (widget as HTMLElement & { feed?: unknown }).feed = feed;
}

/** Checks the text in the box: as typed or pasted. */
function checkTyped(): void {
  const text = textArea.value;
  if (text.trim() !== '') return show(checkFeedFile(text), text);
  verdict.textContent = FIRST_WORDS;
  verdict.classList.remove('ok');
  reportBox.replaceChildren();
  preview.replaceChildren();
}

/** Checks a file's bytes (chosen, dropped or fetched), and puts its text in the box for editing. */
function checkBytes(bytes: Uint8Array): void {
  const decoded = decodeFeedBytes(bytes);
  textArea.value = decoded.text;
  // The widgets get what they would make of the file: a file that is not UTF-8 read as Windows-1252,
  // a UTF-16 one as the UTF-8 it is not (they say they cannot read it).
  show(checkFeedFile(bytes), decoded.encoding.startsWith('utf-16') ? new TextDecoder().decode(bytes) : decoded.text);
}

async function checkFile(file: File | undefined): Promise<void> {
  if (!file) return;
  verdict.textContent = `Reading ${file.name}…`;
  checkBytes(new Uint8Array(await file.arrayBuffer()));
}

async function checkAddress(address: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return show(unreadable(`“${address}” is not a web address; write it whole, starting with https://`), undefined);
  }
  verdict.textContent = `Fetching ${url.href}…`;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    return show(unreadable(`${url.href} could not be fetched from this page. Check the address. If it is right, the server may not let other sites read it (it must send Access-Control-Allow-Origin), or this page’s own security policy may not allow it: download the file and choose it here instead.`), undefined);
  }
  if (!response.ok) return show(unreadable(`${url.href} answered ${response.status} ${response.statusText}: the widgets would show an error instead of the feed.`.replace(' :', ':')), undefined);
  checkBytes(new Uint8Array(await response.arrayBuffer()));
}

let recheck: ReturnType<typeof setTimeout> | undefined;
textArea.addEventListener('input', () => {
  clearTimeout(recheck);
  recheck = setTimeout(checkTyped, RECHECK_MS);
});
byId<HTMLFormElement>('address-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void checkAddress(byId<HTMLInputElement>('address').value.trim());
});
const fileInput = byId<HTMLInputElement>('file');
fileInput.addEventListener('change', () => void checkFile(fileInput.files?.[0]));

// A file dropped anywhere on the page; text dropped into the box is left to the browser.
const dropHint = byId<HTMLParagraphElement>('drop-hint');
const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
document.addEventListener('dragover', (event) => {
  if (!carriesFile(event)) return;
  event.preventDefault();
  dropHint.hidden = false;
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) dropHint.hidden = true;
});
document.addEventListener('drop', (event) => {
  dropHint.hidden = true;
  if (!carriesFile(event)) return;
  event.preventDefault();
  void checkFile(event.dataTransfer?.files[0]);
});
