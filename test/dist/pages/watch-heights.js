// Records each widget's height, frame by frame from the first frame on, with whether its code had
// arrived and whether it was still loading its feed: the space kept before the code arrives should
// be the loading state's. Each is named by its id, or else its tag.
window.heights = [];
(function watch(started) {
  for (const widget of document.querySelectorAll('body [src]:is(care-awareness-banner, care-session-finder, care-referral-lookup, care-volunteer-signup)')) {
    const defined = !!customElements.get(widget.localName);
    const loading = !!widget.shadowRoot?.querySelector('[aria-busy="true"]');
    window.heights.push({ tag: widget.id || widget.localName, defined, loading, height: widget.getBoundingClientRect().height });
  }
  // Until the feeds arrive (15 s): a busy machine may take seconds to bring the code.
  if (performance.now() - started < 15_000) requestAnimationFrame(() => watch(started));
})(performance.now());
