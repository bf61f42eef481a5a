import { isRecord } from './rules.js';

/** The part of the Web Storage API the mock saves to; `localStorage` and `sessionStorage` fit. */
export interface GenAuthMockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where `storage` events come from (`window`): how other tabs' changes reach this mock. */
export interface GenAuthMockStorageEventTarget {
  /** Starts listening. */
  addEventListener(type: 'storage', listener: (event: Event) => void): void;
}

/** How a mock keeps its state (outbox, rate windows, codes, users, tokens...) across reloads. */
export interface GenAuthMockPersistOptions {
  /**
   * Where the state is saved after every change and re-read before every request, so mocks in
   * other tabs (and after a reload) share it. `localStorage` makes one "server" for every tab
   * of the origin; `sessionStorage` one per tab.
   */
  storage: GenAuthMockStorage;
  /** The storage key. @default 'genauth-sms-mock:state' */
  key?: string | undefined;
  /**
   * A saved state not changed for this long is dropped, so a demo left overnight starts fresh
   * (localStorage alone would keep it forever). @default 3600000 (1 h)
   */
  maxAgeMs?: number | undefined;
  /**
   * Source of `storage` events: other tabs' sends then reach this mock's `subscribe` listeners
   * at once instead of on its next request. @default none
   */
  storageEvents?: GenAuthMockStorageEventTarget | null | undefined;
}

/**
 * A part of the mock's state that is not plain JSON data (a store with a private index): it
 * turns itself into JSON data and back. `restore` throws on data it cannot use.
 */
export interface PersistablePart {
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

/** Saves and restores a mock's whole state. */
export interface MockPersistence {
  /** Brings the state up to date with storage (another tab's or a previous page's changes). */
  load(): void;
  /** Saves the state. */
  save(): void;
  /** Forgets the saved state (`reset()`). */
  forget(): void;
}

const DEFAULT_KEY = 'genauth-sms-mock:state';
const DEFAULT_MAX_AGE_MS = 60 * 60_000;
const VERSION = 1;

interface SavedState {
  v: typeof VERSION;
  savedAt: number;
  state: Record<string, unknown>;
}

function isPersistablePart(value: unknown): value is PersistablePart {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PersistablePart).snapshot === 'function' &&
    typeof (value as PersistablePart).restore === 'function'
  );
}

function holdsFunctions(value: unknown): boolean {
  if (typeof value === 'function') return true;
  return isRecord(value) && Object.values(value).some((entry) => typeof entry === 'function');
}

/** Plain JSON data of the same shape (object or array) as `current`, else throws. */
function plainData(name: string, current: unknown, saved: unknown): unknown {
  const sameShape = Array.isArray(current)
    ? Array.isArray(saved)
    : isRecord(current)
      ? isRecord(saved)
      : typeof saved === typeof current;
  if (!sameShape) throw new Error(`genauth mock: saved "${name}" has the wrong shape`);
  return saved;
}

/**
 * Persists every field of `state` except `config` ones, generically: a field is either a
 * {@link PersistablePart} or plain JSON data (saved and replaced as it is), so a field added to
 * the state later is saved without touching this code. A field holding functions that is
 * neither is refused on the first save rather than silently lost.
 *
 * Another tab's save is picked up on the next `load()`; a saved state that is unreadable,
 * expired, or lacks a field is dropped and the state goes back to its start (`clear`). A write
 * the storage refuses (quota full) keeps the state in memory; it is never lost to an older save.
 */
export function createMockPersistence(input: {
  state: object;
  config: readonly string[];
  now: () => number;
  clear: () => void;
  options: GenAuthMockPersistOptions;
}): MockPersistence {
  const { now, clear, options } = input;
  const state = input.state as Record<string, unknown>;
  const key = options.key ?? DEFAULT_KEY;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const fields = () => Object.keys(state).filter((name) => !input.config.includes(name));
  // The raw text this mock last wrote or read: unchanged storage needs no JSON.parse.
  let lastRaw: string | null = null;

  const snapshot = (): Record<string, unknown> => {
    const data: Record<string, unknown> = {};
    for (const name of fields()) {
      const part = state[name];
      if (isPersistablePart(part)) data[name] = part.snapshot();
      else if (holdsFunctions(part)) {
        throw new Error(
          `genauth mock: state "${name}" is neither plain data nor a PersistablePart`,
        );
      } else data[name] = part;
    }
    return data;
  };

  const parse = (raw: string): SavedState | null => {
    try {
      const saved: unknown = JSON.parse(raw);
      if (!isRecord(saved) || saved.v !== VERSION || typeof saved.savedAt !== 'number') return null;
      if (!isRecord(saved.state)) return null;
      return saved as unknown as SavedState;
    } catch {
      return null;
    }
  };

  const restore = (saved: SavedState): boolean => {
    const names = fields();
    if (!names.every((name) => name in saved.state)) return false;
    try {
      for (const name of names) {
        const part = state[name];
        if (isPersistablePart(part)) part.restore(saved.state[name]);
        else state[name] = plainData(name, part, saved.state[name]);
      }
      return true;
    } catch {
      return false;
    }
  };

  const tryStorage = <T>(call: () => T): T | undefined => {
    try {
      return call();
    } catch {
      return undefined; // Storage that throws (quota, disabled) leaves the mock in memory.
    }
  };

  const load = (): void => {
    const raw = tryStorage(() => options.storage.getItem(key)) ?? null;
    if (raw === lastRaw) return;
    lastRaw = raw;
    if (raw === null) {
      clear(); // Another tab reset the demo, or the saved state expired there.
      return;
    }
    const saved = parse(raw);
    if (saved && now() - saved.savedAt <= maxAgeMs && restore(saved)) return;
    clear();
    forget();
  };

  const save = (): void => {
    const raw = JSON.stringify({ v: VERSION, savedAt: now(), state: snapshot() });
    try {
      options.storage.setItem(key, raw);
      lastRaw = raw;
    } catch {
      // Not saved (quota, disabled): the state lives on in memory. Take what storage holds as
      // already read, so the next load() keeps memory instead of restoring an older save or,
      // with nothing saved, clearing the codes, outbox and rate windows.
      lastRaw = tryStorage(() => options.storage.getItem(key)) ?? null;
    }
  };

  const forget = (): void => {
    lastRaw = null;
    tryStorage(() => options.storage.removeItem(key));
  };

  // Another tab's send reaches this tab's outbox subscribers now, not on the next request.
  // (The listener lives as long as the page: a mock is made once per page.)
  options.storageEvents?.addEventListener('storage', (event) => {
    const changed = (event as Partial<StorageEvent>).key; // null: the whole storage was cleared
    if (changed === key || changed === null) load();
  });

  return { load, save, forget };
}
