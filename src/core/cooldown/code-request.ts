import { CooldownActiveError } from '../api/errors.js';
import { loadSendPath } from '../send-path/load-send-path.js';
import type { CooldownStore } from './store.js';
import { resolveCooldownMs } from './window.js';

/** What {@link requestCode} needs: where cooldowns live, whose, for how long, and how to send. */
export interface CodeRequest<T> {
  /** The cooldown store that mirrors the server's rate limit. */
  store: CooldownStore;
  /** The (channel, recipient) key, from `cooldownKey`. */
  key: string;
  /**
   * Cooldown started by a success, or by a 429 without `Retry-After`, in ms. Zero, negative
   * or `NaN` would turn the cooldown off, so the server's 60 s applies instead; capped at 10 min.
   */
  cooldownMs: number;
  /** Makes the one request. Called at most once per call, and never while `key` is busy. */
  send: () => Promise<T>;
}

// Per store, because two stores (e.g. two tests) must not share locks, and weakly, so a
// discarded store takes its locks with it.
const inFlightByStore = new WeakMap<CooldownStore, Map<string, Promise<unknown>>>();

function inFlight(store: CooldownStore): Map<string, Promise<unknown>> {
  let map = inFlightByStore.get(store);
  if (!map) {
    map = new Map();
    inFlightByStore.set(store, map);
  }
  return map;
}

/** The request in flight for `key`, if any: callers join it instead of sending again. */
export function pendingCodeRequest(
  store: CooldownStore,
  key: string,
): Promise<unknown> | undefined {
  return inFlight(store).get(key);
}

/**
 * Sends one code (SMS or email) under the server's one-per-minute rule:
 * - while `key` cools down it rejects with `CooldownActiveError` and sends nothing;
 * - while a request for `key` is in flight on this store it returns that same promise (one
 *   request, however many calls: the in-page lock is taken synchronously, before any `await`);
 * - across tabs and stores (Web Locks, where they exist) one sender per key goes at a time;
 *   the next one re-reads the cooldown once its turn comes and refuses with
 *   `CooldownActiveError` when the first one started it;
 * - success starts the cooldown; a rate-limit error starts or re-syncs it from `Retry-After`
 *   (else the full window); any other error starts nothing, so the user can retry at once.
 * Never retries: sending is not idempotent. The code that sends (transport, cross-tab lock)
 * loads on the first call; if it cannot load, the call rejects with `GenAuthLoadError`, nothing
 * is sent, and the next call loads again.
 */
export function requestCode<T>({
  store,
  key,
  cooldownMs: asked,
  send,
}: CodeRequest<T>): Promise<T> {
  const cooldownMs = resolveCooldownMs(asked / 1000).ms;
  const locks = inFlight(store);
  const pending = locks.get(key);
  if (pending) return pending as Promise<T>;
  const remaining = store.remainingMs(key);
  if (remaining > 0) return Promise.reject(new CooldownActiveError(remaining));

  // Declared first so the finally block can check the lock is still this request's.
  let request!: Promise<T>;
  request = (async () => {
    // Yield once so the lock below is in place before `send` runs, even if `send` throws at once.
    await undefined;
    try {
      // The lock is held while the send path loads: a second click joins this request.
      const { sendUnderCooldown } = await loadSendPath();
      return await sendUnderCooldown({ store, key, cooldownMs, send });
    } finally {
      if (locks.get(key) === request) locks.delete(key);
    }
  })();
  locks.set(key, request);
  return request;
}
