// Records where the page's first heading is, frame by frame, from the first frame on:
// if anything above it changes height, its position changes.
window.headingTops = [];
(function watch(started) {
  const heading = document.querySelector('h2');
  if (heading) window.headingTops.push(heading.getBoundingClientRect().top);
  if (performance.now() - started < 4000) requestAnimationFrame(() => watch(started));
})(performance.now());
