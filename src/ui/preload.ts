/**
 * A screen's chunk (or any one-time load) that can be started before the screen is shown and then
 * read synchronously. Unlike React.lazy, a screen whose load has finished renders at once: no
 * Suspense fallback to show and then reveal, a wait that each step of a lazy chain (link screen →
 * results → their texts) would otherwise pay in turn.
 */
import { useEffect, useState } from 'react';

export interface Preload<T, A = void> {
  /** starts the load (once; again after a failure) and resolves with its value */
  start(arg: A): Promise<T>;
  /** the loaded value, or undefined while it loads */
  value(): T | undefined;
}

export function preload<T, A = void>(load: (arg: A) => Promise<T>): Preload<T, A> {
  let loaded: { value: T } | undefined;
  let pending: Promise<T> | undefined;
  return {
    start(arg) {
      pending ??= load(arg).then(
        (value) => {
          loaded = { value };
          return value;
        },
        (error: unknown) => {
          pending = undefined; // a later visit tries again
          throw error;
        },
      );
      return pending;
    },
    value: () => loaded?.value,
  };
}

/**
 * The loaded value, starting the load if nobody has; undefined while it runs (the caller shows its
 * own placeholder: nothing suspends). A failed load is thrown to the nearest error boundary.
 */
export function usePreloaded<T, A>(p: Preload<T, A>, arg: A): T | undefined {
  const [, setLoaded] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const value = p.value();
  useEffect(() => {
    // (a load that finished between this render and the effect still re-renders: its promise is settled)
    if (value !== undefined) return;
    let live = true;
    p.start(arg).then(
      () => live && setLoaded(true),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [p, arg, value]);
  if (failure) throw failure.error;
  return value;
}
