/** Values of a pure function of a number, each computed once when first asked for. */
export class Memo<T> {
  readonly #values = new Map<number, T>();
  readonly #compute: (key: number) => T;

  constructor(compute: (key: number) => T) {
    this.#compute = compute;
  }

  get(key: number): T {
    let value = this.#values.get(key);
    if (value === undefined) {
      value = this.#compute(key);
      this.#values.set(key, value);
    }
    return value;
  }
}
