import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { type CooldownStore, createCooldownStore } from '../../../src/core/cooldown/store.js';
import {
  createTicker,
  type Ticker,
  type TickerVisibility,
} from '../../../src/core/cooldown/ticker.js';
import { GenAuthContext, type GenAuthContextValue } from '../../../src/hooks/context.js';
import { useCooldown } from '../../../src/hooks/useCooldown.js';
import { countingTimers, isolatedStore, sharedStorage } from '../../helpers/cooldown-fakes.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const REGISTER = cooldownKey('CHANNEL_REGISTER', '+8613800138000');

interface CountdownProps {
  cooldown: string | null;
  store?: CooldownStore;
  ticker: Ticker;
  onRender?: () => void;
  label?: string;
}

function Countdown({ cooldown, store, ticker, onRender, label = 'countdown' }: CountdownProps) {
  const { remainingSeconds, isActive, start, clear } = useCooldown(cooldown, { store, ticker });
  onRender?.();
  return (
    <section aria-label={label} data-state={isActive ? 'active' : 'idle'}>
      <output>{remainingSeconds}</output>
      <button type="button" onClick={() => start(60_000)}>
        start
      </button>
      <button type="button" onClick={clear}>
        clear
      </button>
    </section>
  );
}

const shown = (label = 'countdown') =>
  screen.getByRole('region', { name: label }).querySelector('output')?.textContent;
const state = (label = 'countdown') =>
  screen.getByRole('region', { name: label }).getAttribute('data-state');

function advance(ms: number, step = ms) {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    act(() => {
      vi.advanceTimersByTime(Math.min(step, ms - elapsed));
    });
  }
}

let counting: ReturnType<typeof countingTimers>;
let ticker: Ticker;

