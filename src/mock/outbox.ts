import { type Target, targetKey } from './targets.js';
import type { GenAuthMockMessage } from './types.js';

/** Called once per message the mock "sends". */
export type GenAuthMockListener = (message: GenAuthMockMessage) => void;

/** Everything the mock sent, and which codes were already used. */
export interface Outbox {
  add(message: GenAuthMockMessage): void;
  list(): readonly GenAuthMockMessage[];
  /** The newest message to `target`, on `channel` when given. */
  latest(target: Target, channel?: string): GenAuthMockMessage | undefined;
  /** Marks a message's code as spent: codes are single use. */
  consume(message: GenAuthMockMessage): void;
  isConsumed(message: GenAuthMockMessage): boolean;
  subscribe(listener: GenAuthMockListener): () => void;
  clear(): void;
}

/** An in-memory outbox. Listeners survive `clear()`: they belong to the viewer, not the state. */
export function createOutbox(): Outbox {
  let messages: GenAuthMockMessage[] = [];
  let consumed = new WeakSet<GenAuthMockMessage>();
  const listeners = new Set<GenAuthMockListener>();

  return {
    add(message) {
      messages.push(message);
      for (const listener of [...listeners]) listener(message);
    },
    list: () => [...messages],
    latest(target, channel) {
      const key = targetKey(target);
      for (let i = messages.length - 1; i >= 0; i--) {
        const message = messages[i];
        if (!message) continue;
        if (channel !== undefined && message.channel !== channel) continue;
        if (targetKey(message) === key) return message;
      }
      return undefined;
    },
    consume: (message) => consumed.add(message),
    isConsumed: (message) => consumed.has(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      messages = [];
      consumed = new WeakSet();
    },
  };
}
