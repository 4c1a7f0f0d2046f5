/**
 * A page asleep (a phone locked, a laptop shut, a page kept for Back): its clock moves on at once, while a wait of
 * more than a minute (a widget's for the next change it shows) never ends by itself: it is kept in `waits`, for a
 * test to end. `wake` moves the clock and tells the page it is seen again, as the browser does.
 */
export interface SleepingClock {
  /** The waits of more than a minute asked for, in order. */
  waits: { run: () => void; ms: number }[];
  /** Sets the page's clock to `iso`, going on from there. */
  set(iso: string): void;
  /** Sets the clock to `iso`, as the page is seen again. */
  wake(iso: string): void;
  restore(): void;
}

export function installSleepingClock(): SleepingClock {
  const RealDate = Date;
  const realSetTimeout = window.setTimeout;
  let offset = 0;
  class ShiftedDate extends RealDate {
    constructor(...args: []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as unknown as [number]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  const waits: SleepingClock['waits'] = [];
  window.Date = ShiftedDate as DateConstructor;
  window.setTimeout = ((run: () => void, ms?: number, ...rest: unknown[]) => ((ms ?? 0) > 60_000 ? waits.push({ run, ms: ms! }) : realSetTimeout(run, ms, ...rest))) as typeof setTimeout;
  const set = (iso: string) => (offset = new RealDate(iso).getTime() - RealDate.now());
  return {
    waits,
    set,
    wake(iso) {
      set(iso);
      document.dispatchEvent(new Event('visibilitychange'));
    },
    restore() {
      window.Date = RealDate;
      window.setTimeout = realSetTimeout;
    },
  };
}
