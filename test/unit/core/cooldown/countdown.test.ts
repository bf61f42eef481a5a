import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCountdown } from '../../../../src/core/cooldown/countdown.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { type CooldownStore, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { endOfTurn, isolatedStore, throwingStorage } from '../../../helpers/cooldown-fakes.js';

const KEY = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const WHOLE_SECOND = 1_800_000_000_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('readCountdown', () => {
  it('is 0 with no next change when nothing cools down', () => {
    expect(readCountdown(isolatedStore(), KEY)).toEqual({
      seconds: 0,
      nextChangeMs: Number.POSITIVE_INFINITY,
    });
  });

  it('started on a whole second: exact seconds, next change a second later', () => {
    vi.setSystemTime(WHOLE_SECOND);
    const store = isolatedStore();
    store.start(KEY, 60_000);
    expect(readCountdown(store, KEY)).toEqual({ seconds: 60, nextChangeMs: 1000 });
    vi.setSystemTime(WHOLE_SECOND + 1);
    expect(readCountdown(store, KEY)).toEqual({ seconds: 60, nextChangeMs: 999 });
  });

  it('started mid-second: capped at the duration, stepping at whole seconds and at the deadline', () => {
    vi.setSystemTime(WHOLE_SECOND + 600);
    const store = isolatedStore();
    store.start(KEY, 2_000); // ends at WHOLE_SECOND + 2600
    expect(readCountdown(store, KEY)).toEqual({ seconds: 2, nextChangeMs: 400 });
    vi.setSystemTime(WHOLE_SECOND + 1000);
    expect(readCountdown(store, KEY)).toEqual({ seconds: 2, nextChangeMs: 1000 });
    vi.setSystemTime(WHOLE_SECOND + 2000);
    expect(readCountdown(store, KEY)).toEqual({ seconds: 1, nextChangeMs: 600 });
    vi.setSystemTime(WHOLE_SECOND + 2600);
    expect(readCountdown(store, KEY).seconds).toBe(0);
  });

  it('reads storage once per tick, however many values and readers it needs', async () => {
    vi.setSystemTime(WHOLE_SECOND);
    // A storage that fails nothing but counts every call.
    const { storage, calls } = throwingStorage([]);
    const other = cooldownKey('CHANNEL_REGISTER', '+8613800138000');
    const store = createCooldownStore({ storage, storageEvents: null, broadcastChannel: false });
    store.start(KEY, 60_000);
    store.start(other, 30_000);
    for (let tick = 0; tick < 3; tick += 1) {
      await endOfTurn();
      const before = { ...calls };
      // Ten countdowns on the page read in the same tick.
      const readings = Array.from({ length: 10 }, () => readCountdown(store, KEY));
      expect(readings.map((reading) => reading.seconds)).toEqual(Array(10).fill(60 - tick));
      expect(readCountdown(store, other).seconds).toBe(30 - tick);
      // One pass over this namespace's items: each item read once, the list walked once.
      expect(calls.getItem - before.getItem).toBe(2);
      expect(calls.key - before.key).toBe(2);
      vi.advanceTimersByTime(readings[0]?.nextChangeMs ?? 0);
    }
  });

  it('sees a start by another store of the page in the same tick', () => {
    vi.setSystemTime(WHOLE_SECOND);
    const { storage } = throwingStorage([]);
    const options = { storage, storageEvents: null, broadcastChannel: false as const };
    const reader = createCooldownStore(options);
    const writer = createCooldownStore(options);
    expect(readCountdown(reader, KEY).seconds).toBe(0);
    writer.start(KEY, 60_000);
    expect(readCountdown(reader, KEY).seconds).toBe(60);
    writer.clear(KEY);
    expect(readCountdown(reader, KEY).seconds).toBe(0);
  });

  it('still reads a custom store that has no read()', () => {
    vi.setSystemTime(WHOLE_SECOND + 250);
    const inner = isolatedStore();
    inner.start(KEY, 5_000);
    const { read: _read, ...custom }: CooldownStore = inner;
    expect(custom).not.toHaveProperty('read');
    expect(readCountdown(custom, KEY)).toEqual(readCountdown(inner, KEY));
    expect(readCountdown(custom, KEY)).toEqual({ seconds: 5, nextChangeMs: 750 });
  });
});
