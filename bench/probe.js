// Runs first on the benchmark page: notes when the feed arrives and when the
// first session is on screen, in ms since navigation started.
window.bench = {};
document.addEventListener('care-feed-load', () => {
  window.bench.feedLoaded = performance.now();
});
(function watch() {
  const finder = document.querySelector('care-session-finder');
  if (finder && finder.shadowRoot && finder.shadowRoot.querySelector('[part="session"]')) {
    // This frame paints it: frame callbacks run just before the browser paints.
    window.bench.firstSession = performance.now();
    return;
  }
  requestAnimationFrame(watch);
})();
