/**
 * Cross-tab plumbing of the cooldown store: `storage` events (other tabs writing the same
 * localStorage) and a `BroadcastChannel` (other tabs, and other stores in this tab, even
 * when storage is unusable).
 *
 * Messages are untrusted input: any script of the origin can post on the channel. They are
 * checked for shape, types and sizes here; a start carries a duration of at most
 * `MAX_COOLDOWN_MS` and its time left relative to now (never a wall-clock deadline, which a
 * forger could put a day ahead), and the store never lets a message clear a cooldown it
 * started itself.
 *
 * @internal Used by the cooldown store only.
 */

import { isCooldownTag } from './bucket.js';
import { tagOfId } from './codec.js';
import { MAX_COOLDOWN_MS } from './window.js';

/** Where `storage` events come from: `window` in a browser. */
export interface CooldownStorageEventTarget {
  /** Starts listening. */
  addEventListener(type: 'storage', listener: (event: Event) => void): void;
  /** Stops listening. */
  removeEventListener(type: 'storage', listener: (event: Event) => void): void;
}

/** The part of a `BroadcastChannel` the store uses. */
export interface CooldownBroadcastChannel {
  /** Sends a message to every other channel of the same name. */
  postMessage(message: unknown): void;
  /** Starts listening. */
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  /** Stops listening. */
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  /** Releases the channel. */
  close(): void;
}

/** Opens a channel by name, like `(name) => new BroadcastChannel(name)`. */
export type CooldownBroadcastChannelFactory = (name: string) => CooldownBroadcastChannel;

/** What one store tells the others when it changes a cooldown. */
export type CooldownMessage =
  | {
      op: 'start';
      /** The new cooldown's id, `<tag>:<nonce>`. */
      id: string;
      /** Its full duration, ms. */
      durationMs: number;
      /** Time it had left when posted, ms (0 < remainingMs <= durationMs). */
      remainingMs: number;
    }
  | { op: 'clear'; tag: string }
  | { op: 'clearAll' };

const FORMAT_VERSION = 2;

interface Envelope {
  v: typeof FORMAT_VERSION;
  from: string;
  message: CooldownMessage;
}

/** Settings of {@link createCooldownSync}. */
export interface CooldownSyncOptions {
  /** Channel name. */
  name: string;
  /** True for a storage key of this store: only events for those count. */
  isOwnStorageKey: (key: string) => boolean;
  /** Source of `storage` events, `null` for none; looked up when connecting. */
  storageEvents: () => CooldownStorageEventTarget | null;
  /** Opens the broadcast channel, or `null` when there is none. */
  openChannel: () => CooldownBroadcastChannel | null;
  /** The storage the store writes, to ignore events from another storage area. */
  storageArea: () => unknown;
  /** Another tab wrote storage: re-read it. */
  onStorageChange: () => void;
  /** Another store broadcast a change. */
  onMessage: (message: CooldownMessage) => void;
}

/** Listens while connected; posts at any time. Never throws. */
export interface CooldownSync {
  /** Starts listening to `storage` events and the channel (first store subscriber). */
  connect(): void;
  /** Stops listening and closes the channel (last store subscriber gone). */
  disconnect(): void;
  /** Tells other stores about a change. */
  post(message: CooldownMessage): void;
}

/** @internal Wires a store to other tabs; see {@link CooldownSyncOptions}. */
export function createCooldownSync(options: CooldownSyncOptions): CooldownSync {
  // Tells our own messages apart, should a channel ever echo them back.
  const id = Math.random().toString(36).slice(2);
  let channel: CooldownBroadcastChannel | null = null;
  let events: CooldownStorageEventTarget | null = null;

  const onStorage = (event: Event): void => {
    // Read defensively: injected targets may dispatch plain events.
    const { key, storageArea: area } = event as Partial<Pick<StorageEvent, 'key' | 'storageArea'>>;
    // `key: null` means the whole storage was cleared, which includes our entry.
    if (typeof key === 'string' && !options.isOwnStorageKey(key)) return;
    if (area !== null && area !== undefined && area !== options.storageArea()) return;
    options.onStorageChange();
  };

  const onChannelMessage = (event: { readonly data: unknown }): void => {
    const message = readEnvelope(event.data, id);
    if (message) options.onMessage(message);
  };

  const open = (): CooldownBroadcastChannel | null => {
    try {
      return options.openChannel();
    } catch {
      return null;
    }
  };

  return {
    connect() {
      events = options.storageEvents();
      events?.addEventListener('storage', onStorage);
      channel = open();
      channel?.addEventListener('message', onChannelMessage);
    },
    disconnect() {
      events?.removeEventListener('storage', onStorage);
      events = null;
      if (channel) {
        channel.removeEventListener('message', onChannelMessage);
        safeClose(channel);
        channel = null;
      }
    },
    post(message) {
      // Without listeners there is no open channel; a short-lived one delivers just as well,
      // and closing it at once keeps Node (tests, SSR) from holding the process open.
      const target = channel ?? open();
      if (!target) return;
      try {
        target.postMessage({ v: FORMAT_VERSION, from: id, message } satisfies Envelope);
      } catch {
        // A channel that cannot post only costs cross-tab freshness.
      }
      if (target !== channel) safeClose(target);
    },
  };
}

function safeClose(channel: CooldownBroadcastChannel): void {
  try {
    channel.close();
  } catch {
    // Already closed.
  }
}

/** The message of a well-formed envelope from another store, else `null`. */
function readEnvelope(data: unknown, ownId: string): CooldownMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { v, from, message } = data as Partial<Record<keyof Envelope, unknown>>;
  if (v !== FORMAT_VERSION || typeof from !== 'string' || from.length > 64 || from === ownId) {
    return null;
  }
  return parseMessage(message);
}

/** A well-formed message about a plausible cooldown; anything else is foreign or forged. */
export function parseMessage(value: unknown): CooldownMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Partial<Record<string, unknown>>;
  switch (message.op) {
    case 'start': {
      const { id, durationMs, remainingMs } = message;
      if (tagOfId(id) === null || !isDuration(durationMs) || !isDuration(remainingMs)) return null;
      if (remainingMs > durationMs) return null;
      return { op: 'start', id: id as string, durationMs, remainingMs };
    }
    case 'clear':
      return isCooldownTag(message.tag) ? { op: 'clear', tag: message.tag } : null;
    case 'clearAll':
      return { op: 'clearAll' };
    default:
      return null;
  }
}

function isDuration(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_COOLDOWN_MS
  );
}
