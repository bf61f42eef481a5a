// Issue 11, item 5: a wall clock set back (or forward) never changes a running cooldown; a
// monotonic clock counts it down, wall time is only what is persisted and shared.
import { describe, expect, it } from 'vitest';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import {
  type CooldownStorage,
  type CooldownStore,
  createCooldownStore,
} from '../../../../src/core/cooldown/store.js';
import { fakeClock, memoryStorage, sharedStorage } from '../../../helpers/cooldown-fakes.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const HOUR = 3_600_000;

/** A page: a wall clock the user can change, and a monotonic clock that only moves forward. */
function page(storage: CooldownStorage | null, wall = fakeClock(1_700_000_000_000)) {
  const monotonic = fakeClock(0);
  const store = createCooldownStore({
    storage,
    now: wall.now,
    monotonic: monotonic.now,
    storageEvents: null,
    broadcastChannel: false,
  });
  const wait = (ms: number) => {
    wall.advance(ms);
    monotonic.advance(ms);
  };
  return { store, wall, wait };
}

describe('clock changes', () => {
  it.each([
    ['back', -HOUR],
    ['forward', HOUR],
  ])('setting the clock %s an hour with 5 s left leaves 5 s', (_label, jump) => {
    const { store, wall, wait } = page(memoryStorage().storage);
    store.start(LOGIN, 60_000);
    wait(55_000);
    wall.advance(jump);
    expect(store.remainingMs(LOGIN)).toBe(5_000);
    expect(store.durationMs(LOGIN)).toBe(60_000);
    expect(store.deadline(LOGIN)).toBe(wall.now() + 5_000);
    wait(4_999);
    expect(store.remainingMs(LOGIN)).toBe(1);
    wait(1);
    expect(store.remainingMs(LOGIN)).toBe(0);
  });

  it('jumping back and forth many times changes nothing', () => {
    const { store, wall, wait } = page(null);
    store.start(LOGIN, 60_000);
    for (let i = 0; i < 10; i += 1) {
      wait(1_000);
      wall.advance(i % 2 === 0 ? -2 * HOUR : 3 * HOUR);
      expect(store.remainingMs(LOGIN)).toBe(60_000 - (i + 1) * 1_000);
    }
  });

  it('another tab that already knew the cooldown keeps it too', () => {
    const origin = sharedStorage();
    const wall = fakeClock(1_700_000_000_000);
    const [monotonicA, monotonicB] = [fakeClock(0), fakeClock(7_777)]; // origins differ per page
    const [a, b] = [monotonicA, monotonicB].map((monotonic) =>
      createCooldownStore({
        storage: origin.tab().storage,
        now: wall.now,
        monotonic: monotonic.now,
        storageEvents: null,
        broadcastChannel: false,
      }),
    ) as [CooldownStore, CooldownStore];
    a.start(LOGIN, 60_000);
    expect(b.remainingMs(LOGIN)).toBe(60_000);
    for (const clock of [wall, monotonicA, monotonicB]) clock.advance(55_000);
    wall.advance(-HOUR);
    expect(b.remainingMs(LOGIN)).toBe(5_000);
    expect(a.remainingMs(LOGIN)).toBe(5_000);
  });

  it('a reload after the clock went back shows at most the full duration, never an hour', () => {
    const storage = memoryStorage().storage;
    const before = page(storage);
    before.store.start(LOGIN, 60_000);
    before.wait(55_000);
    const wall = fakeClock(before.wall.now() - HOUR);
    // Nothing that survives a reload knows how much time really passed: wall time is all
    // there is, and a start in the future counts as "just started".
    expect(page(storage, wall).store.remainingMs(LOGIN)).toBe(60_000);
  });

  it('a reload after the clock went forward ends the cooldown (the server re-syncs it)', () => {
    const storage = memoryStorage().storage;
    const before = page(storage);
    before.store.start(LOGIN, 60_000);
    const wall = fakeClock(before.wall.now() + HOUR);
    expect(page(storage, wall).store.remainingMs(LOGIN)).toBe(0);
  });
});
