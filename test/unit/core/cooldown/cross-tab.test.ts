import { describe, expect, it, vi } from 'vitest';
import { cooldownTag } from '../../../../src/core/cooldown/bucket.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { createCooldownStore } from '../../../../src/core/cooldown/store.js';
import {
  fakeBroadcast,
  fakeClock,
  memoryStorage,
  sharedStorage,
} from '../../../helpers/cooldown-fakes.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const CHANNEL = 'genauth-sms:cooldowns';
const ITEM = 'genauth-sms:cd:0123456789:abc';

function storageEvent(key: string | null, storageArea: unknown = null): Event {
  return Object.assign(new Event('storage'), { key, storageArea });
}

describe('cross-tab through storage events', () => {
  it('another tab sees a start and a clear, and its listeners fire', () => {
    const clock = fakeClock();
    const origin = sharedStorage();
    const tabA = origin.tab();
    const tabB = origin.tab();
    const a = createCooldownStore({
      ...tabA,
      storageEvents: tabA.events,
      now: clock.now,
      broadcastChannel: false,
    });
    const b = createCooldownStore({
      ...tabB,
      storageEvents: tabB.events,
      now: clock.now,
      broadcastChannel: false,
    });
    const listener = vi.fn();
    b.subscribe(listener);

    a.start(LOGIN, 60_000);
    expect(listener).toHaveBeenCalled();
    expect(b.remainingMs(LOGIN)).toBe(60_000);

    listener.mockClear();
    a.clear(LOGIN);
    expect(listener).toHaveBeenCalled();
    expect(b.remainingMs(LOGIN)).toBe(0);
  });

  it('ignores events for other keys and other storage areas; a full clear counts', () => {
    const { storage } = memoryStorage();
    const events = new EventTarget();
    const store = createCooldownStore({ storage, storageEvents: events, broadcastChannel: false });
    const listener = vi.fn();
    store.subscribe(listener);

    events.dispatchEvent(storageEvent('something-else'));
    events.dispatchEvent(storageEvent(ITEM, { another: 'area' }));
    expect(listener).not.toHaveBeenCalled();

    events.dispatchEvent(storageEvent(ITEM, storage));
    events.dispatchEvent(storageEvent(null)); // localStorage.clear() in another tab
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('listens to storage events only while subscribed', () => {
    const events = new EventTarget();
    const add = vi.spyOn(events, 'addEventListener');
    const remove = vi.spyOn(events, 'removeEventListener');
    const store = createCooldownStore({
      storage: null,
      storageEvents: events,
      broadcastChannel: false,
    });
    expect(add).not.toHaveBeenCalled();
    const off1 = store.subscribe(() => {});
    const off2 = store.subscribe(() => {});
    expect(add).toHaveBeenCalledTimes(1);
    off1();
    expect(remove).not.toHaveBeenCalled();
    off2();
    expect(remove).toHaveBeenCalledTimes(1);
  });
});

describe('cross-tab through BroadcastChannel', () => {
  it('memory-only stores (storage unusable) share cooldowns over the channel', () => {
    const clock = fakeClock();
    const bus = fakeBroadcast();
    const options = {
      storage: null,
      storageEvents: null,
      broadcastChannel: bus.factory,
      now: clock.now,
    };
    const a = createCooldownStore(options);
    const b = createCooldownStore(options);
    const listener = vi.fn();
    b.subscribe(listener);

    a.start(LOGIN, 60_000);
    expect(listener).toHaveBeenCalledTimes(1);
    clock.advance(1_000);
    expect(b.remainingMs(LOGIN)).toBe(59_000);

    a.clear(LOGIN);
    expect(b.remainingMs(LOGIN)).toBe(0);

    a.start(LOGIN, 60_000);
    a.clearAll();
    expect(b.remainingMs(LOGIN)).toBe(0);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('stores over shared storage in the same tab notify each other (no storage event there)', () => {
    const clock = fakeClock();
    const bus = fakeBroadcast();
    const { storage } = memoryStorage();
    const options = { storage, storageEvents: null, broadcastChannel: bus.factory, now: clock.now };
    const a = createCooldownStore(options);
    const b = createCooldownStore(options);
    const listener = vi.fn();
    b.subscribe(listener);
    a.start(LOGIN, 60_000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(b.remainingMs(LOGIN)).toBe(60_000);
  });

  it('ignores foreign or malformed messages', () => {
    const bus = fakeBroadcast();
    const store = createCooldownStore({
      storage: null,
      storageEvents: null,
      broadcastChannel: bus.factory,
    });
    const listener = vi.fn();
    store.subscribe(listener);
    const id = `${cooldownTag(LOGIN, 'genauth-sms')}:abc`;
    const start = { op: 'start', id, durationMs: 60_000, remainingMs: 60_000 };
    for (const data of [
      null,
      'start',
      { v: 2, from: 'x' },
      { v: 2, from: 'x', message: { op: 'explode' } },
      { v: 1, from: 'x', message: start }, // another format
      { v: 2, from: 42, message: start },
      { v: 2, from: 'x', message: { ...start, id: '+8613800138000:abc' } },
      { v: 2, from: 'x', message: { ...start, durationMs: -1 } },
      { v: 2, from: 'x', message: { ...start, remainingMs: 120_000 } },
      { v: 2, from: 'x', message: { op: 'clear', tag: 42 } },
    ]) {
      bus.inject(CHANNEL, data);
    }
    expect(listener).not.toHaveBeenCalled();
    expect(store.remainingMs(LOGIN)).toBe(0);
  });

  it('keeps a channel open only while subscribed, and closes one-off posting channels', () => {
    const bus = fakeBroadcast();
    const store = createCooldownStore({
      storage: null,
      storageEvents: null,
      broadcastChannel: bus.factory,
    });
    store.start(LOGIN, 1_000);
    expect(bus.openedCount()).toBe(1);
    expect(bus.openCount()).toBe(0);
    const off = store.subscribe(() => {});
    expect(bus.openCount()).toBe(1);
    store.start(LOGIN, 1_000);
    expect(bus.openedCount()).toBe(2); // reused the subscribed channel
    off();
    expect(bus.openCount()).toBe(0);
  });

  it('survives a BroadcastChannel that cannot be opened', () => {
    const store = createCooldownStore({
      storage: null,
      storageEvents: null,
      broadcastChannel: () => {
        throw new Error('not allowed here');
      },
    });
    expect(() => store.subscribe(() => {})).not.toThrow();
    expect(() => store.start(LOGIN, 1_000)).not.toThrow();
    expect(store.remainingMs(LOGIN)).toBeGreaterThan(0);
  });
});
