import type { CooldownStore } from './store.js';

/** What a countdown shows now, and when that next changes. */
export interface CountdownReading {
  /** Whole seconds to show; `0` when not cooling down. */
  seconds: number;
  /** Milliseconds until `seconds` next changes (`Infinity` when not cooling down). */
  nextChangeMs: number;
}

const SECOND = 1000;

/**
 * Reads the countdown of `key` so that every countdown on a page changes in the same instant:
 * the shown seconds step at the whole seconds of the store's clock (and at the deadline
 * itself), whatever moment each cooldown started. With one shared ticker waking at those
 * instants, N countdowns cost one React commit per displayed second, not N.
 *
 * The value never undershoots: it is the time left at the last whole second, rounded up, and
 * never more than the cooldown's own duration (a 60 s cooldown starts at 60, not 61).
 */
export function readCountdown(store: CooldownStore, key: string): CountdownReading {
  // One read of storage per tick (a custom store without `read` is asked three times).
  const { remainingMs, durationMs, deadline } = store.read?.(key) ?? {
    remainingMs: store.remainingMs(key),
    deadline: store.deadline(key),
    durationMs: store.durationMs(key),
  };
  if (!(remainingMs > 0) || deadline === null) {
    return { seconds: 0, nextChangeMs: Number.POSITIVE_INFINITY };
  }
  // The store's own clock, recovered from its answers: the phase must follow that clock.
  const now = deadline - remainingMs;
  const sinceWholeSecond = ((now % SECOND) + SECOND) % SECOND;
  const atLastWholeSecond = Math.ceil((remainingMs + sinceWholeSecond) / SECOND);
  const longest = Math.max(1, Math.ceil(durationMs / SECOND));
  return {
    seconds: Math.min(atLastWholeSecond, longest),
    nextChangeMs: Math.min(remainingMs, SECOND - sinceWholeSecond),
  };
}
