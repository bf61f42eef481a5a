// Issue 11, item 2: two tabs (or two stores on one page) sending for the same number at the
// same moment send one request; Web Locks injected, with the in-page join as the fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CooldownActiveError,
  GenAuthBusyError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
} from '../../../../src/core/api/errors.js';
import { requestCode } from '../../../../src/core/cooldown/code-request.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { LOCK_WAIT_MS, MARKER_MS } from '../../../../src/core/cooldown/locks.js';
import { type CooldownStore, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import {
  fakeBroadcast,
  fakeLocks,
  laggyStorage,
  sharedStorage,
} from '../../../helpers/cooldown-fakes.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A server stand-in: counts requests, answers when told. */
function server() {
  const answers: ReturnType<typeof deferred<string>>[] = [];
  const send = vi.fn(() => {
    const answer = deferred<string>();
    answers.push(answer);
    return answer.promise;
  });
  return { send, answers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

/** Two tabs of one origin: shared (or laggy) storage, one lock manager. */
function twoTabs(kind: 'shared' | 'laggy') {
  const { locks } = fakeLocks();
  const origin = kind === 'shared' ? sharedStorage() : laggyStorage();
  return [origin.tab(), origin.tab()].map(({ storage, events }) =>
    createCooldownStore({ storage, storageEvents: events, broadcastChannel: false, locks }),
  ) as [CooldownStore, CooldownStore];
}

describe('single flight across tabs and stores', () => {
  it.each(['shared', 'laggy'] as const)(
    'two tabs sending in the same tick send one request (%s storage)',
    async (kind) => {
      const [a, b] = twoTabs(kind);
      const { send, answers } = server();
      const first = requestCode({ store: a, key: LOGIN, cooldownMs: 60_000, send });
      const second = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send });
      await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
      answers[0]?.resolve('sent');
      await expect(first).resolves.toBe('sent');
      // The second sender waited for the lock, then saw the cooldown (from storage, or from
      // the first tab's marker when its write has not reached this tab yet).
      await expect(second).rejects.toBeInstanceOf(CooldownActiveError);
      expect(send).toHaveBeenCalledTimes(1);
      expect(b.remainingMs(LOGIN)).toBeGreaterThan(59_000);
    },
  );

  it('two stores on one page (memory, BroadcastChannel) send one request', async () => {
    const { locks } = fakeLocks();
    const bus = fakeBroadcast();
    const [a, b] = [0, 1].map(() =>
      createCooldownStore({
        storage: null,
        storageEvents: null,
        broadcastChannel: bus.factory,
        locks,
      }),
    ) as [CooldownStore, CooldownStore];
    const { send, answers } = server();
    const first = requestCode({ store: a, key: LOGIN, cooldownMs: 60_000, send });
    const second = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    answers[0]?.resolve('sent');
    await first;
    await expect(second).rejects.toBeInstanceOf(CooldownActiveError);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('ten tabs clicking together send one request', async () => {
    const { locks } = fakeLocks();
    const origin = laggyStorage();
    const stores = Array.from({ length: 10 }, () => {
      const { storage, events } = origin.tab();
      return createCooldownStore({
        storage,
        storageEvents: events,
        broadcastChannel: false,
        locks,
      });
    });
    const { send, answers } = server();
    const calls = stores.map((store) =>
      requestCode({ store, key: LOGIN, cooldownMs: 60_000, send }).catch((error) => error),
    );
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    answers[0]?.resolve('sent');
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((outcome) => outcome === 'sent')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome instanceof CooldownActiveError)).toHaveLength(9);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('holds the lock across the request only; a failed send lets the next sender go', async () => {
    const fake = fakeLocks();
    const origin = sharedStorage();
    const [a, b] = [origin.tab(), origin.tab()].map(({ storage, events }) =>
      createCooldownStore({
        storage,
        storageEvents: events,
        broadcastChannel: false,
        locks: fake.locks,
      }),
    ) as [CooldownStore, CooldownStore];
    const { send, answers } = server();
    const first = requestCode({ store: a, key: LOGIN, cooldownMs: 60_000, send });
    const second = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(fake.held()).toEqual([expect.stringMatching(/^genauth-sms:send:[0-9a-f]{9}$/)]);
    answers[0]?.reject(new GenAuthNetworkError('offline'));
    await expect(first).rejects.toBeInstanceOf(GenAuthNetworkError);
    // Nothing started a cooldown, so the waiting tab sends once its turn comes.
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    answers[1]?.resolve('sent');
    await expect(second).resolves.toBe('sent');
    // The send lock is free again; only the short-lived marker remains.
    await settle();
    expect(fake.held()).toEqual([
      expect.stringMatching(/^genauth-sms:sent:[0-9a-f]{9}:\d+:60000$/),
    ]);
  });

  it('a marker lasts seconds, not the cooldown; a sender not racing anyone ignores it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = fakeLocks();
    const store = createCooldownStore({
      storage: null,
      broadcastChannel: false,
      locks: fake.locks,
    });
    const send = vi.fn(async () => 'sent');
    await requestCode({ store, key: LOGIN, cooldownMs: 60_000, send });
    await vi.waitFor(() => expect(fake.held()).toHaveLength(1));
    store.clear(LOGIN);
    await expect(requestCode({ store, key: LOGIN, cooldownMs: 60_000, send })).resolves.toBe(
      'sent',
    );
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(MARKER_MS);
    expect(fake.held()).toEqual([]);
  });

  // Issue 21, item 7: no request was made, so it is not a timeout; it says someone else sends.
  it('a waiter gives up after LOCK_WAIT_MS as busy, not as a timeout, and sends nothing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = fakeLocks();
    const store = createCooldownStore({
      storage: null,
      broadcastChannel: false,
      locks: fake.locks,
    });
    // Another tab holds the send lock and never lets go (its page is frozen, say).
    const name = `genauth-sms:send:${(await import('../../../../src/core/cooldown/bucket.js')).cooldownTag(LOGIN, 'genauth-sms')}`;
    void fake.locks.request(name, {}, () => new Promise(() => {}));
    const send = vi.fn(async () => 'sent');
    const waiting = requestCode({ store, key: LOGIN, cooldownMs: 60_000, send });
    const outcome = waiting.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(LOCK_WAIT_MS - 100);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    const error = await outcome;
    expect(error).toBeInstanceOf(GenAuthBusyError);
    expect(error).not.toBeInstanceOf(GenAuthTimeoutError);
    expect(error).toMatchObject({ name: 'GenAuthBusyError', waitedMs: LOCK_WAIT_MS });
    expect((error as Error).message).not.toMatch(/did not answer/);
    expect(send).not.toHaveBeenCalled();
  });

  it('without Web Locks, calls on one store still join one request', async () => {
    const store = createCooldownStore({ storage: null, broadcastChannel: false, locks: null });
    const { send, answers } = server();
    const first = requestCode({ store, key: LOGIN, cooldownMs: 60_000, send });
    const second = requestCode({ store, key: LOGIN, cooldownMs: 60_000, send });
    expect(second).toBe(first);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    answers[0]?.resolve('sent');
    await expect(first).resolves.toBe('sent');
  });
});
