// The app's clock: one place to read "now", so tests can fix the day without faking timers.
let source: () => Date = () => new Date();

/** The current instant (the real clock unless a test replaced it). */
export const now = (): Date => source();

/** Tests only: replace the clock (`null` restores the real one). */
export function setClock(fn: (() => Date) | null): void {
  source = fn ?? (() => new Date());
}

/** Milliseconds until the next calendar day starts in Asia/Shanghai (UTC+8, no DST). */
export function msUntilShanghaiMidnight(at: Date): number {
  const day = 86_400_000;
  const shanghai = at.getTime() + 8 * 3_600_000;
  return day - (((shanghai % day) + day) % day);
}