/** A whole second of the clock: countdowns step at whole seconds, so tests start on one. */
const WHOLE_SECOND = 1_800_000_000_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(WHOLE_SECOND);
  counting = countingTimers();
  ticker = createTicker({ timers: counting.timers, visibility: null });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useCooldown', () => {
  it('is inactive and timer-free for a null key; start and clear do nothing', () => {
    const store = isolatedStore();
    render(<Countdown cooldown={null} store={store} ticker={ticker} />);
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    expect(shown()).toBe('0');
    expect(state()).toBe('idle');
    expect(counting.created()).toBe(0);
  });

  it('counts down from the deadline and stops its timer at zero', () => {
    const store = isolatedStore();
    render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} />);
    expect(state()).toBe('idle');
    expect(counting.created()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    expect(shown()).toBe('60');
    expect(state()).toBe('active');
    advance(1_000);
    expect(shown()).toBe('59');
    advance(58_000, 1_000);
    expect(shown()).toBe('1');
    advance(1_000);
    expect(shown()).toBe('0');
    expect(state()).toBe('idle');
    expect(ticker.size).toBe(0);
    expect(counting.pending()).toBe(0);
  });

  it('steps at the whole seconds of the clock, rounded up, never above the duration', () => {
    const store = isolatedStore();
    render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} />);
    // Started 300 ms into a second: 60 (not 61) until the next whole second but one.
    vi.setSystemTime(WHOLE_SECOND + 300);
    act(() => store.start(LOGIN, 60_000));
    expect(shown()).toBe('60');
    advance(700); // a whole second: 59.3 s left
    expect(shown()).toBe('60');
    advance(999); // 58.301 s left: no step between whole seconds
    expect(shown()).toBe('60');
    advance(1); // the next whole second: 58.3 s left
    expect(shown()).toBe('59');
    advance(58_000, 1_000); // 0.3 s left, shown as 1, never 0 while cooling down
    expect(shown()).toBe('1');
    expect(state()).toBe('active');
    advance(299);
    expect(shown()).toBe('1');
    advance(1); // the deadline itself ends it, off the whole second
    expect(shown()).toBe('0');
    expect(state()).toBe('idle');
  });

  it('steps countdowns started at different moments in the same instant', () => {
    const store = isolatedStore();
    const other = cooldownKey('CHANNEL_LOGIN', '+8613900139000');
    render(
      <>
        <Countdown label="first" cooldown={LOGIN} store={store} ticker={ticker} />
        <Countdown label="second" cooldown={other} store={store} ticker={ticker} />
      </>,
    );
    act(() => store.start(LOGIN, 60_000));
    advance(400);
    act(() => store.start(other, 60_000));
    expect([shown('first'), shown('second')]).toEqual(['60', '60']);
    advance(599);
    expect([shown('first'), shown('second')]).toEqual(['60', '60']);
    advance(1);
    expect([shown('first'), shown('second')]).toEqual(['59', '60']);
    advance(1_000);
    expect([shown('first'), shown('second')]).toEqual(['58', '59']);
  });

  it('re-renders once per displayed second, not per tick or per store read', () => {
    const store = isolatedStore();
    const onRender = vi.fn();
    render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} onRender={onRender} />);
    act(() => store.start(LOGIN, 10_000));
    onRender.mockClear();
    advance(10_000, 100);
    expect(onRender).toHaveBeenCalledTimes(10);
    expect(shown()).toBe('0');
  });

  it('clear ends the cooldown at once', () => {
    const store = isolatedStore();
    render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} />);
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    fireEvent.click(screen.getByRole('button', { name: 'clear' }));
    expect(shown()).toBe('0');
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(ticker.size).toBe(0);
  });

  it('shows a cooldown that was already running when it mounted', () => {
    const store = isolatedStore();
    store.start(LOGIN, 30_000);
    vi.advanceTimersByTime(10_000);
    render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} />);
    expect(shown()).toBe('20');
    advance(1_000);
    expect(shown()).toBe('19');
  });

  it('follows the key it is given, and keys cool independently', () => {
    const store = isolatedStore();
    store.start(LOGIN, 30_000);
    const { rerender } = render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} />);
    expect(shown()).toBe('30');
    rerender(<Countdown cooldown={REGISTER} store={store} ticker={ticker} />);
    expect(shown()).toBe('0');
    expect(ticker.size).toBe(0);
  });

  it('fifty mounted countdowns share one timer; fifty idle ones use none', () => {
    const store = isolatedStore();
    const labels = Array.from({ length: 50 }, (_, i) => `c${i}`);
    const many = (cooldown: string) => (
      <div>
        {labels.map((label) => (
          <Countdown key={label} label={label} cooldown={cooldown} store={store} ticker={ticker} />
        ))}
      </div>
    );
    const { rerender } = render(many(REGISTER));
    expect(counting.created()).toBe(0);

    store.start(LOGIN, 5_000);
    rerender(many(LOGIN));
    expect(ticker.size).toBe(50);
    counting.resetCounts();
    advance(3_000, 250);
    expect(counting.maxPending()).toBe(1);
    expect(counting.created()).toBe(3);
    expect(shown('c0')).toBe('2');
    expect(shown('c49')).toBe('2');
  });

  it('shows the right number at once when a backgrounded tab becomes visible', () => {
    const page = new EventTarget();
    const visibility: TickerVisibility = {
      visibilityState: 'visible',
      addEventListener: (type, listener) => page.addEventListener(type, listener),
      removeEventListener: (type, listener) => page.removeEventListener(type, listener),
    };
    const throttled = createTicker({ timers: counting.timers, visibility });
    const store = isolatedStore();
    render(<Countdown cooldown={LOGIN} store={store} ticker={throttled} />);
    act(() => store.start(LOGIN, 60_000));
    // A background tab's timers did not fire, but the wall clock moved on.
    vi.setSystemTime(Date.now() + 42_000);
    expect(shown()).toBe('60');
    act(() => {
      page.dispatchEvent(new Event('visibilitychange'));
    });
    expect(shown()).toBe('18');
  });

  it('takes the store from <GenAuthProvider> when no option is given', () => {
    const store = isolatedStore();
    store.start(LOGIN, 15_000);
    const value = { cooldownStore: store } as Partial<GenAuthContextValue> as GenAuthContextValue;
    render(
      <GenAuthContext.Provider value={value}>
        <Countdown cooldown={LOGIN} ticker={ticker} />
      </GenAuthContext.Provider>,
    );
    expect(shown()).toBe('15');
  });

  it('re-renders when another tab starts the cooldown', () => {
    const origin = sharedStorage();
    const tabA = origin.tab();
    const tabB = origin.tab();
    const options = { broadcastChannel: false as const };
    const a = createCooldownStore({
      ...options,
      storage: tabA.storage,
      storageEvents: tabA.events,
    });
    const b = createCooldownStore({
      ...options,
      storage: tabB.storage,
      storageEvents: tabB.events,
    });
    render(<Countdown cooldown={LOGIN} store={b} ticker={ticker} />);
    act(() => a.start(LOGIN, 45_000));
    expect(shown()).toBe('45');
  });

  it('releases its timer and subscriptions on unmount', () => {
    const store = isolatedStore();
    const listener = vi.spyOn(store, 'subscribe');
    const { unmount } = render(<Countdown cooldown={LOGIN} store={store} ticker={ticker} />);
    act(() => store.start(LOGIN, 60_000));
    unmount();
    expect(ticker.size).toBe(0);
    expect(counting.pending()).toBe(0);
    expect(listener).toHaveBeenCalled();
  });

  it('works under StrictMode with a single ticker subscription', () => {
    const store = isolatedStore();
    render(
      <StrictMode>
        <Countdown cooldown={LOGIN} store={store} ticker={ticker} />
      </StrictMode>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'start' }));
    expect(ticker.size).toBe(1);
    advance(2_000, 1_000);
    expect(shown()).toBe('58');
  });
});

describe('useCooldown on the server and during hydration', () => {
  it('renders inactive on the server and hydrates without a mismatch warning', async () => {
    const store = isolatedStore();
    store.start(LOGIN, 60_000);
    const app = (): ReactNode => <Countdown cooldown={LOGIN} store={store} ticker={ticker} />;
    const html = renderToString(app());
    expect(html).toContain('<output>0</output>');
    expect(html).toContain('data-state="idle"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, app(), { onRecoverableError });
    });
    expect(consoleError).not.toHaveBeenCalled();
    expect(onRecoverableError).not.toHaveBeenCalled();
    // Right after hydration the client value takes over.
    expect(container.querySelector('output')?.textContent).toBe('60');
    expect(container.querySelector('section')?.getAttribute('data-state')).toBe('active');
  });
});
