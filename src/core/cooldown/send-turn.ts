/**
 * What the cooldown store and `requestCode` know about cross-tab sending before the send path
 * is loaded: the shape of the Web Locks API, a turn, and where the locks come from. The
 * coordinator itself (`locks.ts`) loads with the send path, on the first send.
 *
 * @internal Used by the cooldown store, `requestCode` and the send path.
 */

/** Options of one lock request (a subset of the Web Locks `LockOptions`). */
export interface CooldownLockOptions {
  /** Grant at once or call back with `null`, never wait. */
  ifAvailable?: boolean;
  /** Aborts the wait. */
  signal?: AbortSignal;
}

/** The part of the Web Locks API (`navigator.locks`) the kit uses; inject a fake in tests. */
export interface CooldownLocks {
  /** Calls `callback` once `name` is granted (or with `null`, see `ifAvailable`); holds it until the callback's promise settles. */
  request(
    name: string,
    options: CooldownLockOptions,
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
  /** The locks held right now by any tab of the origin. */
  query(): Promise<{ held?: readonly { name?: string | undefined }[] | undefined }>;
}

/** What a sender learns when its turn comes. */
export interface SendTurn {
  /**
   * Time left of a cooldown another tab or store started for this key in the last few seconds,
   * possibly not yet visible in this tab's storage; 0 when there is none.
   */
  readonly recentRemainingMs: number;
  /** Tells the next senders that a cooldown of `durationMs` just started. Never rejects. */
  markSent(durationMs: number): Promise<void>;
}

/** A turn without locks: nothing recent is known, nothing is marked. */
export const UNCOORDINATED_TURN: SendTurn = {
  recentRemainingMs: 0,
  markSent: () => Promise.resolve(),
};

/** `navigator.locks` where the Web Locks API exists, else `null`. */
export function defaultLocks(): CooldownLocks | null {
  if (typeof navigator === 'undefined') return null;
  const locks = (navigator as { locks?: unknown }).locks;
  return locks && typeof (locks as CooldownLocks).request === 'function'
    ? (locks as CooldownLocks)
    : null;
}
