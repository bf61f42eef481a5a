import type { SmsChannel } from '../api/channels.js';
import {
  type CodeClock,
  DEFAULT_CODE_LIFETIME_MS,
  defaultCodeClock,
  isCodeUsable,
} from './clock.js';
import { decodeRecord, encodeRecord, type FlowResumeRecord } from './record.js';

/** Options of {@link createFlowResumeStore}. */
export interface FlowResumeStoreOptions {
  /**
   * Where records live. `null` keeps them in memory (this page only).
   * @default localStorage when it can be read, else memory
   */
  storage?: RecordStorage | null | undefined;
  /** The clock. @default Date.now */
  now?: (() => number) | undefined;
  /**
   * How long a sent code stays usable, in ms: a record older than that is dropped. GenAuth's
   * SMS codes last a few minutes; the mock's last 5.
   * @default 300_000
   */
  codeLifetimeMs?: number | undefined;
  /** Prefix of the storage keys. @default 'genauth-sms-react:resume' */
  namespace?: string | undefined;
}

/** Remembers, per flow and app, the code step a user can come back to. */
export interface FlowResumeStore {
  /**
   * The flow's record while its code can still be used; `null` when there is none, it expired,
   * it was written by a clock far ahead of ours, or it is not a record this kit writes.
   */
  read(flow: string, scope: string): FlowResumeRecord | null;
  /** Remembers that a code went to `phone` on `channel` now. */
  save(flow: string, scope: string, channel: SmsChannel, phone: string): void;
  /** Forgets the flow's record (success, "use another number", a spent or refused code). */
  clear(flow: string, scope: string): void;
  /** Forgets every record of this store's namespace (a "reset demo", a sign-out). */
  clearAll(): void;
  /**
   * The clock its records are aged by. The flows age the code they remember in the page (after
   * "use another number") by it too. A store without one is aged by `Date.now` and 5 minutes.
   */
  readonly clock?: CodeClock | undefined;
}

/** What the store needs of a Storage (`key` and `length` only for `clearAll`). */
export type RecordStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

/** localStorage, or `null` where reading it throws (disabled storage, sandboxed frames, SSR). */
function defaultStorage(): RecordStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** A Storage in memory, for pages without one. */
function memoryStorage(): RecordStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/**
 * A store of resumable code steps. Storage that throws (quota, privacy mode) degrades to
 * "nothing to resume", never to an error; records from other scripts are validated.
 * @example
 * const resume = createFlowResumeStore({ storage: sessionStorage });
 * <PhoneSignIn resumeStore={resume} />
 */
export function createFlowResumeStore(options: FlowResumeStoreOptions = {}): FlowResumeStore {
  const clock: CodeClock = {
    now: options.now ?? defaultCodeClock.now,
    codeLifetimeMs: options.codeLifetimeMs ?? DEFAULT_CODE_LIFETIME_MS,
  };
  const namespace = options.namespace ?? 'genauth-sms-react:resume';
  // Looked up at first use, not at creation: a store made at import time must not touch
  // localStorage on the server.
  let storage: RecordStorage | undefined;
  const target = () => {
    if (storage === undefined) {
      storage =
        options.storage === undefined
          ? (defaultStorage() ?? memoryStorage())
          : (options.storage ?? memoryStorage());
    }
    return storage;
  };
  const keyOf = (flow: string, scope: string) => `${namespace}:${flow}:${scope}`;

  const clear = (flow: string, scope: string) => {
    try {
      target().removeItem(keyOf(flow, scope));
    } catch {
      // Nothing to do: a record we cannot remove is one we cannot read either, or it expires.
    }
  };

  return {
    read(flow, scope) {
      let text: string | null;
      try {
        text = target().getItem(keyOf(flow, scope));
      } catch {
        return null;
      }
      const record = decodeRecord(flow, text);
      if (!record) return null;
      if (!isCodeUsable(record.sentAt, clock)) {
        clear(flow, scope);
        return null;
      }
      return record;
    },
    save(flow, scope, channel, phone) {
      try {
        target().setItem(
          keyOf(flow, scope),
          encodeRecord({ flow, channel, phone, sentAt: clock.now() }),
        );
      } catch {
        // Quota or privacy mode: the flow still works, it just cannot be resumed after a reload.
      }
    },
    clear,
    clock,
    clearAll() {
      try {
        const items = target();
        const prefix = `${namespace}:`;
        for (let index = (items.length ?? 0) - 1; index >= 0; index -= 1) {
          const key = items.key?.(index);
          if (key?.startsWith(prefix)) items.removeItem(key);
        }
      } catch {
        // Storage that cannot be listed keeps its records until they expire.
      }
    },
  };
}

let pageStore: FlowResumeStore | undefined;

/** The page-wide store the flows use by default (localStorage, made at first use). */
export function getDefaultFlowResumeStore(): FlowResumeStore {
  pageStore ??= createFlowResumeStore();
  return pageStore;
}
