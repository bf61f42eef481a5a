'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readCountdown } from '../core/cooldown/countdown.js';
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
  /**
   * Whole seconds left, rounded up (`59.2 s` shows `60`); `0` when not cooling down. It steps
   * at the clock's whole seconds, in the same instant for every countdown on the page.
   */
  remainingSeconds: number;
  /** True while a new code may not be requested. */
  isActive: boolean;
  /** Starts (or restarts) the cooldown of the current key; does nothing when the key is `null`. */
  start: (durationMs: number) => void;
  /** Ends the cooldown of the current key at once; does nothing when the key is `null`. */
  clear: () => void;
}

const idle = (): number => 0;

/**
 * @internal Follows one reading of the cooldown of `key` (its shown seconds, or whether it is
 * active): re-renders only when that reading changes. While the key cools down it wakes on the
 * shared ticker at the instants every countdown steps together (see `readCountdown`), so all
 * the page's countdowns change in one batch, one React commit.
 */
function useCooldownReading(
  key: string | null,
  store: CooldownStore,
  ticker: Ticker,
  read: (seconds: number) => number,
): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (key === null) return () => {};
      let stopTicking: (() => void) | null = null;
      const nextDelayMs = (): number => readCountdown(store, key).nextChangeMs;
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
  // A number that changes only when what is shown changes, so React skips every other tick.
  const getSnapshot = useCallback(
    () => (key === null ? 0 : read(readCountdown(store, key).seconds)),
    [store, key, read],
  );
  // On the server and while hydrating: inactive, so a persisted deadline never mismatches.
  return useSyncExternalStore(subscribe, getSnapshot, idle);
}

const asSeconds = (seconds: number): number => seconds;
const asActive = (seconds: number): number => (seconds > 0 ? 1 : 0);

/**
 * @internal The shown seconds of `key`'s cooldown (`0` when none): re-renders once per
 * displayed second. Keep it in a small leaf (the countdown text) so nothing else re-renders.
 */
export function useCooldownSeconds(
  key: string | null,
  store: CooldownStore,
  ticker: Ticker = getDefaultTicker(),
): number {
  return useCooldownReading(key, store, ticker, asSeconds);
}

/**
 * @internal Whether `key` cools down: re-renders only when a cooldown starts or ends, never
 * per second, so the components around a countdown stay still while it runs.
 */
export function useCooldownActive(
  key: string | null,
  store: CooldownStore,
  ticker: Ticker = getDefaultTicker(),
): boolean {
  return useCooldownReading(key, store, ticker, asActive) === 1;
}

/**
 * Follows the cooldown of one key (see `cooldownKey`). The component re-renders only when
 * the displayed second changes, every mounted countdown shares one page-wide timer, and the
 * timer runs only while this key is cooling down. All countdowns on a page step in the same
 * instant (at the whole seconds of the clock), so N countdowns cost one commit per second;
 * the shown value is never less than the time left, nor more than the cooldown's duration.
 * On the server, and while hydrating, it reports an inactive cooldown, so a persisted
 * deadline never causes a hydration mismatch; the real value follows right after hydration.
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
  const remainingSeconds = useCooldownSeconds(key, store, options.ticker ?? getDefaultTicker());

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
