// Issue 11, item 1: no interleaving of writes from any number of tabs may lose a cooldown.
import { describe, expect, it } from 'vitest';
import { cooldownTag } from '../../../../src/core/cooldown/bucket.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { type CooldownStore, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { fakeBroadcast, fakeClock, laggyStorage } from '../../../helpers/cooldown-fakes.js';

/** Distinct mainland numbers whose tags differ too (a shared tag is the accepted collision). */
function distinctNumbers(count: number, first = 13_800_000_000): string[] {
  const numbers: string[] = [];
  const tags = new Set<string>();
  for (let n = first; numbers.length < count; n += 7_919) {
    const key = cooldownKey('CHANNEL_LOGIN', `+86${n}`);
    const tag = cooldownTag(key, 'genauth-sms');
    if (tags.has(tag)) continue;
    tags.add(tag);
    numbers.push(key);
  }
  return numbers;
}

/** A small seeded generator, so a failing interleaving can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
}

function tabsOver(origin: ReturnType<typeof laggyStorage>, count: number, now: () => number) {
  const bus = fakeBroadcast();
  return Array.from({ length: count }, () => {
    const { storage, events } = origin.tab();
    const store = createCooldownStore({
      storage,
      storageEvents: events,
      now,
      broadcastChannel: bus.factory,
    });
    store.subscribe(() => {});
    return store;
  });
}

describe('lost updates across tabs', () => {
  it('two tabs starting two numbers before either write reaches the other keep both', () => {
    const clock = fakeClock();
    const origin = laggyStorage();
    const [a, b] = tabsOver(origin, 2, clock.now) as [CooldownStore, CooldownStore];
    const [first, second] = distinctNumbers(2) as [string, string];
    a.start(first, 60_000);
    b.start(second, 60_000);
    origin.deliver();
    clock.advance(1_000);
    for (const tab of [a, b, ...tabsOver(origin, 1, clock.now)]) {
      expect(tab.remainingMs(first)).toBe(59_000);
      expect(tab.remainingMs(second)).toBe(59_000);
    }
  });

  it('a tab pruning an expired cooldown never erases a start racing with it', () => {
    const clock = fakeClock();
    const origin = laggyStorage();
    const [a, b] = tabsOver(origin, 2, clock.now) as [CooldownStore, CooldownStore];
    const [key] = distinctNumbers(1) as [string];
    a.start(key, 1_000);
    origin.deliver();
    clock.advance(1_000);
    // Both tabs see it expired; one restarts it while the other prunes the old one.
    b.start(key, 60_000);
    expect(a.remainingMs(key)).toBe(0);
    origin.deliver();
    expect(a.remainingMs(key)).toBe(60_000);
    expect(b.remainingMs(key)).toBe(60_000);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'random interleaving #%i of 5 tabs: starts, clears, expiries, reads and late deliveries lose nothing',
    (seed) => {
      const next = random(seed);
      const clock = fakeClock();
      const origin = laggyStorage();
      const tabs = tabsOver(origin, 5, clock.now);
      const numbers = distinctNumbers(40);
      const kept = numbers.slice(0, 30); // started once each, must all survive
      const noise = numbers.slice(30); // started short, started and cleared, expiring: churn
      const pick = <T>(list: readonly T[]) => list[next(list.length)] as T;
      let toStart = [...kept];
      while (toStart.length > 0) {
        switch (next(6)) {
          case 0:
          case 1: {
            const key = toStart[0] as string;
            toStart = toStart.slice(1);
            pick(tabs).start(key, 60_000);
            break;
          }
          case 2:
            pick(tabs).start(pick(noise), 500 + next(1_000));
            break;
          case 3: {
            const key = pick(noise);
            const tab = pick(tabs);
            tab.start(key, 60_000);
            if (next(2) === 0) origin.deliver(next(origin.queued() + 1));
            tab.clear(key);
            break;
          }
          case 4:
            pick(tabs).remainingMs(pick(numbers)); // reads prune and re-sync
            break;
          default:
            origin.deliver(next(origin.queued() + 1));
            clock.advance(next(400));
        }
      }
      origin.deliver();
      const lost = kept.filter((key) =>
        [...tabs, ...tabsOver(origin, 1, clock.now)].some((tab) => tab.remainingMs(key) === 0),
      );
      expect(lost).toEqual([]);
    },
  );
});
