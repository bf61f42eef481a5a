/** The timer functions the ticker schedules with; inject fakes in tests. */
export interface TickerTimers {
  /** Like `window.setTimeout`. */
  setTimeout(callback: () => void, delayMs: number): unknown;
  /** Like `window.clearTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** Where page visibility comes from: `document` in a browser. */
export interface TickerVisibility {
  /** `'visible'` when the page is shown. */
  readonly visibilityState: string;
  /** Starts listening. */
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  /** Stops listening. */
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Settings of {@link createTicker}. */
export interface TickerOptions {
  /** Timer functions. @default the global setTimeout/clearTimeout, looked up at each call */
  timers?: TickerTimers;
  /** The clock, used only to decide whether a new subscriber needs an earlier tick. @default Date.now */
  now?: () => number;
  /** Source of `visibilitychange`; `null` for none. @default document in a browser */
  visibility?: TickerVisibility | null;
  /** Longest gap between two ticks, in ms. @default 1000 */
  maxDelayMs?: number;
}

/**
 * One timer for any number of countdowns. It runs only while it has subscribers (hooks
 * subscribe only while something is cooling down), wakes at the earliest moment any of them
 * asked for, and ticks at once when the page becomes visible again, because browsers
 * throttle timers in background tabs. A tick notifies every subscriber in one loop, inside one
 * timer callback, so React batches all their updates into one commit; the kit's countdowns all
 * ask for the same instants (the clock's whole seconds, see `readCountdown`), so a page with N
 * countdowns gets one tick and one commit per displayed second.
 */
export interface Ticker {
  /**
   * Calls `onTick` on every tick until unsubscribed.
   * @param onTick - Called on each tick; may unsubscribe itself.
   * @param nextDelayMs - How soon this subscriber next needs a tick, in ms (clamped to
   *   1..`maxDelayMs`), e.g. the time until its displayed second changes.
   *   @default () => maxDelayMs
   * @returns A function that unsubscribes.
   */
  subscribe(onTick: () => void, nextDelayMs?: () => number): () => void;
  /** How many subscribers are attached (for tests and devtools). */
  readonly size: number;
}

interface Subscriber {
  onTick: () => void;
  nextDelayMs: (() => number) | undefined;
}

const defaultTimers: TickerTimers = {
  // Looked up per call, so fake timers installed after the ticker was created still apply.
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

/** Creates a ticker. Most code wants the page-wide {@link getDefaultTicker} instead. */
export function createTicker(options: TickerOptions = {}): Ticker {
  const timers = options.timers ?? defaultTimers;
  const now = options.now ?? (() => Date.now());
  const maxDelayMs = options.maxDelayMs ?? 1000;
  const subscribers = new Set<Subscriber>();
  let handle: unknown;
  let scheduled = false;
  let dueAt = Number.POSITIVE_INFINITY;
  let visibility: TickerVisibility | null = null;

  const delayOf = (subscriber: Subscriber): number => {
    const wanted = subscriber.nextDelayMs?.() ?? maxDelayMs;
    return Number.isFinite(wanted) ? Math.min(maxDelayMs, Math.max(1, wanted)) : maxDelayMs;
  };

  const cancel = (): void => {
    if (scheduled) timers.clearTimeout(handle);
    scheduled = false;
    dueAt = Number.POSITIVE_INFINITY;
  };

  const schedule = (): void => {
    cancel();
    if (subscribers.size === 0) return;
    let delay = maxDelayMs;
    for (const subscriber of subscribers) delay = Math.min(delay, delayOf(subscriber));
    dueAt = now() + delay;
    scheduled = true;
    handle = timers.setTimeout(tick, delay);
  };

  function tick(): void {
    scheduled = false;
    // One throwing subscriber must not stop anyone else's countdown: run them all, keep
    // ticking, then surface the first error as an uncaught error of this timer callback.
    let failure: { error: unknown } | undefined;
    for (const subscriber of [...subscribers]) {
      // A subscriber removed by an earlier one in this same tick must not be called.
      if (!subscribers.has(subscriber)) continue;
      try {
        subscriber.onTick();
      } catch (error) {
        failure ??= { error };
      }
    }
    schedule();
    if (failure) throw failure.error;
  }

  const onVisibilityChange = (): void => {
    if (visibility?.visibilityState === 'visible') {
      cancel();
      tick();
    }
  };

  const start = (): void => {
    visibility =
      options.visibility !== undefined
        ? options.visibility
        : typeof document === 'undefined'
          ? null
          : document;
    visibility?.addEventListener('visibilitychange', onVisibilityChange);
  };

  const stop = (): void => {
    cancel();
    visibility?.removeEventListener('visibilitychange', onVisibilityChange);
    visibility = null;
  };

  return {
    subscribe(onTick, nextDelayMs) {
      const subscriber: Subscriber = { onTick, nextDelayMs };
      if (subscribers.size === 0) start();
      subscribers.add(subscriber);
      // Keep the pending timer unless this subscriber needs an earlier tick.
      if (!scheduled || now() + delayOf(subscriber) < dueAt) schedule();
      return () => {
        if (subscribers.delete(subscriber) && subscribers.size === 0) stop();
      };
    },
    get size() {
      return subscribers.size;
    },
  };
}

let pageTicker: Ticker | undefined;

/** The page-wide ticker every `useCooldown` shares, created on first use. */
export function getDefaultTicker(): Ticker {
  pageTicker ??= createTicker();
  return pageTicker;
}
