/** Background work that must not hold up the first screen or input. */

/**
 * Runs `work` once the first screen is painted (the task after the next frame), or after half a
 * second where frames do not come (a background tab). Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  const once = () => {
    if (!done) work();
    done = true;
  };
  const fallback = setTimeout(once, 500);
  requestAnimationFrame(() => setTimeout(once));
  return () => {
    done = true;
    clearTimeout(fallback);
  };
}

/** How long one slice of background work may run before the browser gets the thread back for input and frames. */
const SLICE_MS = 30;

/**
 * Runs `steps` (a generator that pauses between small pieces of work) once the first screen is
 * painted, in tasks of about SLICE_MS, each its own so input and frames come in between, then
 * gives its result to `done` (in a task of its own). Returns a function that cancels the rest.
 */
export function runInSlices<T>(steps: Generator<void, T>, done: (result: T) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        const result = next.value;
        timer = setTimeout(() => done(result));
        return;
      }
      if (performance.now() >= end) break;
    }
    timer = setTimeout(slice);
  };
  const cancelStart = afterNextPaint(slice);
  return () => {
    cancelStart();
    clearTimeout(timer);
  };
}
