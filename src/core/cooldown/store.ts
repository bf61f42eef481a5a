import { loadSendPath } from '../send-path/load-send-path.js';
import { appCooldownNamespace, type CooldownApp } from './app-namespace.js';
import { cooldownTag } from './bucket.js';
import {
  cooldownId,
  decodeCooldown,
  encodeCooldown,
  itemPrefix,
  legacyStorageKey,
  newNonce,
  tagOfId,
} from './codec.js';
import type { SendCoordinator } from './locks.js';
import {
  type CooldownClocks,
  type CooldownRecord,
  type CooldownRecords,
  endsAtFromWall,
  longestFor,
  pruneExpired,
  remainingOf,
} from './records.js';
import {
  type CooldownLocks,
  defaultLocks,
  type SendTurn,
  UNCOORDINATED_TURN,
} from './send-turn.js';
import {
  type CooldownBroadcastChannel,
  type CooldownBroadcastChannelFactory,
  type CooldownMessage,
  type CooldownStorageEventTarget,
  createCooldownSync,
} from './sync.js';
import { currentTask, endTask } from './task.js';
import { MAX_COOLDOWN_MS } from './window.js';

export type { CooldownApp } from './app-namespace.js';
export type { CooldownLockOptions, CooldownLocks, SendTurn } from './send-turn.js';
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
  /** Number of items, to list them. */
  readonly length: number;
  /** Name of the item at `index`, to list them. */
  key(index: number): string | null;
}

/** Settings of {@link createCooldownStore}. Everything that varies can be injected. */
export interface CooldownStoreOptions {
  /** The wall clock, epoch ms: what is persisted and shared with other tabs. @default Date.now */
  now?: () => number;
  /**
   * A monotonic clock in ms (any origin) that counts cooldowns down, so a wall clock set back
   * or forward does not change a running cooldown.
   * @default performance.now when `now` is not given, else `now`
   */
  monotonic?: () => number;
  /**
   * Where deadlines persist. `null` keeps them in memory only. Any call that throws
   * (Safari private mode, quota, storage disabled) switches the store to memory for good.
   * @default window.localStorage when it can be reached, else memory only
   */
  storage?: CooldownStorage | null;
  /** Prefix of the storage items (`<namespace>:cd:...`), the broadcast channel and the locks. @default 'genauth-sms' */
  namespace?: string;
  /** Source of `storage` events from other tabs; `null` for none. @default window in a browser */
  storageEvents?: CooldownStorageEventTarget | null;
  /**
   * Opens the `BroadcastChannel` that tells other tabs (and other stores in this tab) about
   * changes; `false` for none.
   * @default (name) => new BroadcastChannel(name), when BroadcastChannel exists
   */
  broadcastChannel?: CooldownBroadcastChannelFactory | false;
  /**
   * Web Locks, so that one send per key runs at a time across tabs and stores; `null` for none
   * (then only calls on this store are joined).
   * @default navigator.locks, unless the store shares nothing (`storage: null` and `broadcastChannel: false`)
   */
  locks?: CooldownLocks | null;
}

/**
 * Cooldown deadlines keyed by {@link cooldownKey}, kept outside React. A cooldown is a start
 * time and a duration, never a counter, so the remaining time is always computed from the
 * clock and cannot drift while a tab sleeps.
 */
export interface CooldownStore {
  /** Starts (or restarts, replacing any current one) a cooldown; `durationMs <= 0` clears it. Capped at 10 min. */
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
   * {@link CooldownStore.remainingMs}, {@link CooldownStore.durationMs} and
   * {@link CooldownStore.deadline} of `key` from one read of storage, at one instant: what a
   * countdown reads on every tick. Optional for custom stores (`readCountdown` then makes the
   * three calls).
   */
  read?(key: string): CooldownReadout;
  /**
   * Calls `listener` whenever a cooldown is started or cleared, here or in another tab.
   * Expiry is not an event: read {@link CooldownStore.remainingMs} on a ticker for that.
   * @returns A function that unsubscribes.
   */
  subscribe(listener: () => void): () => void;
  /**
   * Runs `task` as the only sender of `key` among every tab and store of this namespace (Web
   * Locks), for `requestCode`; without locks it just runs it. Optional for custom stores.
   */
  runExclusive?<T>(key: string, task: (turn: SendTurn) => Promise<T>): Promise<T>;
}

