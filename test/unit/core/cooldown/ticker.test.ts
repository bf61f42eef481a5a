import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createTicker,
  getDefaultTicker,
  type TickerVisibility,
} from '../../../../src/core/cooldown/ticker.js';
import { countingTimers } from '../../../helpers/cooldown-fakes.js';

/** A document stand-in whose visibility the test flips. */
function fakeVisibility() {
  const target = new EventTarget();
  const state = { visibilityState: 'visible' };
  const visibility: TickerVisibility = {
    get visibilityState() {
      return state.visibilityState;
    },
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener),
  };
  const add = vi.spyOn(visibility, 'addEventListener');
  const remove = vi.spyOn(visibility, 'removeEventListener');
  return {
    visibility,
    add,
    remove,
    show: (shown: boolean) => {
      state.visibilityState = shown ? 'visible' : 'hidden';
      target.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createTicker', () => {
  it('fifty subscribers share one timer', () => {
    const counting = countingTimers();
    const ticker = createTicker({ timers: counting.timers, visibility: null });
    const calls = Array.from({ length: 50 }, () => vi.fn());
    const offs = calls.map((onTick) => ticker.subscribe(onTick));
    expect(ticker.size).toBe(50);
    expect(counting.maxPending()).toBe(1);
    expect(counting.created()).toBe(1); // same delay: no rescheduling per subscriber

    counting.resetCounts();
    vi.advanceTimersByTime(5_000);
    for (const onTick of calls) expect(onTick).toHaveBeenCalledTimes(5);
    expect(counting.created()).toBe(5); // one timer per tick, not per subscriber
    expect(counting.maxPending()).toBe(1);

    for (const off of offs) off();
    expect(counting.pending()).toBe(0);
  });

  it('runs only while someone is subscribed', () => {
    const counting = countingTimers();
    const ticker = createTicker({ timers: counting.timers, visibility: null });
    expect(counting.created()).toBe(0);
    const onTick = vi.fn();
    const off = ticker.subscribe(onTick);
    expect(counting.pending()).toBe(1);
    off();
    expect(counting.pending()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(onTick).not.toHaveBeenCalled();
  });

  it('wakes at the earliest delay any subscriber asked for', () => {
    const counting = countingTimers();
    const ticker = createTicker({ timers: counting.timers, visibility: null });
    const slow = vi.fn();
    const fast = vi.fn();
    ticker.subscribe(slow);
    ticker.subscribe(fast, () => 300);
    expect(counting.pending()).toBe(1);
    vi.advanceTimersByTime(300);
    expect(fast).toHaveBeenCalledTimes(1);
    expect(slow).toHaveBeenCalledTimes(1); // every subscriber is told; it decides what changed
  });

  it('clamps requested delays to 1..maxDelayMs', () => {
    const counting = countingTimers();
    const ticker = createTicker({ timers: counting.timers, visibility: null, maxDelayMs: 500 });
    const onTick = vi.fn();
    const off = ticker.subscribe(onTick, () => 60_000);
    vi.advanceTimersByTime(500);
    expect(onTick).toHaveBeenCalledTimes(1);
    off();
    const eager = vi.fn();
    ticker.subscribe(eager, () => Number.NaN);
    vi.advanceTimersByTime(499);
    expect(eager).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(eager).toHaveBeenCalledTimes(1);
  });

  it('lets a subscriber unsubscribe itself, or another, during a tick', () => {
    const counting = countingTimers();
    const ticker = createTicker({ timers: counting.timers, visibility: null });
    const second = vi.fn();
    let offSecond = () => {};
    const offFirst = ticker.subscribe(() => {
      offFirst();
      offSecond();
    });
    offSecond = ticker.subscribe(second);
    vi.advanceTimersByTime(1_000);
    expect(second).not.toHaveBeenCalled();
    expect(ticker.size).toBe(0);
    expect(counting.pending()).toBe(0);
  });

  it('keeps ticking for others when one subscriber throws', () => {
    const ticker = createTicker({ visibility: null });
    const healthy = vi.fn();
    ticker.subscribe(() => {
      throw new Error('boom');
    });
    ticker.subscribe(healthy);
    expect(() => vi.advanceTimersByTime(1_000)).toThrow('boom');
    expect(healthy).toHaveBeenCalledTimes(1);
    expect(() => vi.advanceTimersByTime(1_000)).toThrow('boom');
    expect(healthy).toHaveBeenCalledTimes(2);
  });

  it('ticks at once when the page becomes visible again, and listens only while running', () => {
    const page = fakeVisibility();
    const counting = countingTimers();
    const ticker = createTicker({ timers: counting.timers, visibility: page.visibility });
    expect(page.add).not.toHaveBeenCalled();
    const onTick = vi.fn();
    const off = ticker.subscribe(onTick);
    expect(page.add).toHaveBeenCalledTimes(1);

    page.show(false);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    page.show(true);
    expect(onTick).toHaveBeenCalledTimes(1);
    expect(counting.pending()).toBe(1);

    off();
    expect(page.remove).toHaveBeenCalledTimes(1);
    page.show(true);
    expect(onTick).toHaveBeenCalledTimes(1);
  });

  it('uses the global timers looked up at call time, so fake timers apply', () => {
    const ticker = createTicker({ visibility: null });
    const onTick = vi.fn();
    const off = ticker.subscribe(onTick);
    vi.advanceTimersByTime(3_000);
    expect(onTick).toHaveBeenCalledTimes(3);
    off();
  });
});

describe('getDefaultTicker', () => {
  it('is one ticker for the whole page', () => {
    expect(getDefaultTicker()).toBe(getDefaultTicker());
  });
});
