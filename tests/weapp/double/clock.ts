// Time in the double: a virtual clock that moves only when the double lets it. Timers the app sets
// run when they are due (settle runs what is due now; advance moves the clock forward), so a 60 s
// request timeout or a midnight timer costs no real time and every run sees the same instants.
export interface Timer {
  id: number;
  due: number;
  seq: number;
  fn: () => void;
  /** Set for setInterval. */
  every: number | null;
}

export class VirtualClock {
  private current: number;
  private seq = 0;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): number {
    return this.current;
  }

  /** Moves the clock to `at` (never backwards). */
  moveTo(at: number): void {
    if (at > this.current) this.current = at;
  }

  schedule(fn: () => void, ms: unknown, every: boolean): number {
    const delay = Math.max(0, Number(ms) || 0);
    const id = this.nextId++;
    this.timers.set(id, { id, due: this.current + delay, seq: this.seq++, fn, every: every ? Math.max(1, delay) : null });
    return id;
  }

  cancel(id: unknown): void {
    if (typeof id === 'number') this.timers.delete(id);
  }

  /** The earliest timer due at or before `at`, removed (an interval is scheduled again). */
  takeDue(at = this.current): Timer | null {
    let first: Timer | null = null;
    for (const t of this.timers.values()) {
      if (t.due <= at && (first === null || t.due < first.due || (t.due === first.due && t.seq < first.seq))) first = t;
    }
    if (!first) return null;
    if (first.every === null) this.timers.delete(first.id);
    else this.timers.set(first.id, { ...first, due: first.due + first.every, seq: this.seq++ });
    return first;
  }

  /** When the next timer is due, or null. */
  nextDue(): number | null {
    let next: number | null = null;
    for (const t of this.timers.values()) if (next === null || t.due < next) next = t.due;
    return next;
  }

  get pending(): number {
    return this.timers.size;
  }

  clearAll(): void {
    this.timers.clear();
  }
}
