// Records what each widget shows, from its first render on: its text, the names its aria-labels
// give, whether it says it is busy, and its height, at every change of its shadow root.
window.words = [];
(function watch(started) {
  for (const widget of document.querySelectorAll('body > [src]')) {
    if (!widget.shadowRoot || widget.watched) continue;
    widget.watched = true;
    const note = () => {
      const labels = [...widget.shadowRoot.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
      window.words.push({
        tag: widget.localName,
        said: [widget.shadowRoot.textContent, ...labels].join(' ').replace(/\s+/g, ' ').trim(),
        busy: !!widget.shadowRoot.querySelector('[aria-busy="true"]'),
        height: widget.getBoundingClientRect().height,
      });
    };
    note();
    new MutationObserver(note).observe(widget.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  if (performance.now() - started < 15_000) requestAnimationFrame(() => watch(started));
})(performance.now());
