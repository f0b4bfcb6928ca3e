// A fixed-window counter for @fastify/rate-limit. Its LocalStore hands every concurrent request
// the same mutable counter, so a burst sees the final count and all of it is refused; this store
// answers each request with its own count.
interface Window {
  count: number;
  start: number;
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const SWEEP_ABOVE = 10_000;

export function windowStore(now: () => number, timeWindow: number) {
  return class WindowStore {
    private readonly windows = new Map<string, Window>();

    incr(key: string, callback: IncrCallback): void {
      const t = now();
      if (this.windows.size > SWEEP_ABOVE) this.sweep(t);
      let w = this.windows.get(key);
      if (!w || w.start + timeWindow <= t) {
        w = { count: 0, start: t };
        this.windows.set(key, w);
      }
      w.count += 1;
      callback(null, { current: w.count, ttl: w.start + timeWindow - t });
    }

    child(): WindowStore {
      return new WindowStore();
    }

    private sweep(t: number): void {
      for (const [key, w] of this.windows) if (w.start + timeWindow <= t) this.windows.delete(key);
    }
  };
}
