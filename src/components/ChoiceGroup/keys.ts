// The keys of a radio group (WAI-ARIA radio group pattern), shared by the hand-made and NutUI groups.
const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** What a key does on the option at `at` of `count`: the option to choose, or null (not ours). */
export function radioKeyAction(key: string, at: number, count: number): { choose: number } | null {
  if (key === ' ' || key === 'Spacebar' || key === 'Enter') return { choose: at };
  if (key === 'Home') return { choose: 0 };
  if (key === 'End') return { choose: count - 1 };
  const step = STEP[key];
  if (step === undefined) return null;
  return { choose: (at + step + count) % count };
}
