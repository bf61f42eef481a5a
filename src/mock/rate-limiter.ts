import type { PersistablePart } from './persistence.js';
import { isRecord } from './rules.js';

/** Whether a send may go ahead, and if not, how long until it may. */
type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** GenAuth's "one code per (channel, recipient) per window" rule; its snapshot is `{ key: sentAt }`. */
export interface RateLimiter extends PersistablePart {
  /** Records a send for `key` when allowed; refused attempts do not extend the window. */
  attempt(key: string): RateDecision;
  clear(): void;
}

/** A fixed window per key, measured with the injected clock. */
export function createRateLimiter(now: () => number, windowMs: () => number): RateLimiter {
  const lastSentAt = new Map<string, number>();
  return {
    attempt(key) {
      const at = now();
      const previous = lastSentAt.get(key);
      if (previous !== undefined) {
        const retryAfterMs = previous + windowMs() - at;
        if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
      }
      lastSentAt.set(key, at);
      return { allowed: true };
    },
    clear: () => lastSentAt.clear(),
    snapshot: () => Object.fromEntries(lastSentAt),
    restore(snapshot) {
      if (!isRecord(snapshot)) throw new Error('rate limiter');
      lastSentAt.clear();
      for (const [key, at] of Object.entries(snapshot)) {
        if (typeof at === 'number') lastSentAt.set(key, at);
      }
    },
  };
}
