import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCountdown } from '../../../../src/core/cooldown/countdown.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { isolatedStore } from '../../../helpers/cooldown-fakes.js';

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
});
