/**
 * Cross-tab plumbing of the cooldown store: `storage` events (other tabs writing the same
 * localStorage) and a `BroadcastChannel` (other tabs, and other stores in this tab, even
 * when storage is unusable).
 *
 * @internal Used by the cooldown store only.
 */

import { isCooldownHash, isValidCooldown } from './codec.js';

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
  | { op: 'start'; hash: string; startedAt: number; durationMs: number }
  | { op: 'clear'; hash: string }
  | { op: 'clearAll' };

interface Envelope {
  from: string;
  message: CooldownMessage;
}

/** Settings of {@link createCooldownSync}. */
export interface CooldownSyncOptions {
  /** Channel name and storage key: only events for it count. */
  name: string;
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
    if (key !== null && key !== undefined && key !== options.name) return;
    if (area !== null && area !== undefined && area !== options.storageArea()) return;
    options.onStorageChange();
  };

  const onChannelMessage = (event: { readonly data: unknown }): void => {
    const envelope = event.data as Partial<Envelope> | null;
    if (typeof envelope !== 'object' || envelope === null || envelope.from === id) return;
    const message = envelope.message;
    if (isMessage(message)) options.onMessage(message);
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
        target.postMessage({ from: id, message } satisfies Envelope);
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

/** A well-formed message about plausible cooldowns; anything else is foreign or corrupted. */
function isMessage(value: unknown): value is CooldownMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  switch (message.op) {
    case 'start':
      return (
        typeof message.hash === 'string' &&
        isCooldownHash(message.hash) &&
        isValidCooldown(message.startedAt, message.durationMs)
      );
    case 'clear':
      return typeof message.hash === 'string' && isCooldownHash(message.hash);
    case 'clearAll':
      return true;
    default:
      return false;
  }
}
