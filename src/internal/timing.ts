/**
 * User Timing measures (`care-session-finder:expand`, …): they show in the
 * browser's performance panel, and the benchmark reads them.
 */
export function measure<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start });
  return result;
}

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
