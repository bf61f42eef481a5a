import { describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import {
  createCooldownStore,
  getDefaultCooldownStore,
} from '../../../../src/core/cooldown/store.js';
import {
  fakeClock,
  isolatedStore,
  memoryStorage,
  throwingStorage,
} from '../../../helpers/cooldown-fakes.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const REGISTER = cooldownKey('CHANNEL_REGISTER', '+8613800138000');
const OTHER_NUMBER = cooldownKey('CHANNEL_LOGIN', '+8613900139000');
const PREFIX = 'genauth-sms:cd:';
const storedItems = (names: Iterable<string>, prefix = PREFIX) =>
  [...names].filter((name) => name.startsWith(prefix));
const localItems = () =>
  storedItems(Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? ''));

describe('createCooldownStore: deadlines', () => {
  it('reports nothing for a key that never started', () => {
    const store = isolatedStore({ now: fakeClock().now, storage: null });
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(store.durationMs(LOGIN)).toBe(0);
    expect(store.deadline(LOGIN)).toBeNull();
  });

  it('computes the remaining time from the clock, not from ticks', () => {
    const clock = fakeClock(1_000_000);
    const store = isolatedStore({ now: clock.now, storage: null });
    store.start(LOGIN, 60_000);
    expect(store.remainingMs(LOGIN)).toBe(60_000);
    expect(store.durationMs(LOGIN)).toBe(60_000);
    expect(store.deadline(LOGIN)).toBe(1_060_000);
    clock.advance(45_500);
    expect(store.remainingMs(LOGIN)).toBe(14_500);
    clock.advance(14_499);
    expect(store.remainingMs(LOGIN)).toBe(1);
    clock.advance(1);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(store.deadline(LOGIN)).toBeNull();
  });

  it('cools each (channel, number) pair independently, as the server does', () => {
    const clock = fakeClock();
    const store = isolatedStore({ now: clock.now, storage: memoryStorage().storage });
    store.start(LOGIN, 60_000);
    clock.advance(10_000);
    store.start(REGISTER, 30_000);
    expect(store.remainingMs(LOGIN)).toBe(50_000);
    expect(store.remainingMs(REGISTER)).toBe(30_000);
    expect(store.remainingMs(OTHER_NUMBER)).toBe(0);
    store.clear(LOGIN);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(store.remainingMs(REGISTER)).toBe(30_000);
  });

  it('replaces a running cooldown on start, shorter or longer (server re-sync)', () => {
    const clock = fakeClock();
    const store = isolatedStore({ now: clock.now, storage: null });
    store.start(LOGIN, 60_000);
    clock.advance(5_000);
    store.start(LOGIN, 12_000);
    expect(store.remainingMs(LOGIN)).toBe(12_000);
    store.start(LOGIN, 90_000);
    expect(store.remainingMs(LOGIN)).toBe(90_000);
  });

  it('treats a non-positive or NaN duration as clear, and caps absurd ones at 10 min', () => {
    const store = isolatedStore({ now: fakeClock().now, storage: null });
    store.start(LOGIN, 60_000);
    store.start(LOGIN, 0);
    expect(store.remainingMs(LOGIN)).toBe(0);
    store.start(LOGIN, 60_000);
    store.start(LOGIN, Number.NaN);
    expect(store.remainingMs(LOGIN)).toBe(0);
    store.start(LOGIN, Number.POSITIVE_INFINITY);
    expect(store.remainingMs(LOGIN)).toBe(10 * 60 * 1000);
  });

  it('clearAll ends every cooldown', () => {
    const { storage, data } = memoryStorage();
    const store = isolatedStore({ now: fakeClock().now, storage });
    store.start(LOGIN, 60_000);
    store.start(REGISTER, 60_000);
    store.clearAll();
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(store.remainingMs(REGISTER)).toBe(0);
    expect(storedItems(data.keys())).toEqual([]);
  });

  it('keeps working when its methods are destructured', () => {
    const { start, remainingMs, clear } = isolatedStore({ now: fakeClock().now, storage: null });
    start(LOGIN, 0);
    start(LOGIN, 1_000);
    expect(remainingMs(LOGIN)).toBe(1_000);
    clear(LOGIN);
    expect(remainingMs(LOGIN)).toBe(0);
  });
});

