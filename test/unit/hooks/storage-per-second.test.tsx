// Issue 21, item 13: the storage work of running countdowns, counted as a browser schedules
// it. A browser runs the ticker's timer as one task and React's re-render of the countdowns in
// a microtask after it (no act() around the tick), which is where the store used to walk
// storage a second time; and `start` used to walk every item of the origin.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { type CooldownStorage, createCooldownStore } from '../../../src/core/cooldown/store.js';
import { createTicker, type Ticker } from '../../../src/core/cooldown/ticker.js';
import { useCooldown } from '../../../src/hooks/useCooldown.js';
import { memoryStorage } from '../../helpers/cooldown-fakes.js';

/** Items other scripts of the page keep in localStorage. */
const FOREIGN_ITEMS = 20;
/** Not on a whole second, so the cooldowns start at scattered moments of a second. */
const START = 1_800_000_000_123;

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };

beforeEach(() => {
  // Only the ticker's timers and the clock: React's microtasks and tasks stay real, as in a browser.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  (globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = true;
});

/** localStorage with 20 foreign items, behind a Proxy that counts every property read. */
function countedStorage() {
  const foreign = Object.fromEntries(
    Array.from({ length: FOREIGN_ITEMS }, (_, i) => [`app-item-${i}`, 'x']),
  );
  const { storage, data } = memoryStorage(foreign);
  const calls: string[] = [];
  const counted = new Proxy(storage, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name);
      if (typeof value !== 'function') {
        calls.push(String(name));
        return value;
      }
      return (...args: unknown[]) => {
        calls.push(`${String(name)}(${args.map(String).join(', ')})`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { storage: counted as CooldownStorage, data, calls };
}

type Store = ReturnType<typeof createCooldownStore>;

const phoneOf = (i: number) => `+86138001380${String(i).padStart(2, '0')}`;

function Countdown({ phone, ticker, store }: { phone: string; ticker: Ticker; store: Store }) {
  const { remainingSeconds } = useCooldown(cooldownKey('CHANNEL_LOGIN', phone), { store, ticker });
  return <output aria-label={phone}>{remainingSeconds}</output>;
}

/** A new task: the tick's task and every microtask it queued (React's render) have run. */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `count` countdowns over counted storage, started 97 ms apart; then `ticks` timers, each run
 * as its own task (outside act(), so React renders the way a browser schedules it). Returns the
 * storage calls made and the displayed seconds stepped.
 */
async function measure(count: number, ticks: number) {
  const { storage, calls } = countedStorage();
  const store = createCooldownStore({
    storage,
    storageEvents: null,
    broadcastChannel: false,
    locks: null,
    now: () => Date.now(),
  });
  const ticker = createTicker({ visibility: null });
  const phones = Array.from({ length: count }, (_, i) => phoneOf(i));
  for (const phone of phones) {
    store.start(cooldownKey('CHANNEL_LOGIN', phone), 60_000);
    vi.advanceTimersByTime(97);
  }
  render(
    phones.map((phone) => <Countdown key={phone} phone={phone} ticker={ticker} store={store} />),
  );
  act(() => {});
  await nextTask();
  (globalThis as ActGlobal).IS_REACT_ACT_ENVIRONMENT = false;
  const runTicks = async (count: number) => {
    for (let tick = 0; tick < count; tick += 1) {
      vi.advanceTimersToNextTimer();
      await nextTask();
    }
  };
  // Past the first whole second: a cooldown started mid-second shows its 60 across two.
  await runTicks(2);
  const shown = () => phones.map((phone) => Number(screen.getByLabelText(phone).textContent));
  const before = shown();
  calls.length = 0;
  await runTicks(ticks);
  const after = shown();
  const steps = before.map((seconds, i) => seconds - (after[i] ?? 0));
  return { calls: [...calls], steps };
}

describe('storage work while countdowns run (20 foreign items)', () => {
  it.each([1, 10])(
    '%i countdown(s): one listing of storage per displayed second for the page',
    async (count) => {
      const { calls, steps } = await measure(count, 10);
      // Every countdown stepped together, once per tick.
      expect(steps).toEqual(Array(count).fill(10));
      const stepped = steps[0] ?? 0;
      // One listing: `length` once, each item's name, then each of the kit's items read.
      const listing = 1 + (FOREIGN_ITEMS + count) + count;
      const perSecond = calls.length / stepped;
      console.info(`${count} countdown(s): ${perSecond.toFixed(1)} storage calls per second`);
      expect(perSecond).toBeLessThanOrEqual(listing);
    },
  );

  it('start touches only its own items: no listing of the origin', () => {
    const { storage, calls } = countedStorage();
    const store = createCooldownStore({
      storage,
      storageEvents: null,
      broadcastChannel: false,
      locks: null,
      now: () => Date.now(),
    });
    const key = cooldownKey('CHANNEL_LOGIN', phoneOf(0));
    store.start(key, 60_000);
    // A restart replaces the cooldown it knows: one removal, one write, both its own items.
    vi.advanceTimersByTime(1_000);
    store.start(key, 30_000);
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call).toMatch(/^(setItem|removeItem)\(genauth-sms:cd:/);
    expect(store.remainingMs(key)).toBe(30_000);
  });
});
