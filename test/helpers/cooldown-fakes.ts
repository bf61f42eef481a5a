// Injectable stand-ins for the clock, storage, `storage` events, BroadcastChannel and Web
// Locks, so the cooldown tests need no monkey-patching of globals.
import type { CooldownLocks } from '../../src/core/cooldown/locks.js';
import {
  type CooldownBroadcastChannel,
  type CooldownBroadcastChannelFactory,
  type CooldownStorage,
  type CooldownStoreOptions,
  createCooldownStore,
} from '../../src/core/cooldown/store.js';
import { endTask } from '../../src/core/cooldown/task.js';
import type { TickerTimers } from '../../src/core/cooldown/ticker.js';

/** A settable clock. */
export function fakeClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    set: (value: number) => {
      time = value;
    },
    advance: (ms: number) => {
      time += ms;
    },
  };
}

/**
 * An in-memory store with no cross-tab plumbing: no storage, no events, no BroadcastChannel, no
 * locks. Its only clock is `Date.now` (so `vi.setSystemTime` moves its cooldowns, as elapsed
 * time would) unless the test injects clocks; test/unit/core/cooldown/clocks.test.ts covers a
 * wall clock and a monotonic one moving apart.
 */
export function isolatedStore(options: CooldownStoreOptions = {}) {
  return createCooldownStore({
    storage: null,
    storageEvents: null,
    broadcastChannel: false,
    locks: null,
    now: () => Date.now(),
    ...options,
  });
}

/**
 * One origin's localStorage shared by several "tabs". A write through one tab's view fires a
 * `storage` event in every other tab, like a browser does (never in the writing tab).
 */
export function sharedStorage() {
  const data = new Map<string, string>();
  const tabs: { events: EventTarget; area: CooldownStorage }[] = [];

  function tab() {
    const events = new EventTarget();
    const area: CooldownStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        data.set(key, String(value));
        fire(area, key);
      },
      removeItem: (key) => {
        data.delete(key);
        fire(area, key);
      },
      get length() {
        return data.size;
      },
      key: (index) => [...data.keys()][index] ?? null,
    };
    tabs.push({ events, area });
    return { storage: area, events };
  }

  function fire(from: CooldownStorage, key: string) {
    for (const other of tabs) {
      if (other.area === from) continue;
      // Every tab sees the same storage area; compare with the store's own view instead.
      other.events.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: null }));
    }
  }

  return { data, tab, raw: () => [...data.entries()].map(([k, v]) => `${k}=${v}`).join('\n') };
}

/** A plain in-memory storage with its raw contents readable. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: CooldownStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
  return { storage, data, raw: () => [...data.entries()].map(([k, v]) => `${k}=${v}`).join('\n') };
}

type StorageMethod = 'getItem' | 'setItem' | 'removeItem' | 'key';

/** A storage whose chosen methods throw, counting every call. */
export function throwingStorage(
  failing: readonly StorageMethod[] = ['getItem', 'setItem', 'removeItem', 'key'],
) {
  const inner = memoryStorage();
  const calls = { getItem: 0, setItem: 0, removeItem: 0, key: 0 };
  const wrap =
    <A extends unknown[], R>(name: StorageMethod, fn: (...args: A) => R) =>
    (...args: A): R => {
      calls[name] += 1;
      if (failing.includes(name)) throw new DOMException('denied', 'SecurityError');
      return fn(...args);
    };
  const storage: CooldownStorage = {
    getItem: wrap('getItem', inner.storage.getItem),
    setItem: wrap('setItem', inner.storage.setItem),
    removeItem: wrap('removeItem', inner.storage.removeItem),
    get length() {
      return inner.storage.length;
    },
    key: wrap('key', inner.storage.key),
  };
  return { storage, calls, data: inner.data };
}

/**
 * One origin's localStorage as Chromium shares it between tabs: each tab reads and writes its
 * own cached copy at once, and the writes reach the shared backend, then the other tabs'
 * copies (with a `storage` event), only when `deliver()` runs, in the order they were made.
 * A tab ignores remote changes to a key it has itself changed and not yet delivered.
 */
