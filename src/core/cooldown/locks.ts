import { GenAuthBusyError } from '../api/errors.js';
import { isPlausibleCooldown } from './window.js';
/**
 * Single flight across tabs and stores: one send per cooldown key at a time, through the Web
 * Locks API (`navigator.locks`), which every tab of an origin shares and which the browser
 * releases by itself when a tab crashes or closes.
 *
 * The lock covers the whole attempt, never the cooldown: a sender takes `<ns>:send:<tag>`,
 * re-reads the cooldown, sends, starts the cooldown, and releases only once its attempt has
 * settled, however long the client's options let it run (a timeout up to 2^31 - 1 ms, started
 * only after an async access token was read): a request that can still reach GenAuth keeps
 * every other sender out, so no fixed hold could be right (a tab that crashes or closes
 * releases its locks with it). A second sender that waited then sees the cooldown and refuses,
 * or, if the wait outlasts `LOCK_WAIT_MS`, gives up as busy, sending nothing. One gap
 * remains: Chromium hands out the lock and propagates localStorage over different channels, so
 * the waiter may get the lock before the first tab's write reaches it. So before releasing, the sender also takes a short-lived
 * marker lock whose name carries the cooldown it started (`<ns>:sent:<tag>:<startedAt>:<ms>`);
 * the lock manager is one authority for every tab, so a sender that had to wait finds the
 * marker with `locks.query()` whatever the state of its storage. Markers last a few seconds
 * and block no one; a sender that got the lock at once ignores them (it was not racing).
 *
 * Part of the send path: loaded with the first send, never with the page.
 *
 * @internal Used by the cooldown store and `requestCode`.
 */

import { type CooldownLocks, type SendTurn, UNCOORDINATED_TURN } from './send-turn.js';

export type { CooldownLockOptions, CooldownLocks, SendTurn } from './send-turn.js';

/**
 * Longest wait for another sender's turn, past which the waiter gives up with a
 * `GenAuthBusyError` and sends nothing: the user learns that someone else is sending rather
 * than watching a button that never answers. Longer than the transport's default 10 s timeout,
 * so a waiter behind an ordinary slow send still gets its turn (and then sees the cooldown).
 */
export const LOCK_WAIT_MS = 15_000;
/** How long a marker outlives its send: far longer than storage takes to reach another tab. */
export const MARKER_MS = 5_000;

/** Runs tasks one at a time per tag across every tab and store sharing `locks`. */
export interface SendCoordinator {
  /**
   * Runs `task` while holding the send lock of `tag`. Markers of sends that started before
   * `ignoreBefore` (epoch ms: the store's last clear of that tag) are ignored.
   */
  run<T>(tag: string, ignoreBefore: number, task: (turn: SendTurn) => Promise<T>): Promise<T>;
}

/** Creates a coordinator over `locks` for one namespace. */
export function createSendCoordinator(options: {
  locks: CooldownLocks;
  namespace: string;
  wall: () => number;
}): SendCoordinator {
  const { locks, namespace, wall } = options;
  const markerPrefix = (tag: string) => `${namespace}:sent:${tag}:`;

  const recentRemainingMs = async (tag: string, ignoreBefore: number): Promise<number> => {
    let held: readonly { name?: string | undefined }[];
    try {
      held = (await locks.query()).held ?? [];
    } catch {
      return 0;
    }
    const prefix = markerPrefix(tag);
    const at = wall();
    let longest = 0;
    for (const { name } of held) {
      if (typeof name !== 'string' || !name.startsWith(prefix)) continue;
      const [startedAt, durationMs] = name.slice(prefix.length).split(':').map(Number);
      if (!isPlausibleCooldown(startedAt, durationMs)) continue;
      const start = startedAt as number;
      const duration = durationMs as number;
      if (start < ignoreBefore) continue;
      longest = Math.max(longest, Math.min(duration, start + duration - at));
    }
    return longest;
  };

  const markSent = (tag: string) => (durationMs: number) =>
    new Promise<void>((marked) => {
      const name = `${markerPrefix(tag)}${wall()}:${Math.round(durationMs)}`;
      locks
        .request(name, { ifAvailable: true }, (lock) => {
          marked();
          return lock ? delay(MARKER_MS) : Promise.resolve();
        })
        .catch(() => marked());
    });

  return {
    run<T>(tag: string, ignoreBefore: number, task: (turn: SendTurn) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let started = false;
        const start = (turn: SendTurn): Promise<T> => {
          started = true;
          const outcome = Promise.resolve().then(() => task(turn));
          outcome.then(resolve, reject);
          return outcome;
        };
        const name = `${namespace}:send:${tag}`;
        const controller = new AbortController();
        const waitTimer = setTimeout(() => controller.abort(), LOCK_WAIT_MS);
        const hold = async (waited: boolean) => {
          clearTimeout(waitTimer);
          // Only a sender that had to wait can be behind a send whose write has not reached
          // this tab yet; one that got the lock at once looks at storage alone.
          const recent = waited ? await recentRemainingMs(tag, ignoreBefore) : 0;
          const outcome = start({ recentRemainingMs: recent, markSent: markSent(tag) });
          // Held until the attempt settles: while its request may still reach GenAuth, no one
          // else may send.
          await outcome.then(noop, noop);
        };
        const acquire = async () => {
          const free = await locks.request(name, { ifAvailable: true }, async (lock) => {
            if (!lock) return false;
            await hold(false);
            return true;
          });
          if (!free) await locks.request(name, { signal: controller.signal }, () => hold(true));
        };
        acquire().catch(() => {
          clearTimeout(waitTimer);
          if (started) return;
          if (controller.signal.aborted) reject(new GenAuthBusyError(LOCK_WAIT_MS));
          // Locks refused (an opaque origin, a broken polyfill): send as without locks.
          else start(UNCOORDINATED_TURN).catch(noop);
        });
      });
    },
  };
}

function noop(): void {}

/** A delay whose timer never keeps Node (tests, SSR) alive on its own. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms) as unknown as { unref?: () => void };
    timer.unref?.();
  });
}