/** A cooldown as {@link CooldownStore.read} sees it at one instant. */
export interface CooldownReadout {
  /** Milliseconds left; `0` when not cooling down. Never more than `durationMs`. */
  readonly remainingMs: number;
  /** The duration the cooldown was started with; `0` when inactive. */
  readonly durationMs: number;
  /** Epoch ms at which it ends; `null` when inactive. */
  readonly deadline: number | null;
}

const INACTIVE: CooldownReadout = { remainingMs: 0, durationMs: 0, deadline: null };

/** Namespace used when none is given. */
export const DEFAULT_COOLDOWN_NAMESPACE = 'genauth-sms';

/** Longest a listing of storage is reused, in ms of the store's monotonic clock. */
const LISTING_MS = 100;

/** Most cooldowns learned from messages a memory-only store keeps: a flood cannot grow it. */
const MAX_REMOTE_RECORDS = 128;

/**
 * Creates a cooldown store. Nothing global is touched until the store is first used, so
 * creating one during SSR is safe.
 *
 * Persisted as one item per cooldown, `<namespace>:cd:<tag>:<nonce>` = `{"s":startedAt,"d":durationMs}`,
 * where the tag keeps 12 bits of the number (see the README): the number is never stored.
 *
 * @example
 * const store = createCooldownStore();
 * store.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 60_000);
 */
