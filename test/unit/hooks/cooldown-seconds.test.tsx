import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestCode } from '../../../src/core/cooldown/code-request.js';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { CooldownActiveError } from '../../../src/core/index.js';
import { useSendSms } from '../../../src/hooks/useSendSms.js';
import { isolatedStore } from '../../helpers/cooldown-fakes.js';
import { kitHarness } from '../../helpers/hook-helpers.js';

const login = {
  channel: 'CHANNEL_LOGIN',
  phoneNumber: '13800138000',
  phoneCountryCode: '+86',
} as const;
const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('cooldownSeconds that would turn the cooldown off', () => {
  it.each([
    ['0', 0],
    ['negative', -30],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])(
    '%s: falls back to the server’s 60 s, so a second click sends nothing',
    async (_label, seconds) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const kit = kitHarness();
      const { result, rerender } = renderHook(() => useSendSms({ cooldownSeconds: seconds }), {
        wrapper: kit.wrapper,
      });
      await act(() => result.current.mutateAsync(login));
      expect(kit.store.remainingMs(LOGIN)).toBe(60_000);
      await waitFor(() => expect(result.current.remainingSeconds).toBe(60));
      await act(async () => {
        await expect(result.current.mutateAsync(login)).rejects.toBeInstanceOf(CooldownActiveError);
      });
      expect(kit.requests).toHaveLength(1);

      // Loud in development, once per component however often it renders.
      rerender();
      rerender();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]?.[0])).toMatch(/cooldownSeconds must be a positive number/);
    },
  );

  it('caps values above ten minutes, and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = kitHarness();
    const { result } = renderHook(() => useSendSms({ cooldownSeconds: 86_400 }), {
      wrapper: kit.wrapper,
    });
    await act(() => result.current.mutateAsync(login));
    expect(kit.store.remainingMs(LOGIN)).toBe(600_000);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('is silent for valid values, and in production', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = kitHarness();
    renderHook(() => useSendSms({ cooldownSeconds: 90 }), { wrapper: kit.wrapper });
    vi.stubEnv('NODE_ENV', 'production');
    const { result } = renderHook(() => useSendSms({ cooldownSeconds: 0 }), {
      wrapper: kit.wrapper,
    });
    await act(() => result.current.mutateAsync(login));
    expect(kit.store.remainingMs(LOGIN)).toBe(60_000);
    expect(error).not.toHaveBeenCalled();
  });

  it('requestCode (core) also refuses a window that would turn the cooldown off', async () => {
    const store = isolatedStore();
    const send = vi.fn(async () => 'sent');
    await requestCode({ store, key: LOGIN, cooldownMs: Number.NaN, send });
    expect(store.remainingMs(LOGIN)).toBeGreaterThan(59_000);
    await expect(requestCode({ store, key: LOGIN, cooldownMs: 0, send })).rejects.toBeInstanceOf(
      CooldownActiveError,
    );
    expect(send).toHaveBeenCalledTimes(1);
  });
});
