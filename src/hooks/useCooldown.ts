'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { CooldownStore } from '../core/cooldown/store.js';
import { getDefaultTicker, type Ticker } from '../core/cooldown/ticker.js';
import { useKitCooldownStore } from './context.js';

/** Options of {@link useCooldown}. */
export interface UseCooldownOptions {
  /**
   * Where the deadline lives.
   * @default the `<GenAuthProvider>`'s store, else the page-wide `getDefaultCooldownStore()`
   */
  store?: CooldownStore | undefined;
  /** What wakes the countdown each second. @default the page-wide `getDefaultTicker()` */
  ticker?: Ticker | undefined;
}

/** What {@link useCooldown} returns. */
export interface UseCooldownResult {
  /** Whole seconds left, rounded up (`59.2 s` shows `60`); `0` when not cooling down. */
  remainingSeconds: number;
  /** True while a new code may not be requested. */
  isActive: boolean;
  /** Starts (or restarts) the cooldown of the current key; does nothing when the key is `null`. */
  start: (durationMs: number) => void;
  /** Ends the cooldown of the current key at once; does nothing when the key is `null`. */
  clear: () => void;
}

const serverSnapshot = (): number => 0;

/**
 * Follows the cooldown of one key (see `cooldownKey`). The component re-renders only when
 * the displayed second changes, every mounted countdown shares one page-wide timer, and the
 * timer runs only while this key is cooling down. On the server, and while hydrating, it
 * reports an inactive cooldown, so a persisted deadline never causes a hydration mismatch;
 * the real value follows right after hydration.
 *
 * Milliseconds are deliberately not returned: they would be stale between renders. Read
 * `store.remainingMs(key)` when an exact value is needed.
 *
 * @param key - The cooldown to follow, or `null` when there is none yet (e.g. no valid number).
 * @example
 * function ResendButton({ phone }: { phone: string }) {
 *   const { remainingSeconds, isActive, start } = useCooldown(cooldownKey('CHANNEL_LOGIN', phone));
 *   return (
 *     <button type="button" disabled={isActive} onClick={() => start(60_000)}>
 *       {isActive ? `Resend in ${remainingSeconds} s` : 'Send code'}
 *     </button>
 *   );
 * }
 */
export function useCooldown(
  key: string | null,
  options: UseCooldownOptions = {},
): UseCooldownResult {
  const store = useKitCooldownStore(options.store);
  const ticker = options.ticker ?? getDefaultTicker();

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (key === null) return () => {};
      let stopTicking: (() => void) | null = null;
      // Wake exactly when the displayed (rounded-up) second changes.
      const nextDelayMs = (): number => store.remainingMs(key) % 1000 || 1000;
      // Tick only while cooling down: an idle button costs no timer at all.
      const follow = (): void => {
        const isActive = store.remainingMs(key) > 0;
        if (isActive && !stopTicking) {
          stopTicking = ticker.subscribe(onUpdate, nextDelayMs);
        } else if (!isActive && stopTicking) {
          stopTicking();
          stopTicking = null;
        }
      };
      const onUpdate = (): void => {
        follow();
        onChange();
      };
      const unsubscribe = store.subscribe(onUpdate);
      follow();
      return () => {
        unsubscribe();
        stopTicking?.();
      };
    },
    [store, ticker, key],
  );

  // The snapshot is the displayed number, so React skips renders within the same second.
  const getSnapshot = useCallback(
    () => (key === null ? 0 : Math.ceil(store.remainingMs(key) / 1000)),
    [store, key],
  );
  const remainingSeconds = useSyncExternalStore(subscribe, getSnapshot, serverSnapshot);

  const start = useCallback(
    (durationMs: number) => {
      if (key !== null) store.start(key, durationMs);
    },
    [store, key],
  );
  const clear = useCallback(() => {
    if (key !== null) store.clear(key);
  }, [store, key]);

  return useMemo(
    () => ({ remainingSeconds, isActive: remainingSeconds > 0, start, clear }),
    [remainingSeconds, start, clear],
  );
}
