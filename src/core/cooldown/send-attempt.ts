import { CooldownActiveError, isRateLimitError } from '../api/errors.js';
import type { CodeRequest } from './code-request.js';
import { type SendTurn, UNCOORDINATED_TURN } from './send-turn.js';
import { MAX_COOLDOWN_MS } from './window.js';

/**
 * One send under the cooldown rules, once `requestCode` holds the in-page lock of `key`: as
 * the only sender of `key` across tabs and stores (the store's `runExclusive`), it re-reads the
 * cooldown, sends, and starts the cooldown on a success or a rate limit.
 *
 * Part of the send path: loaded with the first send, never with the page.
 *
 * @internal Used by `requestCode` only; `cooldownMs` is already resolved.
 */
export function sendUnderCooldown<T>({ store, key, cooldownMs, send }: CodeRequest<T>): Promise<T> {
  const attempt = async (turn: SendTurn): Promise<T> => {
    // Another tab or store may have sent while this one waited for its turn; its write may
    // not have reached this tab's storage yet, but its marker has.
    if (turn.recentRemainingMs > 0 && store.remainingMs(key) <= 0) {
      store.start(key, turn.recentRemainingMs);
    }
    const left = store.remainingMs(key);
    if (left > 0) throw new CooldownActiveError(left);
    let started: number;
    try {
      const result = await send();
      started = cooldownMs;
      store.start(key, started);
      await turn.markSent(started);
      return result;
    } catch (error) {
      if (isRateLimitError(error)) {
        started = Math.min(Math.max(error.retryAfterMs ?? cooldownMs, 1000), MAX_COOLDOWN_MS);
        store.start(key, started);
        await turn.markSent(started);
      }
      throw error;
    }
  };
  return store.runExclusive ? store.runExclusive(key, attempt) : attempt(UNCOORDINATED_TURN);
}