export function createCooldownStore(options: CooldownStoreOptions = {}): CooldownStore {
  const namespace = options.namespace ?? DEFAULT_COOLDOWN_NAMESPACE;
  const wall = options.now ?? (() => Date.now());
  const clocks: CooldownClocks = {
    wall,
    monotonic: options.monotonic ?? options.now ?? defaultMonotonic,
  };
  const prefix = itemPrefix(namespace);
  const legacyKey = legacyStorageKey(namespace);
  const channelName = `${namespace}:cooldowns`;
  // `undefined` until first use: the default storage is looked up lazily (SSR, sandboxes).
  let storage: CooldownStorage | null | undefined = options.storage;
  // What storage holds, as last read, or the only copy once storage is unusable.
  const records: CooldownRecords = new Map();
  const listeners = new Set<() => void>();
  // Wall time of this store's last clear, per tag and of everything: older send markers are void.
  const clearedAt = new Map<string, number>();
  let clearedAllAt = Number.NEGATIVE_INFINITY;

  const tags = new Map<string, string>();
  const tagOf = (key: string): string => {
    let tag = tags.get(key);
    if (tag === undefined) {
      if (tags.size > 256) tags.clear();
      tag = cooldownTag(key, namespace);
      tags.set(key, tag);
    }
    return tag;
  };

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

  /** This namespace's items by id; items of the old one-value format are dropped on sight. */
  const listStored = (target: CooldownStorage): Map<string, string> => {
    const names: string[] = [];
    // `length` is a call into the browser's storage too: read once, nothing changes it here.
    const count = target.length;
    for (let index = 0; index < count; index += 1) {
      const name = target.key(index);
      if (name !== null && (name.startsWith(prefix) || name === legacyKey)) names.push(name);
    }
    const found = new Map<string, string>();
    for (const name of names) {
      // Version 1 held 64-bit hashes, enough to recover a number: never keep it.
      if (name === legacyKey) target.removeItem(name);
      else {
        const raw = target.getItem(name);
        if (raw !== null) found.set(name.slice(prefix.length), raw);
      }
    }
    return found;
  };

  const removeStored = (ids: readonly string[]): void => {
    if (ids.length === 0) return;
    tryStorage((target) => {
      for (const id of ids) target.removeItem(prefix + id);
    });
  };

  // Listing storage reads every item of the origin, and every countdown of the page reads on
  // the same tick, then again when React renders what the tick changed (a microtask of the
  // same task): list once per task (see ./task.ts). Another tab's write arrives as an event or
  // a message, each a task of its own, and ends the listing; a write by any store of this page
  // ends every store's listing at once. A listing never outlives LISTING_MS of this store's
  // clock either, so a task that spans seconds (fake timers run many ticks in one) still
  // lists once per second.
  let listedIn: object | null = null;
  let listedAt = 0;
  const listOncePerTask = (target: CooldownStorage, at: number): Map<string, string> | null => {
    const task = currentTask();
    if (listedIn === task && at >= listedAt && at - listedAt < LISTING_MS) return null;
    listedIn = task;
    listedAt = at;
    return listStored(target);
  };

  /** Ends every listing of the page but this store's own: its records already hold its write. */
  const wrote = (): void => {
    const current = listedIn === currentTask();
    endTask();
    if (current) listedIn = currentTask();
  };

  /** Brings the records up to date with storage, then drops (and deletes) what has run out. */
  const refresh = (): number => {
    const at = monotonicNow();
    const wallNow = clocks.wall();
    const listed = tryStorage((target) => listOncePerTask(target, at));
    if (listed?.value) {
      const stored = listed.value;
      const foreign: string[] = [];
      for (const id of records.keys()) if (!stored.has(id)) records.delete(id);
      for (const [id, raw] of stored) {
        const known = records.get(id);
        if (known?.raw === raw) continue;
        const tag = tagOfId(id);
        const cooldown = decodeCooldown(raw);
        if (tag === null || cooldown === null) {
          records.delete(id);
          foreign.push(id);
          continue;
        }
        const { startedAt, durationMs } = cooldown;
        const endsAt = endsAtFromWall(startedAt, durationMs, wallNow, at);
        records.set(id, { tag, startedAt, durationMs, endsAt, own: known?.own ?? false, raw });
      }
      removeStored(foreign);
    }
    // Each item is written once, so deleting an expired one can never erase a newer start.
    const expired = pruneExpired(records, at);
    if (listed) removeStored(expired);
    return at;
  };

  // A "monotonic" clock that went back is the wall clock standing in for one (an injected
  // `now`, or no `performance`): count the jump as no time at all, so the cooldowns keep
  // exactly what they had left.
  let lastMonotonic = Number.NEGATIVE_INFINITY;
  const monotonicNow = (): number => {
    const at = clocks.monotonic();
    if (at < lastMonotonic) {
      const shift = at - lastMonotonic;
      for (const [id, record] of records)
        records.set(id, { ...record, endsAt: record.endsAt + shift });
    }
    lastMonotonic = at;
    return at;
  };

  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const dropWhere = (matches: (record: CooldownRecord) => boolean): string[] => {
    const ids = [...records].filter(([, record]) => matches(record)).map(([id]) => id);
    for (const id of ids) records.delete(id);
    return ids;
  };

  /** A message from another store, applied only when there is no shared storage to read. */
  const applyRemote = (message: CooldownMessage): void => {
    if (message.op === 'clearAll') dropWhere((record) => !record.own);
    else if (message.op === 'clear')
      dropWhere((record) => !record.own && record.tag === message.tag);
    else {
      const tag = tagOfId(message.id);
      let remote = 0;
      for (const record of records.values()) if (!record.own) remote += 1;
      if (tag === null || records.has(message.id) || remote >= MAX_REMOTE_RECORDS) return;
      const { durationMs, remainingMs } = message;
      records.set(message.id, {
        tag,
        startedAt: clocks.wall() - (durationMs - remainingMs),
        durationMs,
        endsAt: monotonicNow() + remainingMs,
        own: false,
      });
    }
  };

  const sync = createCooldownSync({
    name: channelName,
    isOwnStorageKey: (key) => key.startsWith(prefix) || key === legacyKey,
    storageEvents: () =>
      options.storageEvents !== undefined ? options.storageEvents : defaultStorageEvents(),
    openChannel: () => openChannel(options.broadcastChannel, channelName),
    storageArea: () => usableStorage(),
    onStorageChange: () => {
      listedIn = null;
      notify();
    },
    onMessage: (message) => {
      // With shared storage the sender already wrote it: storage is read, never the message.
      // (A store of another copy of the kit on this page writes without a storage event.)
      listedIn = null;
      if (!usableStorage()) applyRemote(message);
      notify();
    },
  });

  /** The cooldown of `key` as it stands now, in one read of storage. */
  const read = (key: string): CooldownReadout => {
    const at = refresh();
    const record = longestFor(records, tagOf(key), at);
    if (!record) return INACTIVE;
    const remainingMs = remainingOf(record, at);
    return { remainingMs, durationMs: record.durationMs, deadline: clocks.wall() + remainingMs };
  };

  const clear = (key: string): void => {
    const tag = tagOf(key);
    // A clear must reach every item of the key, those of other tabs too: list first.
    refresh();
    wrote();
    removeStored(dropWhere((record) => record.tag === tag));
    clearedAt.set(tag, clocks.wall());
    notify();
    sync.post({ op: 'clear', tag });
  };

  let locks: CooldownLocks | null | undefined;
  const sendLocks = (): CooldownLocks | null => {
    if (locks !== undefined) return locks;
    const isolated = options.storage === null && options.broadcastChannel === false;
    locks = options.locks !== undefined ? options.locks : isolated ? null : defaultLocks();
    return locks;
  };
  // Made on the first send, with the send path that holds it.
  let coordinator: SendCoordinator | undefined;

  // Plain closures, not `this`-bound methods: `const { start } = store` must keep working.
  return {
    start(key, durationMs) {
      if (!(durationMs > 0)) return clear(key);
      const duration = Math.min(durationMs, MAX_COOLDOWN_MS);
      const tag = tagOf(key);
      // A restart replaces the cooldowns of this key that this store knows (server re-sync):
      // those of its last read (another tab's write makes every listener read again). No
      // listing: a start touches only this key's items, whatever else the origin stores.
      removeStored(dropWhere((record) => record.tag === tag));
      const id = cooldownId(tag, newNonce());
      const startedAt = clocks.wall();
      const raw = encodeCooldown({ startedAt, durationMs: duration });
      const endsAt = monotonicNow() + duration;
      records.set(id, { tag, startedAt, durationMs: duration, endsAt, own: true, raw });
      wrote();
      tryStorage((target) => target.setItem(prefix + id, raw));
      notify();
      sync.post({ op: 'start', id, durationMs: duration, remainingMs: duration });
    },
    clear,
    clearAll() {
      refresh();
      wrote();
      removeStored(dropWhere(() => true));
      clearedAllAt = clocks.wall();
      notify();
      sync.post({ op: 'clearAll' });
    },
    remainingMs: (key) => read(key).remainingMs,
    durationMs: (key) => read(key).durationMs,
    deadline: (key) => read(key).deadline,
    read,
    subscribe(listener) {
      // Cross-tab listeners exist only while someone listens, so idle stores leak nothing.
      if (listeners.size === 0) sync.connect();
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) sync.disconnect();
      };
    },
    runExclusive(key, task) {
      const shared = sendLocks();
      if (!shared) return task(UNCOORDINATED_TURN);
      const tag = tagOf(key);
      return loadSendPath().then((path) => {
        coordinator ??= path.createSendCoordinator({ locks: shared, namespace, wall: clocks.wall });
        return coordinator.run(tag, Math.max(clearedAt.get(tag) ?? -1, clearedAllAt), task);
      });
    },
  };
}

