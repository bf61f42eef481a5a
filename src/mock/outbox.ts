import type { PersistablePart } from './persistence.js';
import { isRecord } from './rules.js';
import { type Target, targetKey } from './targets.js';
import type { GenAuthMockMessage } from './types.js';

/** Called once per message the mock "sends". */
export type GenAuthMockListener = (message: GenAuthMockMessage) => void;

/**
 * Everything the mock sent, and which codes were already used. Its snapshot is
 * `{ messages, consumed: requestIds }`; restoring tells listeners about messages it did not have.
 */
export interface Outbox extends PersistablePart {
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
    snapshot: () => ({
      messages,
      consumed: messages.filter((message) => consumed.has(message)).map((m) => m.requestId),
    }),
    restore(snapshot) {
      if (!isRecord(snapshot) || !Array.isArray(snapshot.messages)) throw new Error('outbox');
      const spent = new Set(Array.isArray(snapshot.consumed) ? snapshot.consumed : []);
      const known = new Set(messages.map((message) => message.requestId));
      messages = snapshot.messages.filter(isMessage).map((message) => ({ ...message }));
      consumed = new WeakSet(messages.filter((message) => spent.has(message.requestId)));
      for (const message of messages) {
        if (known.has(message.requestId)) continue;
        for (const listener of [...listeners]) listener(message);
      }
    },
  };
}

function isMessage(value: unknown): value is GenAuthMockMessage {
  return (
    isRecord(value) &&
    (value.type === 'sms' || value.type === 'email') &&
    typeof value.requestId === 'string' &&
    typeof value.code === 'string' &&
    typeof value.sentAt === 'number'
  );
}
