/**
 * The task now running, as a token: what the cooldown store keeps one listing of storage for.
 *
 * Why a task and not a microtask: a browser runs the ticker's timer as one task, and React
 * renders what that timer changed in a microtask queued during it (useSyncExternalStore's
 * updates are synchronous work flushed at the end of the task). A listing reset by a
 * microtask queued at the first read runs before React's, so every second walked storage twice.
 * The end of the task comes as a message on a `MessageChannel`: a task of its own, which
 * browsers do not throttle in background tabs as they do timers, so it always arrives before
 * the ticker's next timer.
 *
 * @internal Used by the cooldown store only.
 */

let token: object | null = null;

/** @internal A token that stays the same object until the running task ends, or {@link endTask}. */
export function currentTask(): object {
  if (token) return token;
  const task = {};
  token = task;
  const end = (): void => {
    if (token === task) token = null;
  };
  if (typeof MessageChannel === 'function') {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // Closed at once: an open port keeps Node (SSR, tests) running.
      port1.close();
      end();
    };
    port2.postMessage(null);
  } else {
    // No channel (old runtimes): the microtask queue's end is the closest end of turn.
    Promise.resolve().then(end);
  }
  return task;
}

/**
 * @internal Ends the running task's token now, as the task's end would: a write by any store
 * of the page makes every listing stale (and tests stand for a browser's next task with it).
 */
export function endTask(): void {
  token = null;
}
