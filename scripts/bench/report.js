// What the benchmark prints: a table per feed, the goals with the
// measured figure and ratio (reported, never failing), the before/after of a
// baseline build, and the guards that do fail `npm test`.
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fastestRatio, format, medianOf } from './stats.js';

export function printMachine(chromiumVersion) {
  const cores = cpus();
  console.log(`Machine: ${cores[0]?.model ?? 'unknown CPU'} × ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${type()} ${release()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${chromiumVersion}.`);
  console.log('In each run the pages of a feed load in turn in one browser, after one warm-up load each (HTTP and code cache warm).');
}

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
const row = (first, width, cells, widths) => `  ${pad(first, width)}${cells.map((c, i) => padStart(c, widths[i])).join('')}`;

/** The figures a page load gives (scripts/bench/page.js), as columns. */
const FIGURES = [
  { key: 'firstItem', label: 'first item', show: format.ms },
  { key: 'feedRequested', label: 'feed requested', show: format.ms },
  { key: 'feedToFirstItem', label: 'feed → first item', show: format.ms },
  { key: 'longestTask', label: 'longest task after', show: format.task },
  { key: 'heapMB', label: 'JS heap', show: format.mb },
  { key: 'searchMs', label: 'typed search', show: format.ms },
];

export function printLegend() {
  console.log(`Times in ms since navigation started, medians. first item: the frame that paints the first session (message, row).
feed requested: when the feed request started. feed → first item: from the widget's care-feed-load event.
longest task after: the longest main-thread task from the first item until the page is quiet.
JS heap: used, once the page is quiet, after a full garbage collection.
typed search: "grief" typed into the empty search box (one input event) → the first frame showing only matching sessions.
× bare: the page's fastest first item ÷ the bare page's fastest, over the same interleaved runs (load on the machine
only adds time: the fastest loads are the least disturbed). The bare page fetches the feed, parses it and writes
25 rows, nothing else (bench/bare.html).`);
}

/** One feed's pages: medians over the runs, and each widget's ratio to the bare page. */
export function printScenario({ label, feedKB, runs, pages }) {
  console.log(`\n${label} (${feedKB.toLocaleString('en')} KB feed), ${format.count(runs.length, 'interleaved run')}`);
  const labels = [FIGURES[0].label, '× bare', ...FIGURES.slice(1).map((f) => f.label)];
  const widths = labels.map((l) => l.length + 3);
  console.log(row('page', 16, labels, widths));
  for (const { id } of pages) {
    const cells = FIGURES.map(({ key, show }) => show(medianOf(runs, id, key)));
    cells.splice(1, 0, id === 'bare' ? '' : format.ratio(fastestRatio(runs, id, 'bare', 'firstItem')));
    console.log(row(id, 16, cells, widths));
  }
  const errors = new Set(runs.flatMap((run) => Object.entries(run).flatMap(([id, r]) => r.errors.map((e) => `${id}: ${e}`))));
  for (const error of errors) console.log(`  page error, ${error}`);
}

/** The current build against the baseline, per widget, from the same runs. */
export function printBeforeAfter(scenarios, baselineDir) {
  console.log(`\nBefore (BENCH_BASELINE=${baselineDir}) and after (this build), in the same runs: medians, and after ÷ before of the fastest loads`);
  const widths = [16, 16, 16];
  console.log(row('page', 44, ['before', 'after', 'after ÷ before'], widths));
  for (const { label, runs, pages } of scenarios) {
    for (const { id, beforeOf } of pages.filter((p) => p.beforeOf)) {
      for (const { key, label: figure, show } of FIGURES) {
        const before = medianOf(runs, id, key);
        if (before === undefined) continue;
        const cells = [show(before), show(medianOf(runs, beforeOf, key)), format.ratio(fastestRatio(runs, beforeOf, id, key))];
        console.log(row(`${label}, ${beforeOf}, ${figure}`, 44, cells, widths));
      }
    }
  }
}

/**
 * The goals of "the session finder at the physical limit", each with what
 * this run measured. `ratio` goals compare with the bare page in the same runs.
 */
const GOALS = [
  { goal: '5,000 sessions: first session on screen', feed: '5000', page: 'finder', figure: 'firstItem', ratio: 1.5 },
  { goal: '20,000 sessions: first session on screen', feed: '20000', page: 'finder', figure: 'firstItem', ratio: 2 },
  { goal: '20,000 sessions: longest task after first session', feed: '20000', page: 'finder', figure: 'longestTask', ms: 100 },
  { goal: '50,000 sessions: longest task after first session', feed: '50000', page: 'finder', figure: 'longestTask', ms: 100 },
  { goal: 'typed search → match on screen, 5,000', feed: '5000', page: 'finder', figure: 'searchMs', ms: 50 },
  { goal: 'typed search → match on screen, 50,000', feed: '50000', page: 'finder', figure: 'searchMs', ms: 100 },
  { goal: 'JS heap after the first screen, 20,000', feed: '20000', page: 'finder', figure: 'heapMB', mb: 25 },
  { goal: 'the banner: first item', feed: '50', page: 'banner', figure: 'firstItem', ratio: 1.2 },
  { goal: 'a 50-session finder: first item', feed: '50', page: 'finder', figure: 'firstItem', ratio: 1.2 },
];

export function printGoals(scenarios) {
  console.log('\nGoals of the finder at the physical limit (reported, not enforced)');
  console.log(`  ${pad('goal', 52)}${pad('target', 14)}${pad('measured', 30)}${pad('ratio', 8)}met`);
  for (const { goal, feed, page, figure, ratio, ms, mb } of GOALS) {
    const scenario = scenarios.find((s) => s.feed === feed);
    const target = ratio ? `≤ ${ratio}× bare` : ms ? `≤ ${ms} ms` : `≤ ${mb} MB`;
    const value = scenario && medianOf(scenario.runs, page, figure);
    if (value === undefined) {
      console.log(`  ${pad(goal, 52)}${pad(target, 14)}${scenario ? 'not measured' : 'npm run bench (BENCH_FULL=1)'}`);
      continue;
    }
    const bare = medianOf(scenario.runs, 'bare', figure);
    const toBare = fastestRatio(scenario.runs, page, 'bare', figure);
    const show = FIGURES.find((f) => f.key === figure).show;
    const measured = bare === undefined ? show(value) : `${show(value)} (bare ${show(bare)})`;
    const met = ratio ? toBare <= ratio : value <= (ms ?? mb);
    console.log(`  ${pad(goal, 52)}${pad(target, 14)}${pad(measured, 30)}${pad(bare === undefined ? '' : format.ratio(toBare), 8)}${met ? 'yes' : 'no'}`);
  }
}
