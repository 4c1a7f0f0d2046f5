// Medians and ratios of the benchmark's figures. Each run loads every page of
// a feed once, in turn; figures are medians over the runs, ratios are of the
// fastest loads.

/** The median of the numbers among `values` (undefined ones are left out), or undefined. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The fastest of page `a`'s runs divided by the fastest of page `b`'s. Load on
 * the machine only ever adds time, so the fastest loads are the least disturbed.
 * On a 2-core machine shared with a load average of 15, the finder's median
 * time to its first session (5,000 sessions) grew 3.8 times and the bare page's
 * 2.1 times: the ratio of medians went from 2.7 to 4.3–4.8, this one to 2.9–3.4.
 */
export function fastestRatio(runs, a, b, figure) {
  const fastest = (page) => Math.min(...runs.map((run) => run[page]?.[figure]).filter(Number.isFinite));
  const ratio = fastest(a) / fastest(b);
  return Number.isFinite(ratio) ? ratio : undefined;
}

/** The median over runs of one page's figure. */
export const medianOf = (runs, page, figure) => median(runs.map((run) => run[page]?.[figure]));

/** "1,234 ms", "25.3 MB", "3.9×", or "–" when there is no figure. */
export const format = {
  ms: (v) => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`),
  /** A longest task of 0: no task over 50 ms, the shortest the Long Tasks API reports. */
  task: (v) => (v === 0 ? '< 50 ms' : format.ms(v)),
  mb: (v) => (v === undefined ? '–' : `${v.toFixed(1)} MB`),
  ratio: (v) => (v === undefined ? '–' : `${v.toFixed(2)}×`),
  /** "1 run", "5 runs". */
  count: (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`,
};