export function laggyStorage() {
  const backend = new Map<string, string>();
  const tabs: { cache: Map<string, string>; events: EventTarget; pending: Set<string> }[] = [];
  const queue: { from: (typeof tabs)[number]; key: string; value: string | null }[] = [];

  function tab() {
    const self = { cache: new Map(backend), events: new EventTarget(), pending: new Set<string>() };
    tabs.push(self);
    const write = (key: string, value: string | null) => {
      if (value === null) self.cache.delete(key);
      else self.cache.set(key, value);
      self.pending.add(key);
      queue.push({ from: self, key, value });
    };
    const storage: CooldownStorage = {
      getItem: (key) => self.cache.get(key) ?? null,
      setItem: (key, value) => write(key, String(value)),
      removeItem: (key) => write(key, null),
      get length() {
        return self.cache.size;
      },
      key: (index) => [...self.cache.keys()][index] ?? null,
    };
    return { storage, events: self.events };
  }

  /** Delivers every queued write (or the first `count`) to the backend and the other tabs. */
  function deliver(count = queue.length) {
    for (const { from, key, value } of queue.splice(0, count)) {
      if (value === null) backend.delete(key);
      else backend.set(key, value);
      if (!queue.some((later) => later.from === from && later.key === key))
        from.pending.delete(key);
      for (const other of tabs) {
        if (other === from || other.pending.has(key)) continue;
        if (value === null) other.cache.delete(key);
        else other.cache.set(key, value);
        other.events.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea: null }));
      }
    }
  }

  return { tab, deliver, backend, queued: () => queue.length };
}

/**
 * Web Locks shared by every "tab" of one origin: exclusive locks granted asynchronously in
 * request order, `ifAvailable`, `signal` and `query()`, like `navigator.locks`.
 */
export function fakeLocks() {
  const held = new Set<string>();
  const waiting: { name: string; grant: () => void }[] = [];
  let requests = 0;

  const grantNext = (name: string) => {
    const index = waiting.findIndex((entry) => entry.name === name);
    if (index >= 0) waiting.splice(index, 1)[0]?.grant();
  };

  const locks: CooldownLocks = {
    request(name, options, callback) {
      requests += 1;
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.add(name);
          queueMicrotask(() => {
            Promise.resolve()
              .then(() => callback({ name }))
              .then(resolve, reject)
              .finally(() => {
                held.delete(name);
                grantNext(name);
              });
          });
        };
        const busy = held.has(name) || waiting.some((entry) => entry.name === name);
        if (!busy) return grant();
        if (options.ifAvailable) {
          queueMicrotask(() => {
            Promise.resolve()
              .then(() => callback(null))
              .then(resolve, reject);
          });
          return;
        }
        const entry = { name, grant };
        waiting.push(entry);
        options.signal?.addEventListener('abort', () => {
          const index = waiting.indexOf(entry);
          if (index < 0) return;
          waiting.splice(index, 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      });
    },
    async query() {
      return { held: [...held].map((name) => ({ name })) };
    },
  };
  return { locks, held: () => [...held], waiting: () => waiting.length, requests: () => requests };
}

/** BroadcastChannels that deliver synchronously to other open channels of the same name. */
export function fakeBroadcast() {
  type Listener = (event: { readonly data: unknown }) => void;
  const open = new Set<{ name: string; listeners: Set<Listener> }>();
  let opened = 0;
  const factory: CooldownBroadcastChannelFactory = (name) => {
    opened += 1;
    const self = { name, listeners: new Set<Listener>() };
    open.add(self);
    const channel: CooldownBroadcastChannel = {
      postMessage(data) {
        for (const other of open) {
          if (other === self || other.name !== name) continue;
          for (const listener of other.listeners) listener({ data: structuredClone(data) });
        }
      },
      addEventListener: (_type, listener) => void self.listeners.add(listener),
      removeEventListener: (_type, listener) => void self.listeners.delete(listener),
      close: () => void open.delete(self),
    };
    return channel;
  };
  /** Sends a raw message to every channel of `name`, as a foreign script could. */
  const inject = (name: string, data: unknown) => {
    for (const other of open) {
      if (other.name !== name) continue;
      for (const listener of other.listeners) listener({ data });
    }
  };
  return { factory, inject, openCount: () => open.size, openedCount: () => opened };
}

/** Timers over the real (or faked) global ones that count how many are pending at once. */
export function countingTimers() {
  const pending = new Set<unknown>();
  let created = 0;
  let maxPending = 0;
  const timers: TickerTimers = {
    setTimeout(callback, delayMs) {
      created += 1;
      const handle = globalThis.setTimeout(() => {
        pending.delete(handle);
        callback();
      }, delayMs);
      pending.add(handle);
      maxPending = Math.max(maxPending, pending.size);
      return handle;
    },
    clearTimeout(handle) {
      pending.delete(handle);
      globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]);
    },
  };
  return {
    timers,
    pending: () => pending.size,
    created: () => created,
    maxPending: () => maxPending,
    resetCounts: () => {
      created = 0;
      maxPending = pending.size;
    },
  };
}

/**
 * Ends the current task, as happens between two timers or events in a browser (each runs in
 * its own task, and the microtask queue drains in between): the store lists storage once per
 * task, so a test that changes storage behind its back reads the change after this.
 */
export function endOfTurn(): Promise<void> {
  endTask();
  return Promise.resolve();
}
