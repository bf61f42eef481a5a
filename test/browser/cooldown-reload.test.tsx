import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCountdown } from '../../src/core/cooldown/countdown.js';
import { cooldownKey } from '../../src/core/cooldown/key.js';
import { type CooldownStorage, createCooldownStore } from '../../src/core/cooldown/store.js';
import { useCooldown } from '../../src/hooks/useCooldown.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
/** The cooldown items in localStorage, as `name=value` lines. */
const storedText = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '')
    .filter((name) => name.startsWith('genauth-sms:'))
    .map((name) => `${name}=${localStorage.getItem(name)}`)
    .join('\n');

function Countdown({ cooldown }: { cooldown: string }) {
  const { remainingSeconds, isActive } = useCooldown(cooldown);
  return (
    <output aria-label="countdown" data-state={isActive ? 'active' : 'idle'}>
      {remainingSeconds}
    </output>
  );
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('cooldown in a real browser (Chromium)', () => {
  it('survives a reload: a new store over localStorage, and useCooldown, see the same time', async () => {
    // Started 300 ms before the "reload" by its own clock: how long the page really takes
    // between the two stores changes nothing below.
    const before = createCooldownStore({ now: () => Date.now() - 300 });
    before.start(LOGIN, 60_000);
    const raw = storedText();
    expect(raw).toMatch(/^genauth-sms:cd:[0-9a-f]{9}:[0-9a-z]+=\{"s":\d+,"d":60000\}$/);
    expect(raw).not.toContain('13800138000');
    const startedAt = Number(/"s":(\d+)/.exec(raw)?.[1]);

    const afterReload = createCooldownStore();
    // The stored deadline, whatever the time now (within the store's rounding as it maps the
    // wall clock onto its monotonic one); what is left is under the full minute.
    expect(Math.abs((afterReload.deadline(LOGIN) ?? 0) - (startedAt + 60_000))).toBeLessThanOrEqual(
      2,
    );
    expect(afterReload.durationMs(LOGIN)).toBe(60_000);
    const remaining = afterReload.remainingMs(LOGIN);
    expect(remaining).toBeLessThanOrEqual(59_700);
    expect(remaining).toBeGreaterThan(0);

    // The page-wide default store also reads the persisted deadline.
    // Shown as every countdown on a page is: stepping at the clock's whole seconds. Read before
    // and after the render, so a whole second passing in between cannot fail the check.
    const upper = readCountdown(afterReload, LOGIN).seconds;
    render(<Countdown cooldown={LOGIN} />);
    const output = screen.getByRole('status', { name: 'countdown' });
    const lower = readCountdown(afterReload, LOGIN).seconds;
    expect(output).toHaveAttribute('data-state', 'active');
    expect(Number(output.textContent)).toBeGreaterThanOrEqual(lower);
    expect(Number(output.textContent)).toBeLessThanOrEqual(upper);
    // And it keeps counting on the shared ticker (the wait is inside act: the tick updates state).
    // Over 2 s: the shown value is capped at the duration (60), so a cooldown that started late
    // in a second can show 60 across two whole-second steps; after two it is below.
    // Polled rather than read once after 2.1 s: on a loaded CI machine a timer can fire late.
    const shownBefore = Number(output.textContent);
    await expect
      .poll(() => Number(output.textContent), { timeout: 20_000, interval: 100 })
      .toBeLessThan(shownBefore);
  });

  it('shares a cooldown with another document through real storage events', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentWindow;
    if (!other) throw new Error('no iframe window');
    // The same-origin iframe is "another tab": it only learns of writes through `storage` events.
    const there = createCooldownStore({
      storage: other.localStorage as CooldownStorage,
      storageEvents: other,
      broadcastChannel: false,
    });
    const listener = vi.fn();
    there.subscribe(listener);

    const here = createCooldownStore({ broadcastChannel: false });
    here.start(LOGIN, 60_000);
    await vi.waitFor(() => expect(listener).toHaveBeenCalled(), { timeout: 10_000 });
    expect(there.remainingMs(LOGIN)).toBeGreaterThan(59_000);
  });

  it('shares a cooldown through a real BroadcastChannel when storage is unusable', async () => {
    const a = createCooldownStore({ storage: null, storageEvents: null });
    const b = createCooldownStore({ storage: null, storageEvents: null });
    const listener = vi.fn();
    const unsubscribe = b.subscribe(listener);
    a.start(LOGIN, 60_000);
    await vi.waitFor(() => expect(listener).toHaveBeenCalled(), { timeout: 10_000 });
    expect(b.remainingMs(LOGIN)).toBeGreaterThan(59_000);

    a.clear(LOGIN);
    await vi.waitFor(() => expect(b.remainingMs(LOGIN)).toBe(0), { timeout: 10_000 });
    unsubscribe();
  });
});
