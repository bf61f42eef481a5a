import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CooldownActiveError, cooldownKey } from '../../../src/core/index.js';
import { useSendEmail, useSignInByPhoneCode, useSignUpByPhoneCode } from '../../../src/index.js';
import { deferred, kitHarness } from '../../helpers/hook-helpers.js';

const ok = (data?: unknown) => () => Response.json({ statusCode: 200, message: 'ok', data });
const email = { channel: 'CHANNEL_LOGIN', email: 'ada@example.com' } as const;

describe('useSendEmail shares the SMS mechanism', () => {
  it('sends once for 20 synchronous calls, then cools (channel, address) down', async () => {
    const gate = deferred<Response>();
    const kit = kitHarness(() => gate.promise);
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useSendEmail({ onSuccess }), { wrapper: kit.wrapper });
    act(() => {
      for (let i = 0; i < 20; i += 1) result.current.mutate({ ...email });
    });
    gate.resolve(Response.json({ statusCode: 200, message: 'ok' }));
    await waitFor(() => expect(result.current.isCoolingDown).toBe(true));
    expect(kit.spy).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(result.current.remainingSeconds).toBe(60);
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', 'ADA@example.com', 'email'))).toBe(
      60_000,
    );
    const error = await act(() => result.current.mutateAsync(email).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(CooldownActiveError);
    expect(kit.spy).toHaveBeenCalledTimes(1);
  });

  it('keeps email and SMS cooldowns apart', async () => {
    const kit = kitHarness(ok());
    const { result } = renderHook(() => useSendEmail(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(email));
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', 'ada@example.com', 'sms'))).toBe(0);
  });
});

describe('sign-in and sign-up hooks', () => {
  const input = { phone: '13800138000', phoneCountryCode: '+86', passCode: '123456' };

  it('signs in and never retries a wrong code by itself', async () => {
    let calls = 0;
    const kit = kitHarness(() =>
      ++calls === 1
        ? Response.json({ statusCode: 400, apiCode: 2001, message: 'Invalid verification code' })
        : Response.json({
            statusCode: 200,
            message: 'ok',
            data: { access_token: 'at', token_type: 'Bearer', expires_in: 60 },
          }),
    );
    const { result } = renderHook(() => useSignInByPhoneCode(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(input).catch(() => {}));
    await waitFor(() => expect(result.current.error?.message).toBe('Invalid verification code'));
    expect(kit.spy).toHaveBeenCalledTimes(1);
    // The user may try again.
    await act(() => result.current.mutateAsync(input));
    await waitFor(() => expect(result.current.data?.data.access_token).toBe('at'));
    expect(kit.spy).toHaveBeenCalledTimes(2);
  });

  it('signs up with a profile', async () => {
    const kit = kitHarness(ok({ userId: 'u1' }));
    const { result } = renderHook(() => useSignUpByPhoneCode(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync({ ...input, profile: { nickname: 'Ada' } }));
    expect(kit.requests[0]?.body).toMatchObject({
      connection: 'PASSCODE',
      profile: { nickname: 'Ada' },
    });
  });
});
