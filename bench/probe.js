// Runs first on every benchmark page (a classic script in <head>). Notes, in ms
// since navigation started:
// - `firstItem`: the frame that paints the first item: a session of the
//   finder, a message of the banner, or a row of the bare page;
// - `feedLoaded`: when a widget announced its feed (`care-feed-load`);
// - every main-thread task longer than 50 ms (`longTasks`).
// `bench.settled()` resolves once the page has gone quiet after its first item.
window.bench = { longTasks: [] };

/** The first item a visitor can read, in whichever page this is. */
function firstItem() {
  const inShadow = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);
  return document.querySelector('[data-bench-item]')
    ?? inShadow('care-session-finder', '[part="session"]')
    ?? inShadow('care-awareness-banner', '[part="message"], [part="urgent"]');
}

let markShown;
const shown = new Promise((resolve) => {
  markShown = resolve;
});
/** Resolves once the first item is on screen, or after `timeoutMs`. */
window.bench.shown = (timeoutMs) => Promise.race([shown, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);

(function watch() {
  if (firstItem()) {
    // This frame paints it: frame callbacks run just before the browser paints.
    window.bench.firstItem = performance.now();
    markShown();
    return;
  }
  requestAnimationFrame(watch);
})();

document.addEventListener('care-feed-load', () => {
  window.bench.feedLoaded ??= performance.now();
});

try {
  new PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) window.bench.longTasks.push({ startTime, duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the longest task is not reported.
}

/**
 * Resolves when the main thread is quiet: no long task for `quietMs`, and an
 * idle period with nothing queued. Work split into short tasks (a window
 * expanded in slices) keeps it from resolving until that work is done.
 */
window.bench.settled = ({ quietMs = 500, timeoutMs = 30_000 } = {}) => new Promise((resolve) => {
  const started = performance.now();
  const lastBusy = () => Math.max(window.bench.firstItem ?? 0, ...window.bench.longTasks.map((t) => t.startTime + t.duration));
  (function check() {
    requestIdleCallback((deadline) => {
      const now = performance.now();
      const idle = deadline.timeRemaining() >= 40 && now - lastBusy() >= quietMs;
      if (idle || now - started > timeoutMs) resolve(now);
      else setTimeout(check, 100);
    });
  })();
});
