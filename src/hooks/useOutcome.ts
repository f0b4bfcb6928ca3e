// Runs a service computation for a page: the engine's instant answer first, then the server's.
// `key` names the inputs; a new key runs again, and `retry` runs the same one again.
import { useCallback, useLayoutEffect, useState } from 'react';
import type { OnInstant, Outcome } from '@/stores/services';

export interface OutcomeState<T> {
  outcome: Outcome<T> | null;
  /** True until the first answer (the engine's) is there. */
  loading: boolean;
  /** The server is still being asked (the engine's answer is shown meanwhile). */
  refreshing: boolean;
  retry: () => void;
}

export function useOutcome<T>(key: string | null, run: (onInstant: OnInstant<T>) => Promise<Outcome<T>>): OutcomeState<T> {
  const [state, setState] = useState<{ key: string | null; outcome: Outcome<T> | null; refreshing: boolean }>({
    key: null,
    outcome: null,
    refreshing: false,
  });
  const [attempt, setAttempt] = useState(0);

  // A layout effect: the engine answers synchronously (onInstant), so its answer, not the loading
  // state, is what the browser paints first.
  useLayoutEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setState((s) => ({ key, outcome: s.key === key ? s.outcome : null, refreshing: true }));
    run((instant) => {
      if (live) setState({ key, outcome: instant, refreshing: true });
    }).then(
      (final) => {
        if (live) setState({ key, outcome: final, refreshing: false });
      },
      (e: unknown) => {
        if (live) {
          setState({
            key,
            outcome: { ok: false, error: { code: 'UNEXPECTED', message: e instanceof Error ? e.message : '出了点问题', details: [] }, source: 'engine', offline: false },
            refreshing: false,
          });
        }
      },
    );
    return () => {
      live = false;
    };
    // `run` is a fresh closure each render; `key` names its inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.key === key ? state.outcome : null;
  return { outcome: current, loading: key !== null && current === null, refreshing: state.refreshing, retry };
}
