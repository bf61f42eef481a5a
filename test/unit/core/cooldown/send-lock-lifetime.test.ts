// Issue 21, item 6: the cross-tab send lock lasts as long as the attempt, however long the
// client's options let it run: a second tab never sends while the first can still reach
// GenAuth (a 30 s timeout with a 14 s answer, or a slow token read before the timeout starts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CooldownActiveError, GenAuthBusyError } from '../../../../src/core/api/errors.js';
import { sendSms } from '../../../../src/core/api/send-sms.js';
import { createGenAuthTransport } from '../../../../src/core/api/transport.js';
import type { SendSmsInput } from '../../../../src/core/api/types.js';
import { requestCode } from '../../../../src/core/cooldown/code-request.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { LOCK_WAIT_MS } from '../../../../src/core/cooldown/locks.js';
import { type CooldownStore, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { fakeLocks, sharedStorage } from '../../../helpers/cooldown-fakes.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const INPUT: SendSmsInput = {
  channel: 'CHANNEL_LOGIN',
  phoneNumber: '13800138000',
  phoneCountryCode: '+86',
};

afterEach(() => {
  vi.useRealTimers();
});

/** Two tabs of one origin: shared storage, one lock manager. */
function twoTabs() {
  const fake = fakeLocks();
  const origin = sharedStorage();
  const stores = [origin.tab(), origin.tab()].map(({ storage, events }) =>
    createCooldownStore({
      storage,
      storageEvents: events,
      broadcastChannel: false,
      locks: fake.locks,
    }),
  ) as [CooldownStore, CooldownStore];
  return { stores, fake };
}

/** A GenAuth stand-in answering `200` after `answerMs`, through the real transport. */
function slowGenAuth(options: { answerMs: number; timeoutMs?: number; tokenMs?: number }) {
  const fake = fakeFetch(
    () =>
      new Promise<Response>((resolve) => {
        setTimeout(
          () => resolve(Response.json({ statusCode: 200, message: 'ok' })),
          options.answerMs,
        );
      }),
  );
  const { tokenMs } = options;
  const transport = createGenAuthTransport({
    appId: 'app',
    appHost: 'x.genauth.ai',
    fetch: fake.fetch,
    timeoutMs: options.timeoutMs,
    accessToken:
      tokenMs === undefined
        ? undefined
        : () => new Promise<string>((resolve) => setTimeout(() => resolve('token'), tokenMs)),
  });
  const send = () => sendSms(transport, INPUT);
  return { ...fake, send };
}

describe('the cross-tab send lock lasts the whole attempt', () => {
  it.each([
    // The measured cases: a 30 s timeout with a 14 s answer; the default timeout after a 4 s token read.
    { timeoutMs: 30_000, answerMs: 14_000, tokenMs: undefined },
    { timeoutMs: undefined, answerMs: 9_000, tokenMs: 4_000 },
  ])(
    'no second SMS while the first request can still reach GenAuth (timeout $timeoutMs, answer $answerMs ms, token $tokenMs ms)',
    async ({ timeoutMs, answerMs, tokenMs }) => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { stores } = twoTabs();
      const [a, b] = stores;
      const server = slowGenAuth({ answerMs, timeoutMs, tokenMs });
      const first = requestCode({ store: a, key: LOGIN, cooldownMs: 60_000, send: server.send });
      await vi.advanceTimersByTimeAsync(1_000);
      // The second tab's click, while the first request is on its way.
      const second = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send: server.send });
      const secondOutcome = second.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(12_300);
      expect(server.requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(answerMs + (tokenMs ?? 0));
      await expect(first).resolves.toMatchObject({ statusCode: 200 });
      // Its turn came once the first attempt settled: it sees the cooldown and sends nothing.
      expect(await secondOutcome).toBeInstanceOf(CooldownActiveError);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('an attempt longer than the wait makes the waiter give up as busy, never send', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { stores, fake } = twoTabs();
    const [a, b] = stores;
    const server = slowGenAuth({ answerMs: 40_000, timeoutMs: 60_000 });
    const first = requestCode({ store: a, key: LOGIN, cooldownMs: 60_000, send: server.send });
    await vi.advanceTimersByTimeAsync(100);
    const second = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send: server.send });
    const secondOutcome = second.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(LOCK_WAIT_MS + 100);
    expect(await secondOutcome).toBeInstanceOf(GenAuthBusyError);
    // Clicked again at 30 s, still while the first request runs: it waits, and when the first
    // attempt settles (at 40 s) it sees the cooldown, sending nothing.
    await vi.advanceTimersByTimeAsync(30_000 - LOCK_WAIT_MS - 200);
    const third = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send: server.send });
    const thirdOutcome = third.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(6_000);
    await expect(first).resolves.toMatchObject({ statusCode: 200 });
    expect(await thirdOutcome).toBeInstanceOf(CooldownActiveError);
    expect(server.requests).toHaveLength(1);
    // Nothing keeps the send lock once the attempt settled.
    expect(fake.held().filter((name) => name.includes(':send:'))).toEqual([]);
  });

  it('a failed attempt lets the waiting tab send once it settles, not before', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { stores } = twoTabs();
    const [a, b] = stores;
    let calls = 0;
    const send = vi.fn(
      () =>
        new Promise<string>((resolve, reject) => {
          calls += 1;
          if (calls === 1) setTimeout(() => reject(new Error('offline')), 13_000);
          else resolve('sent');
        }),
    );
    const first = requestCode({ store: a, key: LOGIN, cooldownMs: 60_000, send });
    const firstOutcome = first.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    const second = requestCode({ store: b, key: LOGIN, cooldownMs: 60_000, send });
    await vi.advanceTimersByTimeAsync(12_500);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await firstOutcome).toBeInstanceOf(Error);
    await expect(second).resolves.toBe('sent');
    expect(send).toHaveBeenCalledTimes(2);
  });
});
