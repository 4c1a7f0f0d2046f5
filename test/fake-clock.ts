/**
 * A stand-in for the page's clock and timers (Date, setTimeout, setInterval), so a test can let
 * hours or weeks pass at once and see what a widget does as they pass. Delays are read as browsers
 * read them (a 32-bit whole number of ms, 0 when negative), so a timeout longer than 2^31 − 1 ms
 * fires at once here as it does there.
 */
interface Timer {
  at: number;
  run: () => void;
  every?: number;
}

export interface FakeClock {
  /** Every delay asked of setTimeout and setInterval, in ms, as given. */
  delays: number[];
  /** Moves the clock on by `ms`, running each timer as it falls due and letting the page update after each. */
  tick(ms: number): Promise<void>;
  restore(): void;
}

export function installClock(start: Date): FakeClock {
  const real = { Date, setTimeout, clearTimeout, setInterval, clearInterval };
  let now = start.getTime();
  let nextId = 1;
  const timers = new Map<number, Timer>();
  const delays: number[] = [];
  const delayOf = (ms = 0) => {
    delays.push(ms);
    return Math.max(0, Number(ms) | 0);
  };
  const realSetTimeout = real.setTimeout.bind(window);
  const settle = () => new Promise((resolve) => realSetTimeout(resolve, 0));

  window.Date = new Proxy(real.Date, {
    construct: (target, args: unknown[]) => Reflect.construct(target, args.length ? args : [now]) as object,
    get: (target, key) => (key === 'now' ? () => now : Reflect.get(target, key)),
  });
  window.setTimeout = ((run: () => void, ms?: number) => {
    timers.set(nextId, { at: now + delayOf(ms), run });
    return nextId++;
  }) as typeof setTimeout;
  window.setInterval = ((run: () => void, ms?: number) => {
    const every = Math.max(1, delayOf(ms));
    timers.set(nextId, { at: now + every, run, every });
    return nextId++;
  }) as typeof setInterval;
  window.clearTimeout = window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof clearTimeout;

  return {
    delays,
    async tick(ms) {
      const end = now + ms;
      await settle(); // what the page had pending (an update after a click, say) happens before any timer
      // A timer that keeps setting itself at once would never let the clock move: stop it, and say so.
      for (let runs = 0; ; runs++) {
        if (runs > 10_000) throw new Error('timers keep firing without the clock moving on');
        let due: [number, Timer] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        const [id, timer] = due;
        now = Math.max(now, timer.at);
        if (timer.every) timer.at += timer.every;
        else timers.delete(id);
        timer.run();
        await settle();
      }
      now = end;
      await settle();
    },
    restore() {
      Object.assign(window, real);
    },
  };
}