function defaultMonotonic(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();
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
/** One store per app namespace, for as long as the page lives: a page hosts few apps. */
const appStores = new Map<string, CooldownStore>();

/**
 * The default store: created on first call, over `localStorage`, shared across tabs. With an
 * `app` (what `<GenAuthProvider>` passes: its client), the store of that app alone, under the
 * namespace `genauth-sms@<hash of app host and App ID>`: GenAuth limits sends per app, so
 * another app's send on the same origin never holds this one's users back, while every
 * provider, tab and reload of one app shares its cooldowns. Without `app`, the page-wide store
 * of the `genauth-sms` namespace, used by hooks outside any provider. On the server every call
 * returns a fresh memory-only store, so no state can leak from one request to another.
 *
 * @example const store = getDefaultCooldownStore({ appId: 'YOUR_APP_ID', appHost: 'my-app.genauth.ai' });
 */
export function getDefaultCooldownStore(app?: CooldownApp): CooldownStore {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return createCooldownStore({ storage: null, storageEvents: null, broadcastChannel: false });
  }
  if (!app) {
    pageStore ??= createCooldownStore();
    return pageStore;
  }
  const namespace = appCooldownNamespace(DEFAULT_COOLDOWN_NAMESPACE, app);
  let store = appStores.get(namespace);
  if (!store) {
    store = createCooldownStore({ namespace });
    appStores.set(namespace, store);
  }
  return store;
}
