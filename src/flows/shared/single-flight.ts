'use client';
import { useCallback, useRef } from 'react';

/**
 * @internal One request per intent: while `run`'s promise is pending, further calls get that
 * same promise instead of starting another request (a double click, Enter plus a click, a
 * completed code plus the submit button).
 */
export function useSingleFlight<Args extends unknown[]>(
  run: (...args: Args) => Promise<void>,
): (...args: Args) => Promise<void> {
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef(run);
  latest.current = run;
  return useCallback((...args: Args) => {
    if (inFlight.current) return inFlight.current;
    const promise = latest.current(...args).finally(() => {
      inFlight.current = null;
    });
    inFlight.current = promise;
    return promise;
  }, []);
}
