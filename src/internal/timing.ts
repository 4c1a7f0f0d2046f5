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
