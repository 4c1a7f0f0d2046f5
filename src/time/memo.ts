/** The value kept in `map` under `key`, computed and kept on first use. */
export function memo<T>(map: Map<number, T>, key: number, compute: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}
