// Injectable stand-ins for the clock, storage, `storage` events and BroadcastChannel, so the
// cooldown tests need no monkey-patching of globals.
import {
  type CooldownBroadcastChannel,
  type CooldownBroadcastChannelFactory,
  type CooldownStorage,
  type CooldownStoreOptions,
  createCooldownStore,
} from '../../src/core/cooldown/store.js';
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

/** An in-memory store with no cross-tab plumbing: no storage, no events, no BroadcastChannel. */
export function isolatedStore(options: CooldownStoreOptions = {}) {
  return createCooldownStore({
    storage: null,
    storageEvents: null,
    broadcastChannel: false,
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
  };
  return { storage, data, raw: () => [...data.entries()].map(([k, v]) => `${k}=${v}`).join('\n') };
}

/** A storage whose chosen methods throw, counting every call. */
export function throwingStorage(
  failing: readonly (keyof CooldownStorage)[] = ['getItem', 'setItem', 'removeItem'],
) {
  const inner = memoryStorage();
  const calls = { getItem: 0, setItem: 0, removeItem: 0 };
  const wrap =
    <A extends unknown[], R>(name: keyof CooldownStorage, fn: (...args: A) => R) =>
    (...args: A): R => {
      calls[name] += 1;
      if (failing.includes(name)) throw new DOMException('denied', 'SecurityError');
      return fn(...args);
    };
  const storage: CooldownStorage = {
    getItem: wrap('getItem', inner.storage.getItem),
    setItem: wrap('setItem', inner.storage.setItem),
    removeItem: wrap('removeItem', inner.storage.removeItem),
  };
  return { storage, calls, data: inner.data };
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
