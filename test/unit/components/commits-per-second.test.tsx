import { writeFileSync } from 'node:fs';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { createGenAuthClient } from '../../../src/core/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import { SendCodeButton } from '../../../src/index.js';
import { endOfTurn, isolatedStore, memoryStorage } from '../../helpers/cooldown-fakes.js';

// Count the renders of the parts that must stay still while countdowns run.
const renders = vi.hoisted(() => ({ phoneInput: 0, shell: 0 }));
vi.mock('../../../src/components/PhoneInput.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/components/PhoneInput.js')>();
  const Real = original.PhoneInput;
  return {
    ...original,
    PhoneInput: (props: Parameters<typeof Real>[0]) => {
      renders.phoneInput += 1;
      return <Real {...props} />;
    },
  };
});
vi.mock('../../../src/components/SendCodeControls.js', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../src/components/SendCodeControls.js')>();
  const Real = original.SendCodeControls;
  return {
    ...original,
    SendCodeControls: (props: Parameters<typeof Real>[0]) => {
      renders.shell += 1;
      return <Real {...props} />;
    },
  };
});

/** Not on a whole second, so the cooldowns below start at scattered moments of a second. */
const START = 1_800_000_000_123;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Items other scripts of the page keep in localStorage, which the store walks past. */
const FOREIGN_ITEMS = 20;

/**
 * Mounts `count` send-code buttons whose numbers are cooling down, started 97 ms apart (so
 * their own seconds would all fall at different moments), then runs the next `seconds` timers
 * one at a time (each in its own act() and turn, as a browser runs each timer in its own
 * task), and counts React commits, renders of the still parts and calls to storage.
 */
async function measure(count: number, seconds: number) {
  const foreign = Object.fromEntries(
    Array.from({ length: FOREIGN_ITEMS }, (_, i) => [`app-item-${i}`, 'x']),
  );
  const { storage, data } = memoryStorage(foreign);
  let storageCalls = 0;
  const counted = new Proxy(storage, {
    get(target, name) {
      storageCalls += 1;
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const store = isolatedStore({ storage: counted });
  const phones = Array.from(
    { length: count },
    (_, i) => `+86138001380${String(i).padStart(2, '0')}`,
  );
  for (const phone of phones) {
    store.start(cooldownKey('CHANNEL_LOGIN', phone), 60_000);
    vi.advanceTimersByTime(97);
  }
  let commits = 0;
  const client = createGenAuthClient({ appId: 'app', appHost: 'https://example.genauth.ai' });
  render(
    <Profiler id="page" onRender={() => (commits += 1)}>
      <GenAuthProvider client={client} cooldownStore={store}>
        {phones.map((phone) => (
          <SendCodeButton key={phone} channel="CHANNEL_LOGIN" defaultPhone={phone} />
        ))}
      </GenAuthProvider>
    </Profiler>,
  );
  // Let the mount settle (effects, subscriptions, the first timer), then start counting.
  act(() => {});
  commits = 0;
  renders.phoneInput = 0;
  renders.shell = 0;
  await endOfTurn();
  storageCalls = 0;
  const before = screen.getAllByRole('button', { name: 'Resend code' }).map((b) => b.textContent);
  const begin = Date.now();
  for (let flush = 0; flush < seconds; flush += 1) {
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    await endOfTurn();
  }
  // The timers that ran took the clock `seconds` whole seconds on, no more: one per second.
  const elapsedMs = Date.now() - begin;
  const after = screen.getAllByRole('button', { name: 'Resend code' }).map((b) => b.textContent);
  const items = data.size;
  return { commits, elapsedMs, before, after, storageCalls, items, ...renders };
}

describe('one render per displayed second', () => {
  it.each([1, 10])(
    '%i button(s) cooling down: one commit per second for the page',
    async (count) => {
      const result = await measure(count, 10);
      // Ten timers covered between 9 and 10 seconds: one timer per second for all buttons...
      expect(result.elapsedMs).toBeGreaterThan(9_000);
      expect(result.elapsedMs).toBeLessThanOrEqual(10_000);
      // Every countdown stepped by the same number of seconds (they step together)...
      const seconds = (texts: string[]) => texts.map((text) => Number(text.match(/(\d+) s$/)?.[1]));
      const steps = seconds(result.before).map(
        (shown, i) => shown - (seconds(result.after)[i] ?? 0),
      );
      expect(new Set(steps)).toEqual(new Set([steps[0]]));
      // (a cooldown started mid-second shows its first number a little longer: 9 or 10 steps)
      expect(steps[0]).toBeGreaterThanOrEqual(9);
      // ...and the page committed once per step, whatever the number of buttons.
      expect(result.commits).toBe(steps[0]);
      // ...and walked storage once per step for the whole page: the length, each item's name,
      // then each of the kit's items (one per button).
      const perStep = 1 + result.items + count;
      expect(result.storageCalls).toBeLessThanOrEqual((steps[0] ?? 0) * perStep + perStep);
      report(count, {
        commits: result.commits,
        elapsedMs: result.elapsedMs,
        steps: steps[0] ?? 0,
        storageCalls: result.storageCalls,
      });
    },
  );

  it('neither the phone input nor the button shell re-renders on ticks', async () => {
    const result = await measure(10, 5);
    expect(result.commits).toBe(5);
    expect(result.phoneInput).toBe(0);
    expect(result.shell).toBe(0);
  });
});

/** `npm run bench` reads the measured rates from here (COMMITS_REPORT names a JSON file). */
interface Figures {
  commits: number;
  elapsedMs: number;
  steps: number;
  storageCalls: number;
}
const measured: Record<string, Figures> = {};
function report(buttons: number, figures: Figures) {
  const file = process.env.COMMITS_REPORT;
  if (!file) return;
  measured[buttons] = figures;
  writeFileSync(file, JSON.stringify(measured));
}