describe('createCooldownStore: clock changes', () => {
  it('with only a wall clock injected, a jump back counts as no time at all', () => {
    const clock = fakeClock(1_700_000_000_000);
    const store = isolatedStore({ now: clock.now, storage: memoryStorage().storage });
    store.start(LOGIN, 60_000);
    clock.advance(50_000);
    expect(store.remainingMs(LOGIN)).toBe(10_000);
    clock.set(1_700_000_000_000 - 3_600_000); // an hour back
    expect(store.remainingMs(LOGIN)).toBe(10_000);
    // It then counts down normally from there instead of waiting an hour.
    clock.advance(4_000);
    expect(store.remainingMs(LOGIN)).toBe(6_000);
    clock.advance(6_000);
    expect(store.remainingMs(LOGIN)).toBe(0);
  });

  it('a store opened after the clock went back also stays within the duration', () => {
    const clock = fakeClock(1_000_000);
    const { storage } = memoryStorage();
    isolatedStore({ now: clock.now, storage }).start(LOGIN, 60_000);
    clock.set(500_000);
    expect(isolatedStore({ now: clock.now, storage }).remainingMs(LOGIN)).toBe(60_000);
  });

  it('ends the cooldown when the clock jumps forward', () => {
    const clock = fakeClock(1_000_000);
    const { storage, data } = memoryStorage();
    const store = isolatedStore({ now: clock.now, storage });
    store.start(LOGIN, 60_000);
    clock.advance(3_600_000);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(storedItems(data.keys())).toEqual([]);
  });
});

describe('createCooldownStore: subscribe', () => {
  it('notifies on start and clear, and stops after unsubscribe', () => {
    const store = isolatedStore({ now: fakeClock().now, storage: null });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.start(LOGIN, 60_000);
    expect(listener).toHaveBeenCalledTimes(1);
    store.clear(LOGIN);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    unsubscribe(); // twice is harmless
    store.start(LOGIN, 60_000);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not call listeners on expiry (that is the ticker’s job)', () => {
    const clock = fakeClock();
    const store = isolatedStore({ now: clock.now, storage: null });
    store.start(LOGIN, 1_000);
    const listener = vi.fn();
    store.subscribe(listener);
    clock.advance(5_000);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('createCooldownStore: no globals until used', () => {
  it('does not read localStorage when created, only when first used', () => {
    const getter = vi.spyOn(window, 'localStorage', 'get');
    try {
      const store = createCooldownStore({ broadcastChannel: false });
      expect(getter).not.toHaveBeenCalled();
      store.remainingMs(LOGIN);
      expect(getter).toHaveBeenCalled();
    } finally {
      getter.mockRestore();
    }
  });

  it('uses localStorage by default', () => {
    const store = createCooldownStore({ broadcastChannel: false, now: fakeClock().now });
    store.start(LOGIN, 60_000);
    const [item] = localItems();
    expect(item).toMatch(/^genauth-sms:cd:[0-9a-f]{9}:[0-9a-z]+$/);
    expect(localStorage.getItem(item ?? '')).toMatch(/^\{"s":\d+,"d":60000\}$/);
    store.clear(LOGIN);
    expect(localItems()).toEqual([]);
  });

  it('falls back to memory when reaching localStorage itself throws', () => {
    const getter = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('disabled', 'SecurityError');
    });
    try {
      const store = createCooldownStore({ broadcastChannel: false, now: fakeClock().now });
      expect(() => store.start(LOGIN, 60_000)).not.toThrow();
      expect(store.remainingMs(LOGIN)).toBe(60_000);
    } finally {
      getter.mockRestore();
    }
  });

  it('getDefaultCooldownStore is one page-wide store over localStorage', () => {
    const store = getDefaultCooldownStore();
    expect(getDefaultCooldownStore()).toBe(store);
    store.start(LOGIN, 60_000);
    expect(localItems()).toHaveLength(1);
    store.clearAll();
    expect(localItems()).toEqual([]);
  });

  it('honours a custom namespace', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    isolatedStore({ now: clock.now, storage, namespace: 'my-app' }).start(LOGIN, 60_000);
    expect([...data.keys()]).toEqual([expect.stringMatching(/^my-app:cd:/)]);
    expect(isolatedStore({ now: clock.now, storage }).remainingMs(LOGIN)).toBe(0);
    expect(isolatedStore({ now: clock.now, storage, namespace: 'my-app' }).remainingMs(LOGIN)).toBe(
      60_000,
    );
  });
});

describe('createCooldownStore: throwing storage', () => {
  it.each([
    ['every call throws', ['getItem', 'setItem', 'removeItem'] as const],
    ['only writes throw (quota, Safari private mode)', ['setItem', 'removeItem'] as const],
    ['only reads throw', ['getItem'] as const],
  ])('%s: falls back to memory without throwing', (_label, failing) => {
    const clock = fakeClock();
    const { storage, calls } = throwingStorage(failing);
    const store = isolatedStore({ now: clock.now, storage });
    expect(() => store.remainingMs(LOGIN)).not.toThrow();
    expect(() => store.start(LOGIN, 60_000)).not.toThrow();
    clock.advance(1_000);
    expect(store.remainingMs(LOGIN)).toBe(59_000);
    expect(() => store.clear(LOGIN)).not.toThrow();
    expect(store.remainingMs(LOGIN)).toBe(0);
    store.start(LOGIN, 60_000);
    expect(store.remainingMs(LOGIN)).toBe(60_000);
    // Dropped after the first failure, not retried on every read.
    const total = calls.getItem + calls.setItem + calls.removeItem;
    store.remainingMs(LOGIN);
    store.remainingMs(LOGIN);
    expect(calls.getItem + calls.setItem + calls.removeItem).toBe(total);
  });
});
